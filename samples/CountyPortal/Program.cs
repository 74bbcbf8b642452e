using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using GovDisclosure.Standard;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bailuwan.CountyPortal
{
    /// <summary>
    /// 白鹭湾县政务公开目录与导出检查 (fictional county): <c>GET /</c> page, <c>GET /api/catalogue[?domain=]</c>,
    /// <c>GET /api/kinds</c>, <c>GET /api/agency-kinds</c>, <c>GET /api/coverage</c> (what the county's own catalogue covers),
    /// <c>GET /api/comparison[?format=html]</c> (the county's catalogue compared with the standard),
    /// <c>POST /api/validate[?kind=&amp;rules=&amp;agencyKind=&amp;encoding=&amp;name=]</c>.
    /// Listens on 127.0.0.1 only: <c>--urls http://127.0.0.1:PORT</c> (default port 5080). <c>rules=</c> names a built-in
    /// rule set or one of the county's rules files (<see cref="CountyRuleSets"/>, <c>rules/*.rules.json</c>).
    /// </summary>
    internal static class Program
    {
        private static CountyRuleSets ruleSets = null!;

        private static int Main(string[] args)
        {
            try
            {
                ruleSets = CountyRuleSets.Load(Path.Combine(AppContext.BaseDirectory, "rules"));
            }
            catch (InputException e)
            {
                Console.Error.WriteLine("CountyPortal: " + e.Message);
                return 2;
            }

            WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
            string urls = builder.Configuration["urls"] ?? "http://127.0.0.1:5080";
            foreach (string url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out Uri? uri) || !IPAddress.TryParse(uri.Host.Trim('[', ']'), out IPAddress? address) || !IPAddress.IsLoopback(address))
                {
                    Console.Error.WriteLine($"CountyPortal listens on the loopback address only; use --urls http://127.0.0.1:PORT (got '{url}').");
                    return 2;
                }
            }

            builder.WebHost.UseUrls(urls);
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Limits.MaxRequestBodySize = ExportUpload.MaxBytes + (1024 * 1024);
            });
            builder.Services.AddProblemDetails();

            WebApplication app = builder.Build();
            app.UseExceptionHandler(failed => failed.Run(async context =>
            {
                Exception? error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                app.Logger.LogError(error, "Request failed");
                Rejection why = error is BadHttpRequestException bad
                    ? Rejection.Because("badRequest", "请求无效：" + bad.Message, "Bad request: " + bad.Message)
                    : Rejection.Because("internalError", "服务器处理请求时出错，请稍后重试。", "The server failed to handle the request; please try again.");
                int status = error is BadHttpRequestException badRequest ? badRequest.StatusCode : StatusCodes.Status500InternalServerError;
                await why.ToResult(status).ExecuteAsync(context);
            }));
            app.UseStatusCodePages();

            app.MapGet("/", PortalPage.Serve);
            app.MapGet("/api/catalogue", (string? domain) => Catalogue(domain));
            app.MapGet("/api/kinds", () => Results.Json(DocumentKind.Declared.Select(k => new { code = k.Code, name = k.ChineseName, englishName = k.EnglishName })));
            app.MapGet("/api/agency-kinds", () => Results.Json(AgencyKind.Declared.Select(k => new { code = k.Code, name = k.ChineseName, englishName = k.EnglishName })));
            app.MapGet("/api/coverage", () => Results.Json(CoverageResponse.Of(AgencyKind.CountyGovernment, CountyCatalogue.Bailuwan.Entries)));
            app.MapGet("/api/comparison", (string? format) => CatalogueComparison.Serve(format));
            app.MapPost("/api/validate", Validate);
            app.Run();
            return 0;
        }

        private static IResult Catalogue(string? domain)
        {
            PilotDomain? selected = null;
            if (!string.IsNullOrWhiteSpace(domain))
            {
                if (!PilotDomain.TryParse(domain, out selected))
                {
                    PilotDomain? closest = PilotDomain.Closest(domain);
                    return Rejection.Because(
                        "unknownDomain",
                        $"未知的试点领域“{domain}”" + (closest is null ? "。" : $"，是否指“{closest.ChineseName}”（{closest.Code}）？"),
                        $"Unknown pilot domain '{domain}'" + (closest is null ? "." : $"; did you mean '{closest.Code}' ({closest.EnglishName})?")).ToResult();
                }
            }

            return Results.Bytes(CatalogueResponse.Write(CountyCatalogue.Bailuwan, selected), "application/json; charset=utf-8");
        }

        private static async Task<IResult> Validate(HttpRequest request, string? kind, string? rules, string? agencyKind, string? encoding, CancellationToken cancellation)
        {
            DocumentKind? documentKind = null;
            if (!string.IsNullOrWhiteSpace(kind) && !string.Equals(kind, "auto", StringComparison.OrdinalIgnoreCase))
            {
                if (!DocumentKind.TryParse(kind, out documentKind))
                {
                    DocumentKind? closest = DocumentKind.Closest(kind);
                    string known = string.Join(", ", DocumentKind.Declared.Select(k => k.Code));
                    return Rejection.Because(
                        "unknownKind",
                        $"未知的文档类型“{kind}”" + (closest is null ? string.Empty : $"，是否指“{closest.ChineseName}”（{closest.Code}）") + $"？可用：{known}。",
                        $"Unknown document kind '{kind}'" + (closest is null ? string.Empty : $"; did you mean '{closest.Code}'") + $"? Known kinds: {known}.").ToResult();
                }
            }

            RuleSet? ruleSet = string.IsNullOrWhiteSpace(rules) ? RuleSet.Standard : ruleSets.Find(rules);
            if (ruleSet is null)
            {
                string known = string.Join(", ", ruleSets.Names);
                return Rejection.Because("unknownRuleSet", $"未知的规则集“{rules}”，可用：{known}。", $"Unknown rule set '{rules}'; known sets: {known}.").ToResult();
            }

            AgencyKind? coverageKind = null;
            if (!string.IsNullOrWhiteSpace(agencyKind) && !AgencyKind.TryParse(agencyKind, out coverageKind))
            {
                string known = string.Join(", ", AgencyKind.Declared.Select(k => k.Code));
                return Rejection.Because("unknownAgencyKind", $"未知的机关类型“{agencyKind}”，可用：{known}。", $"Unknown agency kind '{agencyKind}'; known kinds: {known}.").ToResult();
            }

            Encoding? textEncoding = null;
            if (!string.IsNullOrWhiteSpace(encoding))
            {
                try
                {
                    textEncoding = TextEncodingDetector.Resolve(encoding);
                }
                catch (ArgumentException)
                {
                    return Rejection.Because("unknownEncoding", $"未知的字符编码“{encoding}”，请用 utf-8 或 gb18030。", $"Unknown text encoding '{encoding}'; use utf-8 or gb18030.").ToResult();
                }
            }

            (UploadedExport? export, Rejection? rejection) = await ExportUpload.ReadAsync(request, cancellation);
            if (export is null)
            {
                return rejection!.ToResult();
            }

            await using (export)
            {
                return await ExportValidation.RunAsync(export, documentKind, textEncoding, ruleSet, coverageKind, cancellation);
            }
        }
    }
}
