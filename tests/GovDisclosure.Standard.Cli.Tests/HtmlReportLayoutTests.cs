using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;
using Microsoft.Playwright;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// The HTML report read in headless Chromium (Debian's, through Playwright) with a very long absolute path, a long
    /// pointer and a long unbroken value: checked by layout — no horizontal scrolling, every cell's text wrapped inside
    /// its cell, the message and value columns keeping their share of the width — not only by the DOM.
    /// </summary>
    public sealed class HtmlReportLayoutTests
    {
        private static readonly string LongPath = "/srv/" + string.Join("/", Enumerable.Repeat("县级政务公开标准目录导出文件夹-county-disclosure-catalogue-exports", 6)) + "/2025年第四季度-quarterly-export-of-the-standard-catalogue.json";

        /// <summary>Debian's headless Chromium, never a downloaded browser.</summary>
        private static Task<IBrowser> Launch(IPlaywright playwright) =>
            playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumFactAttribute.Path,
                Headless = true,
                Args = new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run" },
            });

        [ChromiumFact(Timeout = 5 * 60 * 1000)]
        public async Task A_report_with_long_paths_and_values_fits_the_window_and_wraps_every_cell()
        {
            using var temp = new TempFolder();
            string report = temp.File("report.html");
            Write(report);

            using IPlaywright playwright = await Playwright.CreateAsync();
            await using IBrowser browser = await Launch(playwright);

            foreach ((int width, int height) in new[] { (1280, 800), (900, 700) })
            {
                IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
                await page.GotoAsync(new Uri(report).AbsoluteUri);
                Layout layout = JsonSerializer.Deserialize<Layout>(await page.EvaluateAsync<string>(Measure))!;
                await page.CloseAsync();

                string at = $"at {width}×{height}: ";
                Assert.True(layout.PageWidth <= layout.WindowWidth, at + $"the page is {layout.PageWidth} px wide in a {layout.WindowWidth} px window");
                Assert.True(layout.Overflowing.Length == 0, at + "cells whose text runs out of them: " + string.Join(" | ", layout.Overflowing));
                Assert.True(layout.MessageShare >= 0.2, at + $"the message column has {layout.MessageShare:P0} of the findings table");
                Assert.True(layout.ValueShare >= 0.12, at + $"the value column has {layout.ValueShare:P0} of the findings table");
                Assert.True(layout.ValueLines >= 3, at + $"the long value takes {layout.ValueLines} lines; it should wrap");
                Assert.True(layout.HanWidth > 0, at + "Chinese text has no width");
            }
        }

        [ChromiumFact(Timeout = 5 * 60 * 1000)]
        public async Task At_phone_width_each_finding_is_a_card_whose_message_and_value_take_the_width()
        {
            using var temp = new TempFolder();
            string report = temp.File("report.html");
            Write(report);

            using IPlaywright playwright = await Playwright.CreateAsync();
            await using IBrowser browser = await Launch(playwright);
            IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 }, DeviceScaleFactor = 2, IsMobile = true });
            await page.GotoAsync(new Uri(report).AbsoluteUri);
            Phone layout = JsonSerializer.Deserialize<Phone>(await page.EvaluateAsync<string>(MeasurePhone))!;

            Assert.True(layout.PageWidth <= layout.WindowWidth, $"the page is {layout.PageWidth} px wide in a {layout.WindowWidth} px window");
            Assert.True(layout.Overflowing.Length == 0, "cells whose text runs out of them: " + string.Join(" | ", layout.Overflowing));
            Assert.True(layout.MessageWidth >= 0.8 * layout.WindowWidth, $"the message is {layout.MessageWidth} px wide in a {layout.WindowWidth} px window");
            Assert.True(layout.ValueWidth >= 0.8 * layout.WindowWidth, $"the value is {layout.ValueWidth} px wide in a {layout.WindowWidth} px window");
            Assert.StartsWith("信息", layout.MessageLabel, StringComparison.Ordinal);
            Assert.True(layout.FontSize >= 12, $"the findings are set in {layout.FontSize} px type");
        }

        /// <summary>Measures the page at phone width; returns JSON for <see cref="Phone"/>.</summary>
        private const string MeasurePhone = @"() => {
            const doc = document.documentElement;
            const overflowing = [];
            document.querySelectorAll('td, th').forEach(c => {
                if (c.getClientRects().length > 0 && c.scrollWidth > c.clientWidth + 1) overflowing.push(c.closest('table').id + ': ' + c.textContent.slice(0, 40));
            });
            const row = document.querySelector('#findings-table tbody tr');
            const message = row.children[6];
            const value = row.querySelector('td.value');
            return JSON.stringify({
                PageWidth: doc.scrollWidth,
                WindowWidth: doc.clientWidth,
                Overflowing: overflowing,
                MessageWidth: message.getBoundingClientRect().width,
                ValueWidth: value.getBoundingClientRect().width,
                MessageLabel: getComputedStyle(message, '::before').content.replace(/^""|""$/g, ''),
                FontSize: parseFloat(getComputedStyle(message).fontSize),
            });
        }";

        /// <summary>Measures the page in the browser; returns JSON for <see cref="Layout"/>.</summary>
        private const string Measure = @"() => {
            const doc = document.documentElement;
            const overflowing = [];
            document.querySelectorAll('td, th').forEach(c => {
                if (c.scrollWidth > c.clientWidth + 1) overflowing.push(c.closest('table').id + ': ' + c.textContent.slice(0, 40));
            });
            const table = document.getElementById('findings-table');
            const heads = table.querySelectorAll('thead th');
            const value = table.querySelector('tbody td.value');
            const lineHeight = parseFloat(getComputedStyle(value).lineHeight) || 20;
            const han = document.createElement('span');
            han.textContent = '政务公开';
            document.body.appendChild(han);
            return JSON.stringify({
                PageWidth: doc.scrollWidth,
                WindowWidth: doc.clientWidth,
                Overflowing: overflowing,
                MessageShare: heads[6].getBoundingClientRect().width / table.getBoundingClientRect().width,
                ValueShare: heads[7].getBoundingClientRect().width / table.getBoundingClientRect().width,
                ValueLines: Math.round(value.getBoundingClientRect().height / lineHeight),
                HanWidth: han.getBoundingClientRect().width,
            });
        }";

        /// <summary>A report of one file at <see cref="LongPath"/> with findings carrying a long pointer, message and value.</summary>
        private static void Write(string path)
        {
            RuleDescriptor rule = RuleRegistry.All.First(r => r.Id == "GD-CAT-009");
            var run = new ReportRun(new DisclosureValidator().RunInfo, RuleRegistry.All, "zh", FindingSeverity.Error, DateTimeOffset.Now);
            var file = new ReportFile(LongPath);
            var summary = new ValidationSummary();
            JsonElement content = JsonDocument.Parse("{}").RootElement;
            string pointer = "/" + string.Join("/", Enumerable.Range(0, 12).Select(i => "contentElements/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            string value = string.Concat(Enumerable.Repeat("有关部门和其他相关单位", 80)) + new string('x', 600);
            using (var stream = new FileStream(path, FileMode.Create))
            using (var writer = new HtmlReportWriter(stream, false))
            {
                writer.Begin(run);
                writer.FileStarted(file);
                for (int i = 1; i <= 3; i++)
                {
                    var origin = new SourceLocation { File = LongPath, Line = i * 40, Column = 7, RecordNumber = i };
                    var finding = new Finding(rule.Id, rule.Severity, rule.Category, origin with { JsonPointer = pointer }, new BilingualText("“公开主体”中的“有关部门”是模糊表述（第 1 个字起），请写明具体的机关或信息。", "'有关部门' is uncertain wording; name the actual body."))
                    {
                        Value = value,
                        RelatedLocations = new[] { origin with { File = LongPath.Replace("2025", "2024", StringComparison.Ordinal), JsonPointer = pointer } },
                    };
                    var result = new RecordValidation(new SourceRecord(i, content, origin), null, RecordStatus.WithFindings, new[] { finding });
                    summary.Add(result);
                    writer.Record(file, result);
                }

                writer.FileEnded(file);
                writer.End(summary, 1);
            }
        }

        private sealed record Phone(double PageWidth, double WindowWidth, string[] Overflowing, double MessageWidth, double ValueWidth, string MessageLabel, double FontSize);

        private sealed record Layout(double PageWidth, double WindowWidth, string[] Overflowing, double MessageShare, double ValueShare, double ValueLines, double HanWidth);
    }
}
