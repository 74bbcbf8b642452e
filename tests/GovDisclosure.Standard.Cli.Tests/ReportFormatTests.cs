using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Cli.Tests
{
    public class ReportFormatTests
    {
        [Fact]
        public void Sarif_output_has_the_structure_sarif_2_1_0_requires()
        {
            using var temp = new TempFolder();
            string path = temp.File("results.sarif");
            Tool.Result result = Tool.Run("validate", Tool.Sample("county-catalogue-mistakes.json"), Tool.Sample("county-catalogue-gb18030.csv"), "--format", "sarif", "--output", path, "--lang", "en");

            Assert.True(result.ExitCode == 1, result.ToString());
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
            JsonElement root = document.RootElement;
            Assert.Equal("2.1.0", root.GetProperty("version").GetString());
            Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
            JsonElement run = Assert.Single(root.GetProperty("runs").EnumerateArray());
            JsonElement driver = run.GetProperty("tool").GetProperty("driver");
            Assert.Equal("govdisclosure", driver.GetProperty("name").GetString());
            string[] ruleIds = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToArray();
            Assert.Contains("GD-CAT-002", ruleIds);
            Assert.All(driver.GetProperty("rules").EnumerateArray(), r =>
            {
                Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString()));
                Assert.Contains(r.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            });

            JsonElement[] results = run.GetProperty("results").EnumerateArray().ToArray();
            Assert.NotEmpty(results);
            Assert.All(results, r =>
            {
                string ruleId = r.GetProperty("ruleId").GetString()!;
                Assert.Contains(ruleId, ruleIds);
                Assert.Equal(ruleId, ruleIds[r.GetProperty("ruleIndex").GetInt32()]);
                Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
                Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetProperty("text").GetString()));
                JsonElement location = Assert.Single(r.GetProperty("locations").EnumerateArray());
                string uri = location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                Assert.StartsWith("samples/data/county-catalogue", uri);
                Assert.True(location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt64() >= 1);
                Assert.StartsWith("/", location.GetProperty("logicalLocations")[0].GetProperty("name").GetString());
                Assert.Equal(r.GetProperty("properties").GetProperty("jsonPointer").GetString(), location.GetProperty("properties").GetProperty("jsonPointer").GetString());
            });

            JsonElement invocation = Assert.Single(run.GetProperty("invocations").EnumerateArray());
            Assert.Equal(1, invocation.GetProperty("exitCode").GetInt32());
            Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        }

        [Fact]
        public void Html_report_shows_summary_and_findings_and_no_hostile_value_becomes_markup()
        {
            string chromium = Chromium.Path;
            using var temp = new TempFolder();
            string input = temp.File("hostile.json");
            File.WriteAllText(input,
                "[{\"firstLevelItem\": \"<script>document.title='pwned'</script>\", \"secondLevelItem\": \"<img src=x onerror=\\\"document.title='pwned'\\\">\"," +
                " \"channels\": [\"<img src=x onerror=alert(1)>\", \"<script>alert(2)</script>\"], \"<b onmouseover=alert(3)>\": \"</td></tr></table><script>alert(4)</script>\"}]");
            string report = temp.File("report.html");

            Tool.Result result = Tool.Run("validate", input, "--kind", "catalogueEntry", "--format", "html", "--output", report, "--lang", "en");
            Assert.True(result.ExitCode == 1, result.ToString());

            string dom = Chromium.DumpDom(chromium, report, temp.File("profile"));

            Assert.Contains("id=\"summary-table\"", dom);
            Assert.Contains("id=\"findings-table\"", dom);
            Assert.Matches("<td id=\"count-read\">1</td>", dom);
            Assert.Contains("GD-CAT-002", dom);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", dom);
            Assert.Single(Regex.Matches(dom, "<script", RegexOptions.IgnoreCase));
            Assert.DoesNotMatch("<img", dom);
            Assert.DoesNotMatch("<b ", dom);
            Assert.DoesNotContain("pwned", Regex.Match(dom, "<title>(.*?)</title>").Groups[1].Value);
            int rows = Regex.Matches(dom, "<tr data-severity=").Count;
            Assert.True(rows >= 3, "expected a row per finding in the findings table, got " + rows);
        }

        [Fact]
        public void Html_report_is_one_self_contained_file()
        {
            using var temp = new TempFolder();
            string report = temp.File("report.html");

            Tool.Result result = Tool.Run("validate", Tool.Sample("county-catalogue-mistakes.json"), "--format", "html", "--output", report);

            Assert.True(result.ExitCode == 1, result.ToString());
            string html = File.ReadAllText(report);
            Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
            Assert.Contains("Content-Security-Policy", html);
            Assert.Contains("乡镇广播站", html);
            Assert.True(html.IndexOf("id=\"summary\"", StringComparison.Ordinal) < html.IndexOf("id=\"by-rule\"", StringComparison.Ordinal));
            Assert.True(html.IndexOf("id=\"by-rule\"", StringComparison.Ordinal) < html.IndexOf("id=\"by-record\"", StringComparison.Ordinal));
        }

        [Fact]
        public void Text_report_groups_findings_by_record()
        {
            Tool.Result result = Tool.Run("validate", Tool.Sample("county-catalogue-mistakes.json"), "--lang", "en");

            string[] lines = result.Stdout.Split('\n');
            int record = Array.FindIndex(lines, l => l.StartsWith("record 2 ", StringComparison.Ordinal));
            Assert.True(record >= 0, result.ToString());
            Assert.Contains("GD-CAT-002", lines[record + 1]);
            Assert.Contains("/channels/1", lines[record + 1]);
        }
    }

    /// <summary>Headless Chromium (Debian package <c>chromium</c>), network features off, for checking the HTML report's DOM.</summary>
    internal static class Chromium
    {
        public static string Path
        {
            get
            {
                string? configured = Environment.GetEnvironmentVariable("CHROMIUM");
                foreach (string? candidate in new[] { configured, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" })
                {
                    if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate))
                    {
                        return candidate!;
                    }
                }

                throw new InvalidOperationException("Headless Chromium is needed for this test: install the Debian package 'chromium' (apt-get install -y chromium) or set CHROMIUM to its path.");
            }
        }

        public static string DumpDom(string chromium, string htmlFile, string profile)
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--dump-dom", new Uri(htmlFile).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(start)!;
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            string dom = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(true);
                throw new TimeoutException("chromium --dump-dom did not finish in 120 s.");
            }

            Assert.True(dom.Length > 0, "chromium printed no DOM (exit code " + process.ExitCode + ").");
            return dom;
        }
    }
}
