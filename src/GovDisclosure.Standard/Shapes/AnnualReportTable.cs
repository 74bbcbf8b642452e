using System.Collections.Generic;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// A table of the annual report forms (国办公开办函〔2019〕60号, 国办公开办函〔2021〕30号): 表二, 表三 or 表四, named by
    /// the section it stands in; what a message calls it, and how a message names one of its cells (四·行政复议·总计).
    /// </summary>
    internal sealed class AnnualReportTable
    {
        private static readonly string[] RomanNumerals = { "I", "II", "III", "IV", "V", "VI" };

        private AnnualReportTable(int section, string subject, string englishSubject)
        {
            Section = section;
            Numeral = AnnualReportSection.Numerals.Substring(section - 1, 1);
            Roman = RomanNumerals[section - 1];
            Title = new BilingualText(Name + "（" + subject + "）", "Table " + Roman + " (" + englishSubject + ")");
        }

        /// <summary>表二 (主动公开政府信息情况), in section 二.</summary>
        public static readonly AnnualReportTable Proactive = new AnnualReportTable(2, "主动公开政府信息情况", "proactive disclosure");

        /// <summary>表三 (收到和处理政府信息公开申请情况), in section 三.</summary>
        public static readonly AnnualReportTable Applications = new AnnualReportTable(3, "收到和处理政府信息公开申请情况", "applications");

        /// <summary>表四 (行政复议、行政诉讼情况), in section 四.</summary>
        public static readonly AnnualReportTable ReviewAndLitigation = new AnnualReportTable(4, "行政复议、行政诉讼情况", "reconsideration and litigation");

        /// <summary>The three tables, in the order of the form.</summary>
        public static IReadOnlyList<AnnualReportTable> All { get; } = new[] { Proactive, Applications, ReviewAndLitigation };

        /// <summary>The number of the section the table stands in (2, 3 or 4).</summary>
        public int Section { get; }

        /// <summary>The section's numeral (二, 三, 四).</summary>
        public string Numeral { get; }

        /// <summary>The section's number in Roman numerals (II, III, IV), as English messages write it.</summary>
        public string Roman { get; }

        /// <summary>The table's name as the forms and reports call it: 表二, 表三, 表四.</summary>
        public string Name => "表" + Numeral;

        /// <summary>The table as a message names it: 表三（收到和处理政府信息公开申请情况）, Table III (applications).</summary>
        public BilingualText Title { get; }

        /// <summary>The start of a cell's name in a message, before the cell's labels: 四·, IV. .</summary>
        public BilingualText CellPrefix => new BilingualText(Numeral + "·", Roman + ". ");

        /// <summary>The table that stands in section <paramref name="section"/>, or <c>null</c> (sections 一, 五 and 六 have none).</summary>
        /// <param name="section">The section's number, 1 to 6.</param>
        public static AnnualReportTable? InSection(int section) => section >= 2 && section <= 4 ? All[section - 2] : null;
    }
}
