using System;
using System.IO;
using Microsoft.AspNetCore.Http;

namespace Bailuwan.CountyPortal
{
    /// <summary>
    /// The portal's single page (门户页面): self-contained HTML with inline CSS and script (no CDN),
    /// embedded in the assembly. Every value it shows is set through <c>textContent</c>.
    /// </summary>
    internal static class PortalPage
    {
        private static readonly Lazy<byte[]> Html = new Lazy<byte[]>(() =>
        {
            using Stream page = typeof(PortalPage).Assembly.GetManifestResourceStream("CountyPortal.index.html")
                ?? throw new InvalidOperationException("The embedded page CountyPortal.index.html is missing.");
            using var copy = new MemoryStream();
            page.CopyTo(copy);
            return copy.ToArray();
        });

        public static IResult Serve(HttpContext context)
        {
            context.Response.Headers.ContentSecurityPolicy =
                "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Bytes(Html.Value, "text/html; charset=utf-8");
        }
    }
}
