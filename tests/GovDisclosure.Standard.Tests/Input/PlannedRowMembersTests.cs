using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input.Tabular;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;
using Xunit;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// A row of a header with a plan is kept as its members (<see cref="PlannedRowMembers"/>) and bound from its cells with no
    /// JSON of the record: the document, the findings (rule, pointer, location, message, arguments, value) and the record's
    /// bytes and content, when asked, are those of the row written as JSON and bound from the bytes, as before.
    /// </summary>
    public class PlannedRowMembersTests
    {
        private static readonly DisclosureValidator Validator = new DisclosureValidator(RuleSet.Standard);

        private static readonly DocumentKind[] Kinds = { DocumentKind.CatalogueEntry, DocumentKind.ServiceGuide, DocumentKind.DisclosureGuide };

        /// <summary>
        /// Cells of every kind: blanks, texts with spaces round them, quotes, line breaks, characters beyond the BMP and of
        /// GB18030, codes known and unknown, bad dates and limits, lists, fee cells, JSON cells, numbers and marks.
        /// </summary>
        private static readonly Gen<string> Cell = Gen.Elements(
            string.Empty, " ", "\u3000", "\u00a0", "综合业务", " 监督检查 ", "县民政局", "有关部门", "信息形成或变更之日起20个工作日内", "20个工作日", "尽快",
            "政府网站、政务新媒体", "飞鸽传书", "■政府网站□公告栏", "主动公开", "依申请公开", "半公开", "●信访地址、○投诉电话", "《社会救助暂行办法》",
            "全社会", "特定群体", "县级", "县级、乡级", "√", "×", "2024-02-30", "2024年3月1日", "2024-03-01", "json:{\"a\":1}", "json:[1,", "1", "-3", "1、11", "第十五项",
            "是", "否", "含\"引号\"的文字", "“甲、乙”、丙", "第一行\r\n第二行", "𠀀字", "〇㐀䶵", "不收费", "无", "、", "身份证｜原件｜1份", "工本费｜10元",
            "x\\y", "\t制表\t", "010-12345678", "99999999999", "3.5");

        /// <summary>Headers of each kind: some of its columns in any order, each perhaps twice, with columns no layout knows, each perhaps twice.</summary>
        private static readonly Gen<(DocumentKind Kind, string[] Headers)> Headers =
            from kind in Gen.Elements(Kinds)
            let columns = TabularLayout.For(kind)!.Columns.Select(c => c.Header).ToArray()
            from picked in Gen.Elements(columns.Concat(new[] { "备注2", "extra", "备注2" }).ToArray()).NonEmptyListOf()
            from all in Gen.Frequency((3, Gen.Constant(true)), (2, Gen.Constant(false)))
            select (kind, (all ? columns.Concat(picked.Where(p => !columns.Contains(p))) : picked).ToArray());

        [Property(MaxTest = 150)]
        public Property A_row_bound_from_its_cells_gives_what_its_json_gives()
        {
            Gen<(DocumentKind Kind, string[] Headers, string[][] Rows)> tables =
                from header in Headers
                from rows in Gen.Choose(0, header.Headers.Length + 2).SelectMany(width => Cell.ArrayOf(width)).NonEmptyListOf()
                select (header.Kind, header.Headers, rows.ToArray());
            return Prop.ForAll(tables.ToArbitrary(), table =>
            {
                string? differs = Differs(table.Kind, table.Headers, table.Rows, out int bound);
                return (differs is null).Label(differs ?? string.Empty).Classify(bound > 0, "bound from cells");
            });
        }

        /// <summary>
        /// Rows that repeat most cells of the row before, as a catalogue does (the binder gives a member the string it made for
        /// the same text of the record before): each row is still bound as its own JSON is, whatever it repeats or changes,
        /// texts that share a beginning or an end, and texts longer than those kept included.
        /// </summary>
        [Property(MaxTest = 150)]
        public Property A_row_that_repeats_the_texts_of_the_row_before_gives_what_its_json_gives()
        {
            Gen<string> repeated = Gen.Frequency(
                (6, Cell),
                (1, Gen.Elements("县民政局办公室", "县民政", "民政局", "县民政局 ", "县民政局　")),
                (1, Gen.Elements(96, 97, 200).Select(n => new string('事', n))),
                (1, Gen.Elements(96, 97, 200).Select(n => new string('事', n - 1) + "项")));
            Gen<(DocumentKind Kind, string[] Headers, string[][] Rows)> tables =
                from header in Headers
                from first in repeated.ArrayOf(header.Headers.Length)
                from changes in Gen.Choose(0, header.Headers.Length - 1).SelectMany(column => repeated.Select(text => (column, text))).ListOf().NonEmptyListOf()
                select (header.Kind, header.Headers, Following(first, changes));
            return Prop.ForAll(tables.ToArbitrary(), table =>
            {
                string? differs = Differs(table.Kind, table.Headers, table.Rows, out int bound);
                return (differs is null).Label(differs ?? string.Empty).Classify(bound > 1, "several rows bound from cells");
            });
        }

        /// <summary>
        /// Rows whose cells each come from a few rows drawn once, so that a column gives the same cell, and its reader the
        /// same kept bytes, again and again, good cells and bad (the binder gives a member what the same kept bytes were bound
        /// to before when that binding asked for no pointer): each row is still bound as its own JSON is, its findings, at
        /// its own location, included.
        /// </summary>
        [Property(MaxTest = 150)]
        public Property A_row_of_cells_bound_before_gives_what_its_json_gives()
        {
            Gen<(DocumentKind Kind, string[] Headers, string[][] Rows)> tables =
                from header in Headers
                from drawn in Cell.ArrayOf(header.Headers.Length).ArrayOf(3)
                from picks in Gen.Choose(0, 2).ArrayOf(header.Headers.Length).NonEmptyListOf()
                select (header.Kind, header.Headers, picks.Select(pick => pick.Select((d, column) => drawn[d][column]).ToArray()).ToArray());
            return Prop.ForAll(tables.ToArbitrary(), table =>
            {
                string? differs = Differs(table.Kind, table.Headers, table.Rows, out int bound);
                return (differs is null).Label(differs ?? string.Empty).Classify(bound > 3, "more than three rows bound from cells");
            });
        }

        /// <summary>
        /// A text member is given as its text (<see cref="PlannedRowMembers.TryText"/>) exactly when its trimmed cell holds no
        /// surrogate, high or low, paired or alone, anywhere: one with a surrogate is left to the JSON writer and reader.
        /// </summary>
        [Property(MaxTest = 300)]
        public Property A_text_member_is_given_as_text_exactly_when_its_cell_holds_no_surrogate()
        {
            string[] headers = TabularLayout.For(DocumentKind.CatalogueEntry)!.Columns.Select(c => c.Header).ToArray();
            Gen<string> piece = Gen.Elements("县民政局", " ", "a", "\ud840\udc00", "\ud800", "\udbff", "\udc00", "\udfff", "\ud7ff", "\ue000", "\u3000", "𠀀");
            Gen<(int Column, string Cell)> cases =
                from column in Gen.Choose(0, headers.Length - 1)
                from pieces in piece.NonEmptyListOf()
                select (column, string.Concat(pieces));
            TabularHeader header = TabularHeader.Resolve(TabularLayout.For(DocumentKind.CatalogueEntry)!, headers.Select((h, i) => new KeyValuePair<int, string>(i, h)).ToArray());
            return Prop.ForAll(cases.ToArbitrary(), c =>
            {
                // 事项编码 and 一级事项 filled too, so that the row is a record of its members.
                string[] row = headers.Select((_, i) => i == c.Column ? c.Cell : i == 1 ? "事项甲" : i == 3 ? "综合业务" : string.Empty).ToArray();
                var origin = new SourceLocation { File = "t.csv", Line = 2, Column = 1, RecordNumber = 1 };
                SourceRecord? record = new TabularRowWriter(header).Write(1, new TextCells(i => i < row.Length ? row[i] : null), origin);
                if (record?.Members is not PlannedRowMembers members)
                {
                    return true.Classify(true, "not kept as members");
                }

                for (int m = 0; m < members.Count; m++)
                {
                    TabularHeader.HeaderCell? cell = header.Cells.FirstOrDefault(h => h.Path.Length == 1 && h.Path[0] == members.Name(m));
                    if (cell?.Column?.CellType != CellType.Text)
                    {
                        continue;
                    }

                    string trimmed = row[cell.Index].Trim();
                    bool plain = !trimmed.Any(char.IsSurrogate);
                    if (members.TryText(m, out ReadOnlySpan<char> text) != plain || (plain && !text.SequenceEqual(trimmed.AsSpan())))
                    {
                        return false.Label($"{members.Name(m)}: {trimmed}");
                    }
                }

                return true.Classify(c.Cell.Any(char.IsSurrogate), "with a surrogate");
            });
        }

        /// <summary>
        /// A member given as the bytes its reader keeps for its cell (<see cref="PlannedRowMembers.TryValue"/>) is given the
        /// bytes of its own value, those <see cref="PlannedRowMembers.WriteValue"/> writes for it, in any header of any kind and
        /// whatever the row before held; and a member of one cell of a kept column that is no text column is given them
        /// (when its column still keeps values at all).
        /// </summary>
        [Property(MaxTest = 150)]
        public Property A_member_given_as_kept_bytes_is_given_the_bytes_of_its_own_value()
        {
            Gen<(DocumentKind Kind, string[] Headers, string[][] Rows)> tables =
                from header in Headers
                from rows in Cell.ArrayOf(header.Headers.Length).NonEmptyListOf()
                select (header.Kind, header.Headers, rows.ToArray());
            return Prop.ForAll(tables.ToArbitrary(), table =>
            {
                TabularHeader header = TabularHeader.Resolve(TabularLayout.For(table.Kind)!, table.Headers.Select((h, i) => new KeyValuePair<int, string>(i, h)).ToArray());
                var rowWriter = new TabularRowWriter(header);
                var bytes = new MemoryStream();
                int given = 0;
                for (int r = 0; r < table.Rows.Length; r++)
                {
                    string[] row = table.Rows[r];
                    var origin = new SourceLocation { File = "t.csv", Line = r + 2, Column = 1, RecordNumber = r + 1 };
                    if (rowWriter.Write(r + 1, new TextCells(i => i < row.Length ? row[i] : null), origin)?.Members is not PlannedRowMembers members)
                    {
                        continue;
                    }

                    for (int m = 0; m < members.Count; m++)
                    {
                        bytes.SetLength(0);
                        using (var writer = new Utf8JsonWriter(bytes, TabularRowWriter.Options))
                        {
                            members.WriteValue(m, writer);
                        }

                        // The member's one cell, filled in this row (isCharged, written after an empty fee list, has none).
                        TabularHeader.HeaderCell[] cells = header.Cells.Where(h => h.Path[0] == members.Name(m)).ToArray();
                        TabularHeader.HeaderCell? cell = cells.Length == 1 && cells[0].Path.Length == 1 && !string.IsNullOrWhiteSpace(row[cells[0].Index]) ? cells[0] : null;
                        bool kept = members.TryValue(m, out byte[]? utf8);
                        if (kept && !utf8!.AsSpan().SequenceEqual(bytes.ToArray()))
                        {
                            return false.Label($"row {r}, {members.Name(m)}: {System.Text.Encoding.UTF8.GetString(utf8!)} for {System.Text.Encoding.UTF8.GetString(bytes.ToArray())}");
                        }

                        if (kept && (cell is null || !CellValueCache.Suits(cell.Column)))
                        {
                            return false.Label($"row {r}, {members.Name(m)}: kept bytes for a member of no kept column");
                        }

                        if (!kept && cell != null && CellValueCache.Suits(cell.Column))
                        {
                            return false.Label($"row {r}, {members.Name(m)}: no kept bytes for {row[cell.Index]}");
                        }

                        given += kept ? 1 : 0;
                    }
                }

                return true.Classify(given > 0, "kept bytes given");
            });
        }

        [Fact]
        public void A_catalogue_row_is_kept_as_its_members_and_its_bytes_are_written_only_when_asked()
        {
            string[] headers = TabularLayout.For(DocumentKind.CatalogueEntry)!.Columns.Select(c => c.Header).ToArray();
            string[] row = headers.Select((_, i) => i == 1 ? "事项甲" : i == 3 ? "综合业务" : string.Empty).ToArray();
            Assert.Null(Differs(DocumentKind.CatalogueEntry, headers, new[] { row }, out int bound));
            Assert.Equal(1, bound);
        }

        /// <summary>What differs between the two paths for the rows of a table, or <c>null</c>; <paramref name="bound"/> counts the rows bound from their cells.</summary>
        private static string? Differs(DocumentKind kind, string[] headers, string[][] rows, out int bound)
        {
            bound = 0;
            TabularHeader header = TabularHeader.Resolve(TabularLayout.For(kind)!, headers.Select((h, i) => new KeyValuePair<int, string>(i, h)).ToArray());
            var rowWriter = new TabularRowWriter(header);
            TabularRecordPlan? plan = TabularRecordPlan.Of(header);
            var bytes = new MemoryStream();
            var writer = new Utf8JsonWriter(bytes, TabularRowWriter.Options);
            for (int r = 0; r < rows.Length; r++)
            {
                string[] cellTexts = rows[r];
                var cells = new TextCells(i => i < cellTexts.Length ? cellTexts[i] : null);
                long number = r + 1;
                var origin = new SourceLocation { File = "t.csv", Line = number + 1, Column = 1, RecordNumber = number };
                SourceRecord? now = rowWriter.Write(number, cells, origin);
                bool isRecord = TabularRecordMapper.TryWrite(header, plan, cells, bytes, writer);
                if (now is null || !isRecord)
                {
                    if ((now is null) != !isRecord)
                    {
                        return $"row {r}: record {now != null} against {isRecord}";
                    }

                    continue;
                }

                bound += now.Members != null ? 1 : 0;
                byte[] json = bytes.ToArray();
                var before = new SourceRecord(number, json, origin, new TabularFieldLocations(header, cells, origin));

                // Bound first, with no bytes written; the bytes asked after.
                RecordValidation a = Validator.ValidateRecord(kind, now);
                RecordValidation b = Validator.ValidateRecord(kind, before);
                string[] findingsNow = a.Findings.Select(TabularRowLawsTests.Line).ToArray();
                string[] findingsBefore = b.Findings.Select(TabularRowLawsTests.Line).ToArray();
                if (!findingsNow.SequenceEqual(findingsBefore))
                {
                    return $"row {r} ({string.Join("|", cellTexts)}): findings\n{string.Join("\n", findingsNow)}\n-- before --\n{string.Join("\n", findingsBefore)}";
                }

                if (a.Status != b.Status || Canonical(a.Document) != Canonical(b.Document))
                {
                    return $"row {r}: document {a.Status} {Canonical(a.Document)}\n-- before --\n{b.Status} {Canonical(b.Document)}";
                }

                if (!now.Utf8.Span.SequenceEqual(json) || now.Content!.Value.GetRawText() != before.Content!.Value.GetRawText())
                {
                    return $"row {r}: bytes {System.Text.Encoding.UTF8.GetString(now.Utf8.Span)}\n-- before --\n{System.Text.Encoding.UTF8.GetString(json)}";
                }
            }

            return null;
        }

        /// <summary>A first row, then each next row the one before it with some of its cells changed.</summary>
        private static string[][] Following(string[] first, IEnumerable<IEnumerable<(int Column, string Text)>> changes)
        {
            var rows = new List<string[]> { first };
            foreach (IEnumerable<(int Column, string Text)> change in changes)
            {
                string[] next = (string[])rows[rows.Count - 1].Clone();
                foreach ((int column, string text) in change)
                {
                    next[column] = text;
                }

                rows.Add(next);
            }

            return rows.ToArray();
        }

        private static string Canonical(object? document) =>
            document is null ? "null" : JsonSerializer.Serialize(document, document.GetType(), CanonicalJson.Options);
    }
}
