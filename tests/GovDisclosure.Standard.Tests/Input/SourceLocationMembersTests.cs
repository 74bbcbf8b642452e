using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// <see cref="SourceLocation"/> keeps its numbers as bits and values and a published table's members in an object its
    /// copies share: every member must read back as set, a copy changed by <c>with</c> must leave the original as it was,
    /// and equality and hash must be a record's over the thirteen members' values. The model is the tuple of those values.
    /// </summary>
    public class SourceLocationMembersTests
    {
        private static readonly string?[] Texts = { null, string.Empty, "a", "表三", "/applications/total", "B7", "body/td[2]" };

        private static readonly long?[] Numbers = { null, 0, 1, 7, -1, long.MaxValue, long.MinValue };

        private static readonly int?[] Pages = { null, 0, 1, 12, int.MinValue };

        [Property(MaxTest = 500)]
        public Property Every_member_reads_back_as_set_and_equality_is_over_the_members_values()
        {
            Gen<Members> members = Gen.Choose(0, int.MaxValue).ArrayOf().Where(a => a.Length >= 13).Select(Members.Of);
            return Prop.ForAll(members.ToArbitrary(), members.ToArbitrary(), (a, b) =>
            {
                SourceLocation x = a.Make();
                SourceLocation y = b.Make();
                bool readBack = Members.Read(x) == a && Members.Read(y) == b;
                bool equality = x.Equals(y) == (a == b) && (x == y) == (a == b) && (a != b || x.GetHashCode() == y.GetHashCode());
                bool sameAsCopy = x.Equals(a.Make()) && x.GetHashCode() == a.Make().GetHashCode();
                return (readBack && equality && sameAsCopy).Label($"{a}\n{b}");
            });
        }

        [Property(MaxTest = 500)]
        public Property A_copy_changed_in_one_member_leaves_the_original_and_its_other_members_as_they_were()
        {
            Gen<Members> members = Gen.Choose(0, int.MaxValue).ArrayOf().Where(a => a.Length >= 13).Select(Members.Of);
            return Prop.ForAll(members.ToArbitrary(), members.ToArbitrary(), Gen.Choose(0, 12).ToArbitrary(), (a, b, member) =>
            {
                SourceLocation original = a.Make();
                SourceLocation copy = member switch
                {
                    0 => original with { File = b.File },
                    1 => original with { RecordNumber = b.RecordNumber },
                    2 => original with { JsonPointer = b.JsonPointer },
                    3 => original with { Line = b.Line },
                    4 => original with { Column = b.Column },
                    5 => original with { Sheet = b.Sheet },
                    6 => original with { Row = b.Row },
                    7 => original with { Cell = b.Cell },
                    8 => original with { Table = b.Table },
                    9 => original with { RowLabel = b.RowLabel },
                    10 => original with { ColumnLabel = b.ColumnLabel },
                    11 => original with { ElementPath = b.ElementPath },
                    _ => original with { Page = b.Page },
                };
                Members expected = a.With(member, b);
                return (Members.Read(original) == a && Members.Read(copy) == expected && copy.Equals(expected.Make())).Label($"{a}\n{b}\n{member}");
            });
        }

        [Fact]
        public void Published_members_set_in_one_initializer_are_all_kept()
        {
            var location = new SourceLocation { Table = "表三", RowLabel = "一、本年新收", ColumnLabel = "自然人", ElementPath = "body/td[2]", Page = 3, Line = 4 };

            Assert.Equal(("表三", "一、本年新收", "自然人", "body/td[2]", (int?)3, (long?)4), (location.Table, location.RowLabel, location.ColumnLabel, location.ElementPath, location.Page, location.Line));
            Assert.Equal("表三 「一、本年新收」 × 「自然人」 <body/td[2]> p. 3, line 4", location.ToString());
        }

        private sealed record Members(string? File, long? RecordNumber, string JsonPointer, long? Line, long? Column, string? Sheet, long? Row, string? Cell, string? Table, string? RowLabel, string? ColumnLabel, string? ElementPath, int? Page)
        {
            public static Members Of(int[] picks) => new Members(
                Texts[picks[0] % Texts.Length], Numbers[picks[1] % Numbers.Length], Texts[picks[2] % Texts.Length] ?? string.Empty,
                Numbers[picks[3] % Numbers.Length], Numbers[picks[4] % Numbers.Length], Texts[picks[5] % Texts.Length],
                Numbers[picks[6] % Numbers.Length], Texts[picks[7] % Texts.Length], Texts[picks[8] % Texts.Length],
                Texts[picks[9] % Texts.Length], Texts[picks[10] % Texts.Length], Texts[picks[11] % Texts.Length], Pages[picks[12] % Pages.Length]);

            public static Members Read(SourceLocation l) =>
                new Members(l.File, l.RecordNumber, l.JsonPointer, l.Line, l.Column, l.Sheet, l.Row, l.Cell, l.Table, l.RowLabel, l.ColumnLabel, l.ElementPath, l.Page);

            public SourceLocation Make() => new SourceLocation
            {
                File = File, RecordNumber = RecordNumber, JsonPointer = JsonPointer, Line = Line, Column = Column, Sheet = Sheet, Row = Row,
                Cell = Cell, Table = Table, RowLabel = RowLabel, ColumnLabel = ColumnLabel, ElementPath = ElementPath, Page = Page,
            };

            public Members With(int member, Members b) => member switch
            {
                0 => this with { File = b.File },
                1 => this with { RecordNumber = b.RecordNumber },
                2 => this with { JsonPointer = b.JsonPointer },
                3 => this with { Line = b.Line },
                4 => this with { Column = b.Column },
                5 => this with { Sheet = b.Sheet },
                6 => this with { Row = b.Row },
                7 => this with { Cell = b.Cell },
                8 => this with { Table = b.Table },
                9 => this with { RowLabel = b.RowLabel },
                10 => this with { ColumnLabel = b.ColumnLabel },
                11 => this with { ElementPath = b.ElementPath },
                _ => this with { Page = b.Page },
            };
        }
    }
}
