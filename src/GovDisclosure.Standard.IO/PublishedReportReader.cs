using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GovDisclosure.Standard.Input.AnnualReports;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.AnnualReports;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Reads a published annual report's web page (政府信息公开工作年度报告) into <see cref="AnnualReport"/>,
    /// deterministically: the encoding from the byte order mark, the meta tag or the bytes (UTF-8, else
    /// GB18030, which reads GBK and GB2312); the format from table 二's own headings; every cell by its row
    /// and column labels, never by position; the sections 一 … 六 by their headings; the article, not the
    /// site's navigation.
    /// </summary>
    public static class PublishedReportReader
    {
        /// <summary>The largest page or PDF read (16 MiB): a report page is a few hundred KiB, its PDF a few MiB; a larger file is refused before any parsing.</summary>
        public const int MaxPageBytes = 16 * 1024 * 1024;

        private static readonly Regex MetaCharset = new Regex(@"<meta[^>]*charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        private static readonly Regex TitleYearFirst = new Regex(@"^(?<year>(19|20)[0-9]{2})年度?(?<agency>.+?)政府信息公开(工作)?年度报告", RegexOptions.CultureInvariant);
        private static readonly Regex TitleAgencyFirst = new Regex(@"^(?<agency>.+?)(?<year>(19|20)[0-9]{2})年度?政府信息公开(工作)?年度报告", RegexOptions.CultureInvariant);
        private static readonly Regex PdfParagraph = new Regex(@"^html/body/p(\[(?<n>[0-9]+)\])?$", RegexOptions.CultureInvariant);

        private static readonly Regex PdfFooter = new Regex("打印本页|关闭窗口|网站地图|版权所有|主办单位|ICP备|扫一扫", RegexOptions.CultureInvariant);

        private static readonly Regex Published = new Regex(@"(发布日期|公开日期|发布时间|发文日期)[:：]?\s*(?<y>[0-9]{4})\s*[-年/.]\s*(?<m>[0-9]{1,2})\s*[-月/.]\s*(?<d>[0-9]{1,2})", RegexOptions.CultureInvariant);

        /// <summary>Reads a page from a file.</summary>
        /// <param name="path">The page.</param>
        /// <param name="encoding">The encoding, when known; detected otherwise.</param>
        /// <param name="displayName">The name used in locations; the path when <c>null</c>.</param>
        /// <exception cref="InputException">The file cannot be read, or holds no annual report.</exception>
        public static PublishedReport Read(string path, Encoding? encoding = null, string? displayName = null)
        {
            byte[] bytes;
            var where = new SourceLocation { File = displayName ?? path };
            try
            {
                var info = new FileInfo(path);
                if (info.Exists && info.Length > MaxPageBytes)
                {
                    throw new InputException(where, new BilingualText($"文件超过 {MaxPageBytes / 1024 / 1024} MiB，不予读取（年度报告的页面或 PDF 不过数百 KiB 至数 MiB）。", $"The file is larger than {MaxPageBytes / 1024 / 1024} MiB and is not read (an annual report's page or PDF is a few hundred KiB to a few MiB)."));
                }

                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new InputException(where, new BilingualText("无法读取文件：" + e.Message, "Cannot read the file: " + e.Message), e);
            }

            return Read(bytes, displayName ?? path, encoding);
        }

        /// <summary>Reads a page from a stream (read to its end, at most <see cref="MaxPageBytes"/>; the stream is disposed).</summary>
        /// <param name="stream">The page.</param>
        /// <param name="displayName">The name used in locations.</param>
        /// <param name="encoding">The encoding, when known; detected otherwise.</param>
        /// <exception cref="InputException">The stream cannot be read, is too large, or holds no annual report.</exception>
        public static PublishedReport Read(Stream stream, string? displayName = null, Encoding? encoding = null)
        {
            if (stream is null)
            {
                throw new ArgumentNullException(nameof(stream));
            }

            var where = new SourceLocation { File = displayName };
            var buffer = new MemoryStream();
            using (stream)
            {
                try
                {
                    byte[] chunk = new byte[81920];
                    int read;
                    while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                    {
                        if (buffer.Length + read > MaxPageBytes)
                        {
                            throw new InputException(where, new BilingualText($"文件超过 {MaxPageBytes / 1024 / 1024} MiB，不予读取（年度报告的页面或 PDF 不过数百 KiB 至数 MiB）。", $"The file is larger than {MaxPageBytes / 1024 / 1024} MiB and is not read (an annual report's page or PDF is a few hundred KiB to a few MiB)."));
                        }

                        buffer.Write(chunk, 0, read);
                    }
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    throw new InputException(where, new BilingualText("无法读取文件：" + e.Message, "Cannot read the file: " + e.Message), e);
                }
            }

            return Read(buffer.ToArray(), displayName, encoding);
        }

        /// <summary>Reads a page from its bytes.</summary>
        /// <param name="page">The page's bytes.</param>
        /// <param name="displayName">The name used in locations.</param>
        /// <param name="encoding">The encoding, when known; detected otherwise.</param>
        /// <exception cref="InputException">The page holds no annual report.</exception>
        public static PublishedReport Read(byte[] page, string? displayName = null, Encoding? encoding = null)
        {
            if (page is null)
            {
                throw new ArgumentNullException(nameof(page));
            }

            if (PdfParagraphs.IsPdf(page))
            {
                return ReadPdf(page, displayName);
            }

            Encoding used = encoding ?? Detect(page, out _);
            int skip = used.GetPreamble().Length > 0 && page.Take(used.GetPreamble().Length).SequenceEqual(used.GetPreamble()) ? used.GetPreamble().Length : 0;
            string html = used.GetString(page, skip, page.Length - skip);
            return ReadHtml(new HtmlParser().ParseDocument(html), displayName, used);
        }

        /// <summary>
        /// Reads a PDF's text layer: its paragraphs as the page's article (title, publication date, sections 一 … 六 by
        /// their headings) and tables 二, 三 and 四 recovered from the text positions (<see cref="PdfTables"/>), each
        /// location naming its page and line. A table that cannot be recovered is noted as not read
        /// (<see cref="ReadingNoteKind.TableNotRead"/>); no number is guessed.
        /// </summary>
        private static PublishedReport ReadPdf(byte[] pdf, string? displayName)
        {
            PdfText text = PdfParagraphs.Of(pdf, out BilingualText? refusal, out Exception? cause)
                ?? throw new InputException(new SourceLocation { File = displayName }, refusal!, cause);
            IReadOnlyList<(int Page, int Line, string Text)> paragraphs = text.Paragraphs;

            // A page saved from a portal ends in the site's footer: the article stops at the first footer line after section 六's heading.
            int last = paragraphs.Select((p, i) => (p, i)).Where(x => SectionHeading.Of(PublishedText.Fold(x.p.Text))?.Number == 6).Select(x => x.i).DefaultIfEmpty(-1).First();
            if (last >= 0)
            {
                int footer = paragraphs.Select((p, i) => (p, i)).Where(x => x.i > last && PdfFooter.IsMatch(x.p.Text)).Select(x => x.i).DefaultIfEmpty(paragraphs.Count).First();
                paragraphs = paragraphs.Take(footer).ToList();
            }

            bool format2021 = !text.Lines.Any(l => PublishedText.HasAny(l.Folded, "新制作", "对外公开总数", "上一年项目"))
                || text.Lines.Any(l => PublishedText.HasAny(l.Folded, "本年制发", "现行有效", "不补正"));
            IReadOnlyDictionary<string, string> tables = PdfTables.Recover(text.Lines, format2021);
            bool[] tableText = TableText(paragraphs, tables);
            var html = new StringBuilder("<html><body>");
            for (int i = 0; i < paragraphs.Count; i++)
            {
                html.Append(tableText[i] ? "<p " + PdfTableLine + "=\"\">" : "<p>").Append(System.Net.WebUtility.HtmlEncode(paragraphs[i].Text)).Append("</p>");
            }

            foreach (string table in tables.Values)
            {
                html.Append(table);
            }

            html.Append("</body></html>");
            IDocument document = new HtmlParser().ParseDocument(html.ToString());
            var cells = new Dictionary<string, (int Page, int Line)>();
            foreach (IElement cell in document.QuerySelectorAll("table, td").Where(e => e.HasAttribute("data-page")))
            {
                cells[HtmlElementPath.Of(cell)] = (int.Parse(cell.GetAttribute("data-page")!, System.Globalization.CultureInfo.InvariantCulture), int.Parse(cell.GetAttribute("data-line")!, System.Globalization.CultureInfo.InvariantCulture));
            }

            PublishedReport read = ReadHtml(document, displayName, Encoding.UTF8);
            SourceLocation OnPage(SourceLocation location)
            {
                if (location.ElementPath != null && cells.TryGetValue(location.ElementPath, out (int Page, int Line) cell))
                {
                    return location with { ElementPath = null, Page = cell.Page, Line = cell.Line };
                }

                Match paragraph = PdfParagraph.Match(location.ElementPath ?? string.Empty);
                if (!paragraph.Success)
                {
                    return location;
                }

                int index = paragraph.Groups["n"].Success ? int.Parse(paragraph.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1 : 0;
                return index < paragraphs.Count
                    ? location with { ElementPath = null, Page = paragraphs[index].Page, Line = paragraphs[index].Line }
                    : location with { ElementPath = null };
            }

            var notes = read.Notes.Select(n => new ReadingNote(n.Kind, OnPage(n.Location)) { Value = n.Value, Expected = n.Expected }).ToList();
            bool read2021 = read.Report.Format != AnnualReportFormat.Format2019;
            foreach ((string table, string pointer) in new[]
            {
                (AnnualReportTable.Proactive.Name, read2021 ? Proactive2021 : Proactive2019),
                (AnnualReportTable.Applications.Name, Applications),
                (AnnualReportTable.ReviewAndLitigation.Name, ReviewAndLitigation),
            })
            {
                // A table recovered from the positions but not recognised by its labels is not read either.
                if (!tables.ContainsKey(table) || !read.Locations.Keys.Any(k => k.StartsWith(pointer + "/", StringComparison.Ordinal)))
                {
                    notes.Add(new ReadingNote(ReadingNoteKind.TableNotRead, new SourceLocation { File = displayName, Table = table, JsonPointer = pointer }));
                }
            }

            return new PublishedReport(read.Content, read.Report, read.Locations.ToDictionary(l => l.Key, l => OnPage(l.Value)), notes, read.Origin, Encoding.UTF8);
        }

        /// <summary>
        /// Which of a PDF's paragraphs are a table's rather than its section's text: in section 二, 三 or 四, those from the
        /// heading to the last line of the section's recovered table (the lines above a table's first row are its header,
        /// as <see cref="PdfTables"/> reads them), and every paragraph of such a section whose table could not be recovered
        /// (its lines cannot be told from the section's text). The sections keep the rest (e.g. notes below a table) as their text.
        /// </summary>
        private static bool[] TableText(IReadOnlyList<(int Page, int Line, string Text)> paragraphs, IReadOnlyDictionary<string, string> tables)
        {
            var last = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> table in tables)
            {
                long[] places = PdfPlace.Matches(table.Value).Cast<Match>()
                    .Select(m => Place(int.Parse(m.Groups["page"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture)))
                    .ToArray();
                if (places.Length > 0)
                {
                    last[table.Key] = places.Max();
                }
            }

            var text = new bool[paragraphs.Count];
            int section = 0;
            for (int i = 0; i < paragraphs.Count; i++)
            {
                if (SectionHeading.Of(PublishedText.Fold(paragraphs[i].Text)) is AnnualReportSection headed && headed.Number > section)
                {
                    section = headed.Number;
                    continue;
                }

                text[i] = section >= 2 && section <= 4
                    && (!last.TryGetValue(AnnualReportTable.InSection(section)!.Name, out long end) || Place(paragraphs[i].Page, paragraphs[i].Line) <= end);
            }

            return text;
        }

        private static long Place(int page, int line) => ((long)page << 32) + line;

        private static PublishedReport ReadHtml(IDocument document, string? displayName, Encoding used)
        {
            var reading = new PublishedReportReading(displayName);
            var origin = new SourceLocation { File = displayName };

            List<TableGrid> grids = document.QuerySelectorAll("table").Select(TableGrid.Of).ToList();
            List<TableGrid> proactive = Innermost(grids.Where(ProactiveTableReader.Recognises).ToList());
            TableGrid? applications = Innermost(grids.Where(ApplicationTableReader.Recognises).ToList()).FirstOrDefault();
            TableGrid? review = Innermost(grids.Where(ReviewTableReader.Recognises).ToList()).FirstOrDefault();
            var reportTables = new HashSet<IElement>(proactive.Select(g => g.Table));
            if (applications != null)
            {
                reportTables.Add(applications.Table);
            }

            if (review != null)
            {
                reportTables.Add(review.Table);
            }

            IElement body = document.Body ?? document.DocumentElement;
            IReadOnlyList<(string Text, IElement Element)> paragraphs = ArticleText.Paragraphs(body, reportTables);
            (string Text, IElement Element)? title = paragraphs
                .Where(p => p.Text.Length <= 80 && PublishedText.Fold(p.Text).Contains("政府信息公开工作年度报告"))
                .OrderBy(p => IsHeading(p.Element) ? 0 : 1)
                .Select(p => ((string, IElement)?)p).FirstOrDefault();
            string titleText = title?.Text ?? document.Title ?? string.Empty;
            Match named = TitleAgencyFirst.Match(PublishedText.Fold(titleText));
            if (!named.Success)
            {
                named = TitleYearFirst.Match(PublishedText.Fold(titleText));
            }

            if (!named.Success && title != null)
            {
                // A title set on two lines: the agency's name alone above "2024年政府信息公开工作年度报告".
                int at = paragraphs.ToList().FindIndex(p => ReferenceEquals(p.Element, title.Value.Element) && p.Text == title.Value.Text);
                if (at > 0 && paragraphs[at - 1].Text.Length <= 40)
                {
                    Match joined = TitleAgencyFirst.Match(PublishedText.Fold(paragraphs[at - 1].Text + titleText));
                    if (joined.Success && AgencyKindOf(joined.Groups["agency"].Value) != null)
                    {
                        named = joined;
                    }
                }
            }

            if (proactive.Count == 0 && applications is null && review is null && !named.Success)
            {
                throw new InputException(origin, new BilingualText(
                    "页面中没有政府信息公开工作年度报告：既没有报告的标题，也没有表二、表三或表四。",
                    "The page holds no annual report on government information disclosure: neither the report's title nor table 二, 三 or 四."));
            }

            int? year = named.Success ? int.Parse(named.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
            bool format2021 = ProactiveTableReader.Shows2021(proactive)
                ?? (applications != null && PublishedText.HasAny(applications.Folded, "不补正", "收费通知") ? true : (bool?)null)
                ?? (year is int y ? y >= AnnualReportFormat.Format2021.FirstReportYear : true);

            JsonObject root = reading.Root;
            if (year != null)
            {
                root[NameOf(nameof(AnnualReport.Year))] = year.Value;
            }

            root[NameOf(nameof(AnnualReport.Format))] = format2021 ? AnnualReportFormat.Format2021.Code : AnnualReportFormat.Format2019.Code;
            if (named.Success)
            {
                string agency = named.Groups["agency"].Value;
                root[NameOf(nameof(AnnualReport.AgencyName))] = agency;
                string? kind = AgencyKindOf(agency);
                if (kind != null)
                {
                    root[NameOf(nameof(AnnualReport.AgencyKind))] = kind;
                    reading.Notes.Add(new ReadingNote(ReadingNoteKind.AgencyKindInferred, reading.At(element: title is null ? null : HtmlElementPath.Of(title.Value.Element)) with { JsonPointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.AgencyKind)).Pointer }) { Value = agency });
                }
            }

            Match date = Published.Match(PublishedText.Tidy(body.TextContent));
            if (date.Success)
            {
                root[NameOf(nameof(AnnualReport.PublishedOn))] = $"{date.Groups["y"].Value}-{int.Parse(date.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture):00}-{int.Parse(date.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture):00}";
            }

            ReadSections(paragraphs, reading, root);
            if (proactive.Count > 0)
            {
                ProactiveTableReader.Read(proactive, format2021, reading);
            }

            if (applications != null)
            {
                ApplicationTableReader.Read(applications, format2021, reading);
            }

            if (review != null)
            {
                ReviewTableReader.Read(review, reading);
            }

            Order(root);
            JsonElement content = JsonDocument.Parse(root.ToJsonString()).RootElement.Clone();
            AnnualReport report = CanonicalJson.Deserialize<AnnualReport>(content);
            return new PublishedReport(content, report, reading.Locations, reading.Notes, origin, used);
        }

        /// <summary>The encoding of a page: its byte order mark, else its meta tag (gb2312 and gbk read as GB18030, which holds them), else UTF-8 when the bytes are valid UTF-8, else GB18030.</summary>
        /// <param name="page">The page's bytes.</param>
        /// <param name="declared">The charset the meta tag declares, if any.</param>
        public static Encoding Detect(byte[] page, out string? declared)
        {
            declared = null;
            int count = Math.Min(page.Length, TextEncodingDetector.SampleSize);
            string head = Encoding.ASCII.GetString(page, 0, Math.Min(page.Length, 4096));
            Match meta = MetaCharset.Match(head);
            bool hasBom = page.Length >= 2 && (page[0] == 0xEF || page[0] == 0xFE || page[0] == 0xFF);
            if (meta.Success && !hasBom)
            {
                declared = meta.Groups["name"].Value;
                try
                {
                    return TextEncodingDetector.Resolve(declared);
                }
                catch (ArgumentException)
                {
                    declared = null;
                }
            }

            return TextEncodingDetector.Detect(page, count, count == page.Length, out _);
        }

        /// <summary>The tables that hold no other table of the same kind: a layout table around a report table is not the report table.</summary>
        private static List<TableGrid> Innermost(List<TableGrid> candidates) =>
            candidates.Where(c => !candidates.Any(o => !ReferenceEquals(o, c) && ArticleText.Within(o.Table, c.Table))).ToList();

        private static bool IsHeading(IElement element)
        {
            for (IElement? e = element; e != null; e = e.ParentElement)
            {
                string name = e.LocalName;
                if (name.Length == 2 && name[0] == 'h' && char.IsDigit(name[1]) || (e.GetAttribute("class") ?? string.Empty).IndexOf("title", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The attribute a PDF's paragraph carries when it is a line of a table, not text of its section.</summary>
        private const string PdfTableLine = "data-pdf-table-line";

        private static readonly string Proactive2019 = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ProactiveDisclosure2019)).Pointer;

        private static readonly string Proactive2021 = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ProactiveDisclosure2021)).Pointer;

        private static readonly string Applications = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Applications)).Pointer;

        private static readonly string ReviewAndLitigation = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ReviewAndLitigation)).Pointer;

        private static readonly Regex PdfPlace = new Regex("data-page=\"(?<page>[0-9]+)\" data-line=\"(?<line>[0-9]+)\"", RegexOptions.CultureInvariant);

        private static void ReadSections(IReadOnlyList<(string Text, IElement Element)> all, PublishedReportReading reading, JsonObject root)
        {
            // A heading numbered unlike its section counts only where that section has not been headed yet: a later
            // "一、存在的主要问题" under 五 is a sub-heading, while "四、收到和处理…" after 二 is section 三 misnumbered.
            var headings = new List<(int Index, AnnualReportSection? Section, int Written)>();
            for (int i = 0; i < all.Count; i++)
            {
                if (SectionHeading.Read(PublishedText.Fold(all[i].Text)) is (AnnualReportSection section, int written)
                    && (written == section.Number || !headings.Any(h => h.Section!.Number >= section.Number)))
                {
                    headings.Add((i, section, written));
                }
            }

            if (headings.Count == 0)
            {
                return;
            }

            NoteNumbering(all, headings.Select(h => (h.Index, h.Written)).ToList(), reading);

            IElement article = ArticleText.CommonAncestor(all[headings[0].Index].Element, all[headings[headings.Count - 1].Index].Element);
            for (int h = 0; h < headings.Count; h++)
            {
                AnnualReportSection section = headings[h].Section!;
                if (root.ContainsKey(section.Text.Field.Name))
                {
                    continue;
                }

                int end = h + 1 < headings.Count ? headings[h + 1].Index : all.Count;
                string text = string.Join("\n\n", all.Skip(headings[h].Index + 1).Take(end - headings[h].Index - 1)
                    .Where(p => (ArticleText.Within(p.Element, article) || h + 1 < headings.Count) && !p.Element.HasAttribute(PdfTableLine)).Select(p => p.Text));
                if (text.Length > 0)
                {
                    root[section.Text.Field.Name] = text;
                }

                reading.Locations[section.Text.Pointer] = reading.At(null, all[headings[h].Index].Text, null, HtmlElementPath.Of(all[headings[h].Index].Element));
            }
        }

        /// <summary>
        /// Notes each section heading whose numeral follows neither the one before it nor its place (一、二、四: 三 skipped;
        /// 一、二、二: 二 written twice), naming the numeral the form has there and the numerals in the order the page writes them.
        /// </summary>
        private static void NoteNumbering(IReadOnlyList<(string Text, IElement Element)> all, IReadOnlyList<(int Index, int Written)> headings, PublishedReportReading reading)
        {
            const string Numerals = "一二三四五六七八九";
            string sequence = string.Join("、", headings.Select(h => Numerals.Substring(h.Written - 1, 1)));
            int previous = 0;
            for (int h = 0; h < headings.Count; h++)
            {
                (int index, int written) = headings[h];

                // Out of step with both the heading before it and its place: 一、二、四、五 flags 四 only, 一、二、二、四 the second 二 only.
                if (written != previous + 1 && written != h + 1)
                {
                    ReadingNoteKind kind = written <= previous ? ReadingNoteKind.SectionNumberRepeated : ReadingNoteKind.SectionNumberSkipped;
                    reading.Notes.Add(new ReadingNote(kind, reading.At(null, all[index].Text, null, HtmlElementPath.Of(all[index].Element)))
                    {
                        Value = sequence,
                        Expected = previous + 1 <= Numerals.Length ? Numerals.Substring(previous, 1) : null,
                    });
                }

                previous = written;
            }
        }

        /// <summary>The agency's kind as its name says it: …人民政府 is a government (省, 市, 县/区, 乡/镇), …镇 or …乡 a township, …街道办事处 a sub-district office, …局, …委员会, …办公厅, …办公室, …厅 a department; <c>null</c> when the name does not say.</summary>
        private static string? AgencyKindOf(string agency)
        {
            if (agency.EndsWith("街道办事处", StringComparison.Ordinal) || agency.EndsWith("街道", StringComparison.Ordinal))
            {
                return "subdistrictOffice";
            }

            if (agency.EndsWith("镇", StringComparison.Ordinal) || agency.EndsWith("乡", StringComparison.Ordinal))
            {
                return "townshipGovernment";
            }

            if (agency.EndsWith("人民政府", StringComparison.Ordinal))
            {
                string place = agency.Substring(0, agency.Length - 4);
                return place.EndsWith("省", StringComparison.Ordinal) || place.EndsWith("自治区", StringComparison.Ordinal) ? "provincialGovernment"
                    : place.EndsWith("镇", StringComparison.Ordinal) || place.EndsWith("乡", StringComparison.Ordinal) ? "townshipGovernment"
                    : place.EndsWith("县", StringComparison.Ordinal) || place.EndsWith("区", StringComparison.Ordinal) || place.EndsWith("旗", StringComparison.Ordinal) ? "countyGovernment"
                    : place.EndsWith("市", StringComparison.Ordinal) && place.Length <= 4 ? "cityGovernment"
                    : null;
            }

            return agency.EndsWith("局", StringComparison.Ordinal) || agency.EndsWith("委员会", StringComparison.Ordinal) || agency.EndsWith("办公厅", StringComparison.Ordinal) || agency.EndsWith("办公室", StringComparison.Ordinal) || agency.EndsWith("厅", StringComparison.Ordinal)
                ? "governmentDepartment"
                : null;
        }

        /// <summary>The JSON name of the report's property named <paramref name="property"/> (<c>nameof</c>), as the field catalogue names it.</summary>
        /// <param name="property">The report's property name, e.g. <c>nameof(AnnualReport.Year)</c>.</param>
        private static string NameOf(string property) => FieldPaths.Of<AnnualReport>(property).Field.Name;

        /// <summary>Puts the members in the model's order, so that the JSON reads as the report does.</summary>
        private static void Order(JsonObject root)
        {
            string[] order = AnnualReportFields.Report.Fields.Select(f => f.Name).ToArray();
            List<KeyValuePair<string, JsonNode?>> members = root.ToList();
            root.Clear();
            foreach (KeyValuePair<string, JsonNode?> member in members.OrderBy(m => Array.IndexOf(order, m.Key) is int i && i >= 0 ? i : order.Length))
            {
                root[member.Key] = member.Value;
            }
        }
    }
}
