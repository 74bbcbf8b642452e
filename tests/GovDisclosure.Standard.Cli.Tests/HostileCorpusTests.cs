using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// Runs the tool over a hostile corpus generated at test time in a temporary folder (truncations, random bytes,
    /// invalid UTF-8, lone surrogates, control characters, deep nesting, huge strings and lines, ragged CSV, fake,
    /// malformed and DTD-laden XLSX, second record arrays, devices and FIFOs made privately with mknod/mkfifo), each
    /// run under a watchdog (a run past it is a hang) and a GC heap cap (<c>DOTNET_GCHeapHardLimit</c>, 256 MB: a blow-up
    /// fails). Every run: no stack trace, the exit code promised, every record accounted for. The cases and their
    /// outcomes are listed in src/GovDisclosure.Standard.Cli/README.md ("Hostile input").
    /// </summary>
    public sealed class HostileCorpusTests : IClassFixture<HostileCorpusTests.Corpus>
    {
        private const int WatchdogMilliseconds = 120_000;
        private readonly Corpus corpus;

        public HostileCorpusTests(Corpus corpus)
        {
            this.corpus = corpus;
        }

        public static IEnumerable<object[]> Cases => Corpus.Names.Select(n => new object[] { n });

        [Theory]
        [MemberData(nameof(Cases))]
        public void Hostile_input_gives_its_promised_exit_code_without_a_stack_trace(string name)
        {
            Case c = corpus.Get(name);
            if (c.SkipReason != null)
            {
                // Device nodes need privileges the test may not have: the case then checks nothing, and says why.
                Assert.True(c.SkipReason.Length > 0);
                return;
            }

            Tool.Result result = RunCapped(corpus.Folder.Path, c.Stdin, c.Arguments);
            string all = result.Stdout + result.Stderr;
            Assert.False(Regex.IsMatch(all, @"^\s+at \S+\(", RegexOptions.Multiline), "stack trace:\n" + result);
            Assert.DoesNotContain("Unhandled exception", all, StringComparison.Ordinal);
            Assert.True(c.ExitCodes.Contains(result.ExitCode), $"{name}: expected exit {string.Join("/", c.ExitCodes)}\n{result}");
            if (c.Read != null)
            {
                Match total = Regex.Match(result.Stdout, @"Total: (\d+) records? read: (\d+) valid, (\d+) with findings, (\d+) unreadable");
                Assert.True(total.Success, result.ToString());
                Assert.Equal(c.Read.Value, long.Parse(total.Groups[1].Value));
                Assert.Equal(long.Parse(total.Groups[1].Value), long.Parse(total.Groups[2].Value) + long.Parse(total.Groups[3].Value) + long.Parse(total.Groups[4].Value));
            }

            c.After?.Invoke(result);
        }

        private static Tool.Result RunCapped(string folder, byte[]? stdin, string[] arguments) =>
            Tool.RunIn(folder, arguments, stdin, heapLimit: "0x10000000", WatchdogMilliseconds);

        /// <summary>One hostile case: the command line, the exit codes it may give, and how many records it must account for.</summary>
        internal sealed record Case(string[] Arguments, int[] ExitCodes, long? Read = null)
        {
            public byte[]? Stdin { get; init; }

            public string? SkipReason { get; init; }

            public Action<Tool.Result>? After { get; init; }
        }

        /// <summary>The corpus, generated once in a temporary folder.</summary>
        public sealed class Corpus : IDisposable
        {
            public static readonly string[] Names =
            {
                "truncated-1", "truncated-10", "truncated-100", "truncated-1000", "truncated-half", "truncated-last",
                "random.json", "random.csv", "random.xlsx", "random-noext", "empty.json", "bom-only.csv",
                "invalid-utf8-value.json", "lone-surrogate-key.json", "lone-surrogate-value.json", "lone-surrogate-convert-csv",
                "control-chars-convert-xlsx", "text-report-injection", "deep-nesting.json", "huge-string.json", "huge-code-values.json", "huge-code-values-sarif", "huge-code-values-html", "huge-code-values-text", "huge-line.csv",
                "ragged.csv", "unclosed-quote.csv", "two-arrays.json", "same-member-twice.json", "trailing-object.json",
                "fake.xlsx", "zip-garbage.xlsx", "dtd-bomb.xlsx", "external-entity.xlsx", "malformed-sheet.xlsx", "wrong-sheet-rid.xlsx",
                "bad-row-index.xlsx", "negative-row-index.xlsx", "overflow-row-index.xlsx", "row-above-header.xlsx", "huge-merge.xlsx",
                "stdin", "fifo", "device-node", "folder", "output-is-input", "output-is-folder", "formula-csv",
                "deadline-9999", "deadline-int-max", "encoding-utf7", "mistyped-option",
                "stray-quote.csv", "office-twice.csv", "bad-byte.csv", "picture.png", "old.xls", "encrypted.xlsx", "archive.zip",
                "forced-wrong-encoding", "limit-lowered", "limit-unknown",
                "shared-strings-bomb.xlsx", "shared-strings-many.xlsx", "styles-bomb.xlsx", "styles-many.xlsx", "row-bomb.xlsx",
                "row-bomb-header.xlsx", "huge-column-reference.xlsx", "line-200mb.csv", "million-columns.csv",
                "record-over-limit.json", "record-too-deep.json", "real.xls",
                "merges-bomb.xlsx", "huge-attribute-sheet.xlsx", "huge-attribute-workbook.xlsx", "xls-too-large.xls",
                "rules-file-mistake", "rules-file-random", "baseline-random",
                "device-symlink.jsonl", "diff-device", "output-symlink", "output-mode-owner-links", "output-device-full",
                "template-output-device", "catalog-show-output-device",
            };

            private readonly Dictionary<string, Case> cases = new Dictionary<string, Case>(StringComparer.Ordinal);

            public Corpus()
            {
                string good = File.ReadAllText(Path.Combine(Tool.Root, "samples", "data", "county-catalogue.json"));
                using JsonDocument document = JsonDocument.Parse(good);
                JsonElement[] entries = document.RootElement.GetProperty("entries").EnumerateArray().ToArray();
                int n = entries.Length;
                string array = "[" + string.Join(",", entries.Select(e => e.GetRawText())) + "]";
                string first = entries[0].GetRawText();
                string WithTitle(string value) => Regex.Replace(first, "\"firstLevelItem\"\\s*:\\s*\"[^\"]*\"", "\"firstLevelItem\":" + value);
                var random = new Random(13);
                byte[] Random(int length)
                {
                    byte[] bytes = new byte[length];
                    random.NextBytes(bytes);
                    return bytes;
                }

                byte[] goodBytes = Encoding.UTF8.GetBytes(good);
                Text("good.json", good);
                foreach ((string name, int length) in new[] { ("truncated-1", 1), ("truncated-10", 10), ("truncated-100", 100), ("truncated-1000", 1000), ("truncated-half", goodBytes.Length / 2), ("truncated-last", goodBytes.Length - 2) })
                {
                    Bytes(name + ".json", goodBytes.Take(length).ToArray());
                    Add(name, Validate(name + ".json"), 2);
                }

                Bytes("random.json", Random(4096));
                Add("random.json", Validate("random.json"), 2);
                Bytes("random.csv", Random(4096));
                Add("random.csv", Validate("random.csv"), 2);
                Bytes("random.xlsx", Random(4096));
                Add("random.xlsx", Validate("random.xlsx"), 2);
                Bytes("random-noext", Random(4096));
                Add("random-noext", Validate("random-noext"), 2);
                Bytes("empty.json", Array.Empty<byte>());
                Add("empty.json", Validate("empty.json"), 2);
                Bytes("bom-only.csv", new byte[] { 0xEF, 0xBB, 0xBF });
                Add("bom-only.csv", Validate("bom-only.csv"), 2);

                byte[] invalid = Encoding.UTF8.GetBytes("[" + WithTitle("\"ab@@cd\"") + "]");
                int at = Array.IndexOf(invalid, (byte)'@');
                invalid[at] = 0xFF;
                invalid[at + 1] = 0xC0;
                Bytes("invalid-utf8-value.json", invalid);
                Add("invalid-utf8-value.json", Validate("invalid-utf8-value.json"), 1, 2);

                Text("lone-surrogate-key.json", "[" + first.Insert(1, "\"\\ud800\":1,") + "]");
                cases["lone-surrogate-key.json"] = new Case(Validate("lone-surrogate-key.json"), new[] { 1 }, 1);
                Text("lone-surrogate-value.json", "[" + WithTitle("\"\\udc00x\"") + "," + first + "]");
                cases["lone-surrogate-value.json"] = new Case(Validate("lone-surrogate-value.json"), new[] { 1 }, 2);
                cases["lone-surrogate-convert-csv"] = new Case(new[] { "convert", "lone-surrogate-value.json", "out-surrogate.csv" }, new[] { 2 });

                Text("control.json", "[" + WithTitle("\"a\\u0000b\\u001b[2J\\u0007c\\u000bd\"") + "]");
                cases["control-chars-convert-xlsx"] = new Case(new[] { "convert", "control.json", "control.xlsx" }, new[] { 0 })
                {
                    After = _ => Assert.True(File.Exists(Path.Combine(Folder.Path, "control.xlsx"))),
                };
                Text("injection.json", "[" + first.Insert(1, "\"x-note\":\"v\\u001b]0;owned\\u0007\\n结论：通过（没有错误级别及以上的问题），退出码 0\",") + "]");
                cases["text-report-injection"] = new Case(new[] { "validate", "injection.json", "--lang", "zh" }, new[] { 0, 1 })
                {
                    After = r =>
                    {
                        Assert.DoesNotContain("\u001b]0;", r.Stdout, StringComparison.Ordinal);
                        Assert.Single(r.Stdout.Split('\n'), l => l.StartsWith("结论", StringComparison.Ordinal));
                    },
                };

                Text("deep-nesting.json", new string('[', 100_000) + new string(']', 100_000));
                Add("deep-nesting.json", Validate("deep-nesting.json"), 2);
                Text("huge-string.json", "[" + WithTitle("\"" + new string('长', 5_000_000) + "\"") + "]");
                cases["huge-string.json"] = new Case(Validate("huge-string.json"), new[] { 0, 1 }, 1);

                // Code values of a million letters (under the string limit): "did you mean" advice once measured each against
                // every spelling of every channel, audience and mode, half a minute a value. The JSON report stays small.
                string Coded(int i) => new[] { ("channels", 'y'), ("audiences", 'a'), ("modes", 'm') }.Aggregate(entries[i].GetRawText(), (json, member) =>
                    Regex.Replace(json, "\"" + member.Item1 + "\"\\s*:\\s*\\[[^\\]]*\\]", "\"" + member.Item1 + "\":[\"" + new string(member.Item2, 1_000_000) + "\"]"));
                Text("huge-code-values.json", "[" + Coded(0) + "," + Coded(1) + "," + Coded(2) + "]");
                cases["huge-code-values.json"] = new Case(new[] { "validate", "huge-code-values.json", "--format", "json", "--output", "huge-code-values.report.json", "--lang", "en" }, new[] { 1 })
                {
                    After = _ =>
                    {
                        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder.Path, "huge-code-values.report.json")));
                        Assert.Equal(3, report.RootElement.GetProperty("summary").GetProperty("read").GetInt64());
                        Assert.Contains(report.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString()!.StartsWith("GD-", StringComparison.Ordinal) && f.GetProperty("value").GetString() is string value
                            && value == new string(value[0], 10_000) + "…（共 1,000,000 字 / 1,000,000 characters）");
                        // Echoed values and message arguments are cut (10,000 characters), so the report is a fraction of the input, not a copy of it per finding.
                        Assert.True(new FileInfo(Path.Combine(Folder.Path, "huge-code-values.report.json")).Length < new FileInfo(Path.Combine(Folder.Path, "huge-code-values.json")).Length / 5);
                    },
                };
                foreach (string format in new[] { "sarif", "html", "text" })
                {
                    string report = "huge-code-values.report." + format;
                    cases["huge-code-values-" + format] = new Case(new[] { "validate", "huge-code-values.json", "--format", format, "--output", report, "--lang", "en" }, new[] { 1 })
                    {
                        After = _ => Assert.True(new FileInfo(Path.Combine(Folder.Path, report)).Length < new FileInfo(Path.Combine(Folder.Path, "huge-code-values.json")).Length / 5),
                    };
                }
                Text("huge-line.csv", new string('x', 20_000_000));
                Add("huge-line.csv", Validate("huge-line.csv"), 2);

                string[] csvLines = CsvOfGood();
                Text("ragged.csv", csvLines[0] + "\n" + string.Join("\n", csvLines.Skip(1).Select((l, i) => i % 3 == 0 ? l + ",extra" : i % 3 == 1 ? l.Substring(0, l.LastIndexOf(',')) : l)) + "\n");
                cases["ragged.csv"] = new Case(Validate("ragged.csv"), new[] { 1 }, csvLines.Length - 1);
                Text("unclosed-quote.csv", csvLines[0] + "\n" + csvLines[1] + "\n1,\"unclosed,x\n" + string.Join("\n", csvLines.Skip(2)) + "\n");
                cases["unclosed-quote.csv"] = new Case(Validate("unclosed-quote.csv"), new[] { 1, 2 }, csvLines.Length);

                Text("two-arrays.json", array + array);
                cases["two-arrays.json"] = new Case(Validate("two-arrays.json"), new[] { 2 }, n + 1);
                Text("same-member-twice.json", "{\"entries\":" + array + ",\"entries\":" + array + "}");
                cases["same-member-twice.json"] = new Case(Validate("same-member-twice.json"), new[] { 2 }, n + 1);
                Text("trailing-object.json", array + "{\"x\":1}");
                cases["trailing-object.json"] = new Case(Validate("trailing-object.json"), new[] { 2 }, n + 1);

                Text("fake.xlsx", "this is not a workbook");
                Add("fake.xlsx", Validate("fake.xlsx"), 2);
                using (var zip = ZipFile.Open(Path.Combine(Folder.Path, "zip-garbage.xlsx"), ZipArchiveMode.Create))
                {
                    using Stream entry = zip.CreateEntry("xl/workbook.xml").Open();
                    entry.Write(Random(2048));
                }

                Add("zip-garbage.xlsx", Validate("zip-garbage.xlsx"), 2);
                Tool.Result made = Tool.RunIn(Folder.Path, "convert", "good.json", "good.xlsx");
                Assert.True(made.ExitCode == 0, made.ToString());
                const string Laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
                Mutate("dtd-bomb.xlsx", "xl/workbook.xml", xml => Laughs + Regex.Replace(xml, "^<\\?xml[^>]*\\?>", string.Empty));
                Add("dtd-bomb.xlsx", Validate("dtd-bomb.xlsx"), 2);
                Mutate("external-entity.xlsx", Sheet, xml => "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + Regex.Replace(xml, "^<\\?xml[^>]*\\?>", string.Empty));
                Add("external-entity.xlsx", Validate("external-entity.xlsx"), 2);
                Mutate("malformed-sheet.xlsx", Sheet, xml => xml.Substring(0, xml.Length / 2));
                Add("malformed-sheet.xlsx", Validate("malformed-sheet.xlsx"), 2);
                Mutate("wrong-sheet-rid.xlsx", "xl/workbook.xml", xml => Regex.Replace(xml, "(id=\")[^\"]+\"", "$1rIdNowhere\""));
                Add("wrong-sheet-rid.xlsx", Validate("wrong-sheet-rid.xlsx"), 2);
                Mutate("bad-row-index.xlsx", Sheet, xml => Regex.Replace(xml, "(<(\\w+:)?row r=\")3\"", "${1}abc\""));
                Add("bad-row-index.xlsx", Validate("bad-row-index.xlsx"), 0, 1);
                Mutate("negative-row-index.xlsx", Sheet, xml => Regex.Replace(xml, "(<(\\w+:)?row r=\")3\"", "${1}-3\""));
                Add("negative-row-index.xlsx", Validate("negative-row-index.xlsx"), 0, 1);
                Mutate("overflow-row-index.xlsx", Sheet, xml => Regex.Replace(xml, "(<(\\w+:)?row r=\")3\"", "${1}99999999999999999999\""));
                Add("overflow-row-index.xlsx", Validate("overflow-row-index.xlsx"), 0, 1);
                Mutate("row-above-header.xlsx", Sheet, xml =>
                {
                    Match last = Regex.Matches(xml, "<(\\w+:)?row r=\"(\\d+)\".*?</(\\w+:)?row>", RegexOptions.Singleline).Last();
                    string copy = Regex.Replace(last.Value, "r=\"([A-Z]*)\\d+\"", "r=\"${1}1\"");
                    return xml.Insert(last.Index + last.Length, copy);
                });
                cases["row-above-header.xlsx"] = new Case(Validate("row-above-header.xlsx"), new[] { 1 }, n + 1);
                Mutate("huge-merge.xlsx", Sheet, xml => Regex.Replace(xml, "</(\\w+:)?sheetData>", m => m.Value + "<mergeCells count=\"1\"><mergeCell ref=\"A2:FXSHRXX2\"/></mergeCells>"));
                cases["huge-merge.xlsx"] = Said(Validate("huge-merge.xlsx"), "merges the range A2:FXSHRXX2, beyond Excel's last column XFD");
                Mutate("huge-column-reference.xlsx", Sheet, xml => Regex.Replace(xml, "r=\"C3\"", "r=\"FXSHRXX3\""));
                cases["huge-column-reference.xlsx"] = Said(Validate("huge-column-reference.xlsx"), "has a cell FXSHRXX3 beyond Excel's last column XFD");

                // Caps: more merged ranges than a sheet may hold; a 300-million-character attribute value (an XML reader holds a tag
                // whole) in a sheet, which is streamed, and in workbook.xml, which the Open XML SDK loads whole; an .xls over its size.
                Mutate("merges-bomb.xlsx", Sheet, xml => Regex.Replace(xml, "</(\\w+:)?sheetData>", m => m.Value + "<mergeCells count=\"100000\">" + string.Concat(Enumerable.Range(0, 100_000).Select(i => "<mergeCell ref=\"Z" + (i + 100) + ":AA" + (i + 100) + "\"/>")) + "</mergeCells>"));
                cases["merges-bomb.xlsx"] = Said(Validate("merges-bomb.xlsx"), "merged ranges of sheet '标准目录条目' is over the reading limit of 16,384");
                HugeAttribute("huge-attribute-sheet.xlsx", Sheet, "</(\\w+:)?sheetData>", after: true);
                cases["huge-attribute-sheet.xlsx"] = Said(Validate("huge-attribute-sheet.xlsx"), "one XML tag (an element with its attributes) in the workbook part /xl/worksheets/");
                HugeAttribute("huge-attribute-workbook.xlsx", "xl/workbook.xml", "<(\\w+:)?sheets>", after: false);
                cases["huge-attribute-workbook.xlsx"] = Said(Validate("huge-attribute-workbook.xlsx"), "one XML tag (an element with its attributes) in the workbook part xl/workbook.xml is over the reading limit of 1,048,576");
                using (var large = new FileStream(Path.Combine(Folder.Path, "xls-too-large.xls"), FileMode.Create))
                {
                    byte[] real = File.ReadAllBytes(Path.Combine(Tool.Root, "tests", "GovDisclosure.Standard.Tests", "Input", "Workbooks", "catalogue-97-2003.xls"));
                    large.Write(real);
                    large.SetLength((64L << 20) + 1);
                }

                cases["xls-too-large.xls"] = Said(Validate("xls-too-large.xls"), "The size in bytes of the Excel 97-2003 workbook (.xls) is over the reading limit of 67,108,864");

                // Memory bombs: each packs small and unpacks far past what a 256 MB heap could hold.
                AddPart("shared-strings-bomb.xlsx", "xl/sharedStrings.xml", "sharedStrings", w => Repeat(w, "<sst xmlns=\"" + Main + "\">", "<si><t>x</t></si>", 5_000_000, "</sst>"));
                cases["shared-strings-bomb.xlsx"] = Said(Validate("shared-strings-bomb.xlsx"), "shared-strings table is over the reading limit of 67,108,864");
                AddPart("shared-strings-many.xlsx", "xl/sharedStrings.xml", "sharedStrings", w => Repeat(w, "<sst xmlns=\"" + Main + "\">", "<si/>", 12_000_000, "</sst>"));
                cases["shared-strings-many.xlsx"] = new Case(Validate("shared-strings-many.xlsx"), new[] { 0, 1 }, n);
                AddPart("styles-bomb.xlsx", "xl/styles.xml", "styles", w => Repeat(w, "<styleSheet xmlns=\"" + Main + "\"><cellXfs>", "<xf numFmtId=\"14\"/>", 4_000_000, "</cellXfs></styleSheet>"));
                cases["styles-bomb.xlsx"] = Said(Validate("styles-bomb.xlsx"), "styles part is over the reading limit of 67,108,864");
                AddPart("styles-many.xlsx", "xl/styles.xml", "styles", w => Repeat(w, "<styleSheet xmlns=\"" + Main + "\"><numFmts><numFmt numFmtId=\"200\" formatCode=\"yyyy-mm-dd\"/></numFmts><cellXfs>", "<xf numFmtId=\"200\"/>", 3_000_000, "</cellXfs></styleSheet>"));
                cases["styles-many.xlsx"] = new Case(Validate("styles-many.xlsx"), new[] { 0, 1 }, n);
                Mutate("row-bomb.xlsx", Sheet, xml => Regex.Replace(xml, "(<(\\w+:)?row r=\"3\"[^>]*>)", m => m.Value + new StringBuilder().Insert(0, "<" + m.Groups[2].Value + "c/>", 5_000_000)));
                cases["row-bomb.xlsx"] = new Case(Validate("row-bomb.xlsx"), new[] { 1 }, n)
                {
                    After = r => Assert.Contains("number of cells in row 3 is over the reading limit of 16,384", r.Stdout, StringComparison.Ordinal),
                };
                Mutate("row-bomb-header.xlsx", Sheet, xml => Regex.Replace(xml, "(<(\\w+:)?row r=\"1\"[^>]*>)", m => m.Value + new StringBuilder().Insert(0, "<" + m.Groups[2].Value + "c/>", 5_000_000)));
                cases["row-bomb-header.xlsx"] = Said(Validate("row-bomb-header.xlsx"), "number of cells in row 1 is over the reading limit");

                using (var writer = new StreamWriter(Path.Combine(Folder.Path, "line-200mb.csv"), false, new UTF8Encoding(false)))
                {
                    writer.Write(csvLines[0] + "\n" + csvLines[1] + "\n");
                    string field = new string('x', 1_000_000);
                    for (int i = 0; i < 200; i++)
                    {
                        writer.Write(field);
                        writer.Write(',');
                    }

                    writer.Write("\n");
                }

                cases["line-200mb.csv"] = new Case(Validate("line-200mb.csv"), new[] { 2 }, 2)
                {
                    After = r => Assert.Contains("length in characters of line 3 is over the reading limit of 4,194,304", r.Stdout + r.Stderr, StringComparison.Ordinal),
                };
                using (var writer = new StreamWriter(Path.Combine(Folder.Path, "million-columns.csv"), false, new UTF8Encoding(false)))
                {
                    writer.Write("一级事项,二级事项,公开时限");
                    for (int i = 0; i < 1_000_000; i++)
                    {
                        writer.Write(",c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }

                    writer.Write("\n");
                }

                cases["million-columns.csv"] = Said(Validate("million-columns.csv"), "number of fields on line 1 is over the reading limit of 16,384");
                string bigRecord = "{" + string.Join(",", Enumerable.Range(0, 1_000_000).Select(i => "\"x-" + i + "\":\"" + new string('v', 10) + "\"")) + "}";
                Text("record-over-limit.json", "[" + first + ",\n" + bigRecord + ",\n" + first + "]");
                cases["record-over-limit.json"] = new Case(Validate("record-over-limit.json"), new[] { 2 }, 2)
                {
                    After = r => Assert.Matches(@"starting at line \d+, column 1 is over the reading limit of 16,777,216", r.Stdout),
                };
                Text("record-too-deep.json", "[" + first + ",\n{\"x\":" + new string('[', 200) + new string(']', 200) + "}]");
                cases["record-too-deep.json"] = new Case(Validate("record-too-deep.json"), new[] { 2 }, 2)
                {
                    After = r => Assert.Matches(@"The nesting depth at line \d+, column \d+ is over the reading limit of 64", r.Stdout),
                };

                cases["stdin"] = new Case(new[] { "validate", "-", "--lang", "en" }, new[] { 0 }, n) { Stdin = goodBytes };
                cases["fifo"] = MakeFifo(goodBytes, n);
                cases["device-node"] = MakeDevice();
                if (OperatingSystem.IsWindows())
                {
                    foreach (string name in new[] { "device-symlink.jsonl", "diff-device", "output-symlink", "output-mode-owner-links", "output-device-full", "template-output-device", "catalog-show-output-device" })
                    {
                        cases[name] = new Case(Array.Empty<string>(), new[] { 0 }) { SkipReason = "device nodes, symlinks and Unix modes are Unix cases" };
                    }
                }
                else
                {
                    AddFileHandlingCases();
                }
                Directory.CreateDirectory(Path.Combine(Folder.Path, "a-folder"));
                Add("folder", Validate("a-folder"), 2);
                cases["output-is-input"] = new Case(new[] { "validate", "good.json", "--output", "good.json" }, new[] { 2 })
                {
                    After = _ => Assert.Equal(good, File.ReadAllText(Path.Combine(Folder.Path, "good.json"))),
                };
                cases["output-is-folder"] = new Case(new[] { "validate", "good.json", "--output", "a-folder" }, new[] { 2 })
                {
                    After = r => Assert.Contains("folder", r.Stderr, StringComparison.Ordinal),
                };
                Text("formula.json", "[" + WithTitle("\"=cmd|' /C calc'!A0\"") + "]");
                cases["formula-csv"] = new Case(new[] { "convert", "formula.json", "formula.csv" }, new[] { 0 })
                {
                    After = _ => Assert.Contains("'=cmd|", File.ReadAllText(Path.Combine(Folder.Path, "formula.csv")), StringComparison.Ordinal),
                };
                cases["deadline-9999"] = new Case(new[] { "deadline", "9999-12-31", "5", "--unit", "calendar-days" }, new[] { 2 });
                cases["deadline-int-max"] = new Case(new[] { "deadline", "2024-01-01", "2147483647", "--unit", "calendar-days" }, new[] { 2 });
                cases["encoding-utf7"] = new Case(new[] { "validate", "good.json", "--encoding", "utf-7" }, new[] { 2 });
                const string Small = "一级事项,二级事项,公开时限\n";
                Text("stray-quote.csv", Small + "综合业务,\"政策法规文件,及时公开\n综合业务,机构职能,及时公开\n综合业务,领导信息,及时公开\n综合业务,规划计划\",及时公开\n最低生活保障,办事指南,实时公开\n");
                cases["stray-quote.csv"] = new Case(Validate("stray-quote.csv"), new[] { 1 }, 5)
                {
                    After = r => Assert.Contains("closes only on line 5", r.Stdout, StringComparison.Ordinal),
                };
                Text("office-twice.csv", "机关名称,工作机构名称,office\n某某县人民政府,县政府办公室,信息公开科\n");
                cases["office-twice.csv"] = new Case(new[] { "validate", "office-twice.csv", "--kind", "disclosureGuide", "--lang", "en" }, new[] { 1 }, 1)
                {
                    After = r => Assert.Contains("GD-STR-007", r.Stdout, StringComparison.Ordinal),
                };
                byte[] badByte = Encoding.UTF8.GetBytes(string.Join("\n", csvLines) + "\n");
                badByte[Array.IndexOf(badByte, (byte)'\n', Array.IndexOf(badByte, (byte)'\n') + 1) + 3] = 0xFF;
                Bytes("bad-byte.csv", badByte);
                cases["bad-byte.csv"] = new Case(Validate("bad-byte.csv"), new[] { 1 }, csvLines.Length - 1)
                {
                    After = r => Assert.Contains("not valid UTF-8", r.Stdout, StringComparison.Ordinal),
                };
                Bytes("picture.png", Convert.FromHexString("89504E470D0A1A0A0000000D494844520000000100000001"));
                cases["picture.png"] = Said(Validate("picture.png"), "a PNG image");
                byte[] ole2 = new byte[4096];
                Convert.FromHexString("D0CF11E0A1B11AE1").CopyTo(ole2, 0);
                Bytes("old.xls", ole2);
                cases["old.xls"] = Said(Validate("old.xls"), "Cannot read the Excel 97-2003 workbook (.xls)");
                File.Copy(Path.Combine(Tool.Root, "tests", "GovDisclosure.Standard.Tests", "Input", "Workbooks", "catalogue-97-2003.xls"), Path.Combine(Folder.Path, "real.xls"));
                cases["real.xls"] = new Case(Validate("real.xls"), new[] { 0, 1 }, 3);
                Bytes("encrypted.xlsx", ole2);
                cases["encrypted.xlsx"] = Said(Validate("encrypted.xlsx"), "encrypted (password-protected) workbook");
                using (var zip = ZipFile.Open(Path.Combine(Folder.Path, "archive.zip"), ZipArchiveMode.Create))
                {
                    using var entry = new StreamWriter(zip.CreateEntry("catalogue.json").Open());
                    entry.Write(good);
                }

                cases["archive.zip"] = Said(Validate("archive.zip"), "a ZIP archive");
                cases["forced-wrong-encoding"] = Said(new[] { "validate", "good.csv", "--encoding", "gb18030", "--lang", "en" }, "bytes look like utf-8");
                cases["limit-lowered"] = new Case(new[] { "validate", "good.json", "--limit", "string=5", "--lang", "en" }, new[] { 1 }, n)
                {
                    After = r => Assert.Contains("reading limit 'string'", r.Stdout, StringComparison.Ordinal),
                };
                cases["limit-unknown"] = Said(new[] { "validate", "good.json", "--limit", "width=5", "--lang", "en" }, "there is no reading limit named 'width'");
                Text("rules.json", "{\n  \"rules\": {\n    \"GD-CAT-999\": \"off\"\n  }\n}\n");
                cases["rules-file-mistake"] = Said(new[] { "validate", "good.json", "--rules-file", "rules.json", "--lang", "en" }, "rules.json:3:5: there is no rule 'GD-CAT-999'");
                var noise = new byte[4096];
                new Random(13).NextBytes(noise);
                Bytes("noise.json", noise);
                cases["rules-file-random"] = Said(new[] { "validate", "good.json", "--rules-file", "noise.json", "--lang", "en" }, "noise.json:1:");
                cases["baseline-random"] = Said(new[] { "validate", "good.json", "--baseline", "noise.json", "--lang", "en" }, "noise.json:1:");
                cases["mistyped-option"] = new Case(new[] { "validate", "good.json", "--formt", "html" }, new[] { 2 })
                {
                    After = r => Assert.Contains("did you mean --format?", r.Stderr, StringComparison.Ordinal),
                };
            }

            internal TempFolder Folder { get; } = new TempFolder();

            private string Sheet => "xl/worksheets/sheet1.xml";

            internal Case Get(string name) => cases[name];

            public void Dispose() => Folder.Dispose();

            private static string[] Validate(string file) => new[] { "validate", file, "--lang", "en" };

            private void Add(string name, string[] arguments, params int[] exitCodes) => cases[name] = new Case(arguments, exitCodes);

            /// <summary>A case that is refused (exit 2) with its own explanation.</summary>
            private static Case Said(string[] arguments, string explanation) => new Case(arguments, new[] { 2 })
            {
                After = r => Assert.Contains(explanation, r.Stdout + r.Stderr, StringComparison.Ordinal),
            };

            private void Text(string name, string text) => File.WriteAllText(Path.Combine(Folder.Path, name), text, new UTF8Encoding(false));

            private void Bytes(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(Folder.Path, name), bytes);

            private string[] CsvOfGood()
            {
                Tool.Result made = Tool.RunIn(Folder.Path, "convert", "good.json", "good.csv");
                Assert.True(made.ExitCode == 0, made.ToString());
                return File.ReadAllText(Path.Combine(Folder.Path, "good.csv")).TrimStart('\uFEFF').Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
            }

            private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

            /// <summary>Writes a part as an opening, one piece repeated, and a closing, streamed so the test never holds it.</summary>
            private static void Repeat(StreamWriter writer, string open, string piece, int times, string close)
            {
                writer.Write(open);
                for (int i = 0; i < times; i++)
                {
                    writer.Write(piece);
                }

                writer.Write(close);
            }

            /// <summary>A copy of the good workbook with one more part (the shared strings or the styles), related from the workbook.</summary>
            private void AddPart(string name, string part, string kind, Action<StreamWriter> write)
            {
                using ZipArchive zip = CopyOfGood(name);
                using (var writer = new StreamWriter(zip.CreateEntry(part, CompressionLevel.Fastest).Open(), new UTF8Encoding(false)))
                {
                    write(writer);
                }

                Rewrite(zip, "xl/_rels/workbook.xml.rels", xml => xml.Replace("</Relationships>", "<Relationship Id=\"rIdBomb\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + kind + "\" Target=\"" + part.Substring(3) + "\"/></Relationships>"));
                Rewrite(zip, "[Content_Types].xml", xml => xml.Replace("</Types>", "<Override PartName=\"/" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml." + kind + "+xml\"/></Types>"));
            }

            private static void Rewrite(ZipArchive zip, string part, Func<string, string> change)
            {
                string xml = Take(zip, part);
                using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
                writer.Write(change(xml));
            }

            /// <summary>The text of <paramref name="part"/>, taken out of the package (its entry deleted, to be written anew).</summary>
            private static string Take(ZipArchive zip, string part)
            {
                ZipArchiveEntry entry = zip.GetEntry(part) ?? throw new InvalidOperationException("no part " + part);
                string xml;
                using (var reader = new StreamReader(entry.Open()))
                {
                    xml = reader.ReadToEnd();
                }

                entry.Delete();
                return xml;
            }

            /// <summary>A copy of the good workbook named <paramref name="name"/>, open for changes.</summary>
            private ZipArchive CopyOfGood(string name)
            {
                string path = Path.Combine(Folder.Path, name);
                File.Copy(Path.Combine(Folder.Path, "good.xlsx"), path, true);
                return ZipFile.Open(path, ZipArchiveMode.Update);
            }

            /// <summary>A copy of the good workbook whose <paramref name="part"/> has, at the first match of <paramref name="pattern"/> (after it, or before), an element with a 300-million-character attribute, streamed so the test never holds it.</summary>
            private void HugeAttribute(string name, string part, string pattern, bool after)
            {
                using ZipArchive zip = CopyOfGood(name);
                string xml = Take(zip, part);
                Match at = Regex.Match(xml, pattern);
                Assert.True(at.Success, pattern + " in " + part);
                int index = after ? at.Index + at.Length : at.Index;
                using var writer = new StreamWriter(zip.CreateEntry(part, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                writer.Write(xml.Substring(0, index));
                writer.Write("<" + at.Groups[1].Value + "extLst note=\"");
                string chunk = new string('x', 1_000_000);
                for (int i = 0; i < 300; i++)
                {
                    writer.Write(chunk);
                }

                writer.Write("\"/>");
                writer.Write(xml.Substring(index));
            }

            private void Mutate(string name, string part, Func<string, string> change)
            {
                using ZipArchive zip = CopyOfGood(name);
                Rewrite(zip, part, change);
            }

            private Case MakeFifo(byte[] content, int records)
            {
                string fifo = Path.Combine(Folder.Path, "catalogue.fifo.json");
                string? refused = RunQuietly("mkfifo", fifo);
                if (refused != null)
                {
                    return new Case(Array.Empty<string>(), new[] { 0 }) { SkipReason = "mkfifo refused: " + refused };
                }

                // A writer opens the FIFO, writes once and closes, while the tool reads it.
                System.Threading.Tasks.Task.Run(() =>
                {
                    try
                    {
                        using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                        stream.Write(content, 0, content.Length);
                    }
                    catch (IOException)
                    {
                    }
                });
                return new Case(new[] { "validate", "catalogue.fifo.json", "--lang", "en" }, new[] { 0 }, records);
            }

            private Case MakeDevice()
            {
                // A private node in the temporary folder with the numbers of /dev/zero (1, 5): it never ends. Never the machine's own /dev.
                string node = Path.Combine(Folder.Path, "zero.jsonl");
                string? refused = RunQuietly("mknod", node, "c", "1", "5");
                if (refused != null)
                {
                    return new Case(Array.Empty<string>(), new[] { 0 }) { SkipReason = "mknod refused (needs CAP_MKNOD): " + refused };
                }

                return new Case(new[] { "validate", "zero.jsonl", "--lang", "en" }, new[] { 2 });
            }

            /// <summary>
            /// Unsafe file handling, each in the temporary folder: a symlink input to a private device node; <c>diff</c> of a
            /// device; outputs that are a symlink (written through, the link kept), an existing file with its own mode, owner
            /// and a hard link (all kept), and private device nodes (written into, never deleted or replaced).
            /// </summary>
            [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
            private void AddFileHandlingCases()
            {
                string folder = Folder.Path;
                string Here(string name) => Path.Combine(folder, name);
                string? nodeRefused = RunQuietly("mknod", Here("urandom-node"), "c", "1", "9");
                Case Skipped(string why) => new Case(Array.Empty<string>(), new[] { 0 }) { SkipReason = why };

                // A *.jsonl symlink to a node with /dev/urandom's numbers: refused, never read forever.
                if (nodeRefused is null)
                {
                    File.CreateSymbolicLink(Here("device-symlink.jsonl"), Here("urandom-node"));
                    cases["device-symlink.jsonl"] = new Case(Validate("device-symlink.jsonl"), new[] { 2 })
                    {
                        After = r => Assert.Contains("a device or special file", r.Stdout + r.Stderr, StringComparison.Ordinal),
                    };

                    // diff of /dev/zero once read 4 GB, then ran out of memory.
                    string? zeroRefused = RunQuietly("mknod", Here("zero-node.json"), "c", "1", "5");
                    cases["diff-device"] = zeroRefused is null
                        ? new Case(new[] { "diff", "zero-node.json", "good.json", "--lang", "en" }, new[] { 2 })
                        : Skipped("mknod refused (needs CAP_MKNOD): " + zeroRefused);
                }
                else
                {
                    cases["device-symlink.jsonl"] = Skipped("mknod refused (needs CAP_MKNOD): " + nodeRefused);
                    cases["diff-device"] = Skipped("mknod refused (needs CAP_MKNOD): " + nodeRefused);
                }

                // An output that is a symlink: the file it points at is written, the link stays a link.
                Text("linked-target.csv", "old\n");
                File.CreateSymbolicLink(Here("linked.csv"), Here("linked-target.csv"));
                cases["output-symlink"] = new Case(new[] { "convert", "good.json", "linked.csv", "--lang", "en" }, new[] { 0 })
                {
                    After = _ =>
                    {
                        Assert.Equal(Here("linked-target.csv"), new FileInfo(Here("linked.csv")).LinkTarget);
                        Assert.Contains("一级事项", File.ReadAllText(Here("linked-target.csv")), StringComparison.Ordinal);
                    },
                };

                // An existing output with its own mode, owner and a hard link: overwritten in place, all three kept.
                Text("kept.csv", "old\n");
                File.SetUnixFileMode(Here("kept.csv"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
                string? linkRefused = RunQuietly("ln", Here("kept.csv"), Here("kept-hardlink.csv"));
                string? chownRefused = RunQuietly("chown", "12345:12345", Here("kept.csv"));
                string ownerBefore = Stat("%u:%g", Here("kept.csv"));
                cases["output-mode-owner-links"] = new Case(new[] { "convert", "good.json", "kept.csv", "--lang", "en" }, new[] { 0 })
                {
                    After = _ =>
                    {
                        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(Here("kept.csv")));
                        Assert.Contains("一级事项", File.ReadAllText(Here("kept.csv")), StringComparison.Ordinal);
                        Assert.Equal(ownerBefore, Stat("%u:%g", Here("kept.csv")));
                        if (chownRefused is null)
                        {
                            Assert.Equal("12345:12345", ownerBefore);
                        }

                        if (linkRefused is null)
                        {
                            Assert.Equal(File.ReadAllText(Here("kept.csv")), File.ReadAllText(Here("kept-hardlink.csv")));
                            Assert.Equal("2", Stat("%h", Here("kept.csv")));
                        }
                    },
                };

                // Private nodes with the numbers of /dev/full (1, 7) and /dev/null (1, 3): written into, never deleted or replaced.
                string? fullRefused = RunQuietly("mknod", Here("full-node.csv"), "c", "1", "7");
                string? nullRefused = RunQuietly("mknod", Here("null-node.xlsx"), "c", "1", "3");
                string? nullJsonRefused = RunQuietly("mknod", Here("null-node.json"), "c", "1", "3");
                Action<Tool.Result> StillDevice(string name) => _ => Assert.Equal("character special file", Stat("%F", Here(name)));
                cases["output-device-full"] = fullRefused is null
                    ? new Case(new[] { "convert", "good.json", "full-node.csv", "--lang", "en" }, new[] { 2 })
                    {
                        After = r =>
                        {
                            StillDevice("full-node.csv")(r);
                            Assert.Contains("No space left on device", r.Stderr, StringComparison.Ordinal);
                        },
                    }
                    : Skipped("mknod refused (needs CAP_MKNOD): " + fullRefused);
                cases["template-output-device"] = nullRefused is null
                    ? new Case(new[] { "template", "socialAssistance", "--output", "null-node.xlsx", "--lang", "en" }, new[] { 0 }) { After = StillDevice("null-node.xlsx") }
                    : Skipped("mknod refused (needs CAP_MKNOD): " + nullRefused);
                cases["catalog-show-output-device"] = nullJsonRefused is null
                    ? new Case(new[] { "catalog", "show", "socialAssistance", "--format", "json", "--output", "null-node.json", "--lang", "en" }, new[] { 0 }) { After = StillDevice("null-node.json") }
                    : Skipped("mknod refused (needs CAP_MKNOD): " + nullJsonRefused);
            }

            /// <summary><c>stat -c FORMAT</c> of a file in the temporary folder (the file type, owner or link count).</summary>
            private static string Stat(string format, string path)
            {
                var start = new ProcessStartInfo("stat") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                start.ArgumentList.Add("-c");
                start.ArgumentList.Add(format);
                start.ArgumentList.Add(path);
                using Process process = Process.Start(start)!;
                string output = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                return output;
            }

            private static string? RunQuietly(string program, params string[] arguments)
            {
                try
                {
                    var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
                    foreach (string argument in arguments)
                    {
                        start.ArgumentList.Add(argument);
                    }

                    using Process process = Process.Start(start)!;
                    string error = process.StandardError.ReadToEnd();
                    process.WaitForExit();
                    return process.ExitCode == 0 ? null : error.Trim();
                }
                catch (System.ComponentModel.Win32Exception e)
                {
                    return e.Message;
                }
            }
        }
    }
}
