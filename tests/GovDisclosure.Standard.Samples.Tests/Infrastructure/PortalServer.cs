using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace GovDisclosure.Standard.Samples.Tests.Infrastructure
{
    /// <summary>The built CountyPortal, started on a free loopback port; stopped on dispose.</summary>
    public sealed class PortalServer : IDisposable
    {
        private readonly Process process;
        private readonly StringBuilder output;

        private PortalServer(Process process, StringBuilder output, Uri address)
        {
            this.process = process;
            this.output = output;
            Address = address;
        }

        public Uri Address { get; }

        public bool HasExited => process.HasExited;

        public string Output
        {
            get
            {
                lock (output)
                {
                    return output.ToString();
                }
            }
        }

        public static async Task<PortalServer> StartAsync(string dll)
        {
            int port = FreePort();
            var address = new Uri($"http://127.0.0.1:{port}/");
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(dll);
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(address.ToString().TrimEnd('/'));
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            var output = new StringBuilder();
            var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var server = new PortalServer(process, output, address);

            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
            DateTime deadline = DateTime.UtcNow.AddMinutes(2);
            while (DateTime.UtcNow < deadline)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException("CountyPortal exited on start:\n" + server.Output);
                }

                try
                {
                    using HttpResponseMessage response = await client.GetAsync("api/kinds");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return server;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }

                await Task.Delay(250);
            }

            server.Dispose();
            throw new TimeoutException("CountyPortal did not answer within 2 minutes:\n" + server.Output);
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }

            process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
