using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using GovDisclosure.Standard.Samples.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GovDisclosure.Standard.Samples.Tests
{
    /// <summary>
    /// A person's visit to the CountyPortal page, in headless Chromium (Debian's /usr/bin/chromium,
    /// driven by Playwright; no browser is downloaded): filter the catalogue by domain, upload an export
    /// with known mistakes, read the findings shown.
    /// </summary>
    [Collection(SamplesCollection.Name)]
    public sealed class CountyPortalBrowserTests
    {
        private const string Chromium = "/usr/bin/chromium";
        private readonly BuiltSamples samples;

        public CountyPortalBrowserTests(BuiltSamples samples)
        {
            this.samples = samples;
        }

        [Fact(Timeout = 10 * 60 * 1000)]
        public async Task Person_filters_the_catalogue_uploads_an_export_and_sees_its_findings()
        {
            Assert.True(
                File.Exists(Chromium),
                $"Chromium is not installed at {Chromium}; the browser test needs it. Install it with: sudo apt-get install -y chromium");

            using IPlaywright playwright = await Playwright.CreateAsync();
            await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run" },
            });
            IPage page = await browser.NewPageAsync();
            string[] consoleErrors = Array.Empty<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    consoleErrors = consoleErrors.Append(message.Text).ToArray();
                }
            };

            await page.GotoAsync(samples.Portal!.Address.ToString());
            await page.Locator("#domain-filter option[value='socialAssistance']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
            Assert.Equal("白鹭湾县政务公开标准目录", await page.Locator("#county-name").TextContentAsync());
            Assert.Contains("虚构", await page.Locator("#fiction-notice").TextContentAsync());
            Assert.Equal(26, await page.Locator("h3.domain-heading").CountAsync());

            // Filter one domain: only its table remains, with the county's own rows marked.
            await page.SelectOptionAsync("#domain-filter", "socialAssistance");
            Assert.Equal(new[] { "socialAssistance" }, (await page.Locator("h3.domain-heading").AllAsync()).Select(h => h.GetAttributeAsync("data-domain").Result).ToArray());
            Assert.Equal(15, await page.Locator("tr.entry").CountAsync());
            ILocator countyRows = page.Locator("tr.entry.county");
            Assert.Equal(3, await countyRows.CountAsync());
            ILocator winter = page.Locator("tr.entry[data-code='winterHeatingSubsidyRecipients']");
            Assert.Contains("冬季取暖补贴对象", await winter.TextContentAsync());
            Assert.Contains("信息形成之日起5个工作日内", await winter.TextContentAsync());
            Assert.Contains("白鹭湾民政微信公众号（其他）", await winter.TextContentAsync());
            Assert.Contains("15 items shown", await page.Locator("#catalogue-count").TextContentAsync());

            await page.FillAsync("#text-filter", "低保金");
            Assert.Equal(new[] { "minimumLivingAllowanceMonthlyPayments" }, (await page.Locator("tr.entry").AllAsync()).Select(r => r.GetAttributeAsync("data-code").Result).ToArray());

            // Upload an export with known mistakes and read the findings table.
            await page.SetInputFilesAsync("#export-file", Repository.Export("service-guides-with-mistakes.json"));
            await page.ClickAsync("#check-button");
            await page.Locator("#result").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            Assert.Contains("serviceGuide", await page.Locator("#result-file").TextContentAsync());
            Assert.Contains("记录 records: 3", await page.Locator("#summary").TextContentAsync());

            ILocator vague = page.Locator("#findings tr.finding[data-rule='GD-SG-003']");
            Assert.Equal(1, await vague.CountAsync());
            Assert.Equal("service-guides-with-mistakes.json:25:9 /materials/1/name", await vague.Locator(".location").TextContentAsync());
            Assert.Contains("“其他相关材料”是模糊表述", await vague.Locator(".message-zh").TextContentAsync());
            Assert.Contains("is uncertain wording", await vague.Locator(".message-en").TextContentAsync());

            ILocator promised = page.Locator("#findings tr.finding[data-rule='GD-SG-006']");
            Assert.Contains("承诺办结时限（15个工作日）长于法定办结时限（10个工作日）", await promised.Locator(".message-zh").TextContentAsync());
            Assert.Equal(6, await page.Locator("#findings tr.finding[data-rule='GD-SG-001']").CountAsync());

            // A bad upload shows the server's reason in both languages, and the page keeps working.
            string empty = Path.Combine(Path.GetTempPath(), "countyportal-empty-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllBytes(empty, Array.Empty<byte>());
            try
            {
                await page.SetInputFilesAsync("#export-file", empty);
                await page.ClickAsync("#check-button");
                await page.Locator("#upload-error").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
                string error = await page.Locator("#upload-error").TextContentAsync() ?? string.Empty;
                Assert.Contains("上传的文件是空的", error);
                Assert.Contains("The uploaded file is empty", error);
                Assert.True(await page.Locator("#result").IsHiddenAsync());
            }
            finally
            {
                File.Delete(empty);
            }

            Assert.DoesNotContain(consoleErrors, e => !e.Contains("400", StringComparison.Ordinal));
        }

        [Fact(Timeout = 5 * 60 * 1000)]
        public async Task Person_sees_the_county_catalogue_compared_with_the_standard_domain_by_domain()
        {
            Assert.True(File.Exists(Chromium), $"Chromium is not installed at {Chromium}. Install it with: sudo apt-get install -y chromium");
            using IPlaywright playwright = await Playwright.CreateAsync();
            await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run" },
            });
            IPage page = await browser.NewPageAsync();
            await page.GotoAsync(samples.Portal!.Address.ToString());

            ILocator social = page.Locator("#comparison-table tr.domain-row[data-domain='socialAssistance']");
            await social.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
            Assert.Equal(26, await page.Locator("#comparison-table tr.domain-row").CountAsync());
            Assert.Equal(
                new[] { "12", "0", "3", "0" },
                new[] { "matched", "missing", "added", "weakened" }.Select(c => social.Locator("td." + c).TextContentAsync().Result).ToArray());

            // The county's own four items (three of 社会救助, one of 养老服务) are its additions, and nothing of the standard is missing or weakened.
            ILocator added = page.Locator("#comparison-findings tr.comparison-finding[data-rule='GD-CMP-003']");
            Assert.Equal(4, await added.CountAsync());
            Assert.Equal(4, await page.Locator("#comparison-findings tr.comparison-finding").CountAsync());
            Assert.Contains("本地增加", await added.First.Locator(".message").TextContentAsync());
            Assert.StartsWith("白鹭湾县政务公开标准目录 /entries/", await added.First.Locator(".location").TextContentAsync());

            // The same comparison as the library's HTML report.
            IResponse? report = await page.GotoAsync(samples.Portal!.Address + "api/comparison?format=html");
            Assert.NotNull(report);
            Assert.Equal(200, report!.Status);
            Assert.Contains("socialAssistance 社会救助", await page.Locator("#comparison-table").TextContentAsync());
            Assert.Equal(4, await page.Locator("#comparison-findings tr[data-rule='GD-CMP-003']").CountAsync());
        }

        [Fact(Timeout = 5 * 60 * 1000)]
        public async Task Values_from_an_upload_are_shown_as_text_never_as_markup()
        {
            Assert.True(File.Exists(Chromium), $"Chromium is not installed at {Chromium}. Install it with: sudo apt-get install -y chromium");
            string hostile = Path.Combine(Path.GetTempPath(), "countyportal-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(hostile, "[{\"enforcingBody\":\"某局\",\"party\":\"<img src=x onerror=window.pwned=1>\",\"category\":\"<b>bold</b>\",\"conclusion\":\"警告\",\"decidedOn\":\"2024-10-15\",\"publishedOn\":\"2024-10-16\"}]");
            try
            {
                using IPlaywright playwright = await Playwright.CreateAsync();
                await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = Chromium,
                    Headless = true,
                    Args = new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run" },
                });
                IPage page = await browser.NewPageAsync();
                await page.GotoAsync(samples.Portal!.Address.ToString());
                await page.SetInputFilesAsync("#export-file", hostile);
                await page.ClickAsync("#check-button");
                await page.Locator("#result").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
                ILocator unknown = page.Locator("#findings tr.finding[data-rule='GD-STR-003']");
                Assert.Contains("<b>bold</b>", await unknown.Locator(".message-zh").TextContentAsync());
                Assert.Equal(0, await page.Locator("#findings b").CountAsync());
                Assert.Equal(0, await page.Locator("#findings img").CountAsync());
                Assert.Null(await page.EvaluateAsync<object?>("window.pwned"));
            }
            finally
            {
                File.Delete(hostile);
            }
        }
    }
}
