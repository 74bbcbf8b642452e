using System;
using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// One report's values of tables 三 and 四, by the cell indexes of its <see cref="ReportLayout"/>: a value a cell
    /// (<c>null</c> when blank or when its row is absent) and whether each row of 三 and group of 四 is there. A thread
    /// keeps one and reads the next report into it (<see cref="Of"/>): its values are read while that report's rules run;
    /// a checking thread hands them over with the report's result (<see cref="Detach"/>, <see cref="Adopt"/>), so the
    /// thread that takes results in order (the region summaries, GD-AR-018/019) does not read the report again.
    /// </summary>
    internal sealed class ReportValues
    {
        /// <summary>The values by cell; a blank cell's is 0 and its bit in <see cref="written"/> is clear.</summary>
        private int[] values = Array.Empty<int>();

        /// <summary>
        /// Which cells are written, a bit a cell (64 a word), and then which rows and groups are there, a bit a flag after
        /// the cells': one array of words instead of a nullable integer a cell and a flag array (about half the bytes a report).
        /// </summary>
        private ulong[] written = Array.Empty<ulong>();

        /// <summary>Each identity's outcome, by its <see cref="ReportIdentity.Index"/>, once asked for (<see cref="outcomesKnown"/>).</summary>
        private SumOutcome[] outcomes = Array.Empty<SumOutcome>();

        /// <summary>Whether <see cref="outcomes"/> holds this report's outcomes.</summary>
        private bool outcomesKnown;

        private ReportValues()
        {
            Report = null!;
            Layout = null!;
        }

        /// <summary>Reads <paramref name="report"/>'s values, laid out as <paramref name="layout"/>, in place of the last report's.</summary>
        private void Read(AnnualReport report, ReportLayout layout)
        {
            Layout = layout;
            HasNegative = false;
            outcomesKnown = false;
            if (values.Length != layout.CellCount)
            {
                values = new int[layout.CellCount];
            }
            else
            {
                Array.Clear(values, 0, values.Length);
            }

            int words = (layout.CellCount + layout.PresenceCount + 63) >> 6;
            if (written.Length != words)
            {
                written = new ulong[words];
            }
            else
            {
                Array.Clear(written, 0, words);
            }

            if (report.Applications is ApplicationTable table)
            {
                var columns = ReportTable.Columns;
                for (int r = 0; r < layout.Rows.Count; r++)
                {
                    if (layout.Rows[r].Get?.Invoke(table) is ApplicantCounts counts)
                    {
                        Mark(values.Length + r);
                        for (int c = 0; c < columns.Count; c++)
                        {
                            Set(ReportLayout.CellOf(r, c), columns[c].Get(counts));
                        }
                    }
                }
            }

            if (report.ReviewAndLitigation is ReviewAndLitigationTable remedies)
            {
                for (int g = 0; g < ReportTable.RemedyGroups.Count; g++)
                {
                    if (ReportTable.RemedyGroups[g].Get(remedies) is RemedyOutcomeCounts counts)
                    {
                        Mark(values.Length + layout.RemedyGroup(g));
                        for (int i = 0; i < ReportTable.RemedyCells.Count; i++)
                        {
                            Set(layout.RemedyCell(g, i), ReportTable.RemedyCells[i].Get(counts));
                        }
                    }
                }
            }

            // The report last: an exception of a getter leaves the instance for no report, not half read for this one.
            Report = report;
        }

        /// <summary>The report.</summary>
        public AnnualReport Report { get; private set; }

        /// <summary>Its layout.</summary>
        public ReportLayout Layout { get; private set; }

        /// <summary>The value of cell <paramref name="cell"/>, <c>null</c> when blank.</summary>
        public int? this[int cell] => IsMarked(cell) ? values[cell] : null;

        /// <summary>Whether row or group <paramref name="flag"/> (a presence flag of <see cref="ReportLayout"/>) is in the report.</summary>
        public bool IsPresent(int flag) => IsMarked(values.Length + flag);

        /// <summary>Whether some written cell holds a negative number (GD-AR-003 walks the cells only then).</summary>
        public bool HasNegative { get; private set; }

        /// <summary>The value of cell <paramref name="cell"/>, 0 when blank: what a sum reads a blank as.</summary>
        public int ValueOrZero(int cell) => values[cell];

        /// <summary>Whether cells <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 are all written (a row without a blank).</summary>
        public bool AllWritten(int first, int count)
        {
            for (int bit = first, end = first + count; bit < end;)
            {
                // The bits of this word from bit on, up to the end: all of them set.
                int inWord = Math.Min(64 - (bit & 63), end - bit);
                ulong mask = (inWord == 64 ? ulong.MaxValue : (1UL << inWord) - 1) << (bit & 63);
                if ((written[bit >> 6] & mask) != mask)
                {
                    return false;
                }

                bit += inWord;
            }

            return true;
        }

        /// <summary>
        /// The outcome of <paramref name="identity"/> (one of <see cref="Layout"/>'s) on these values: every identity of the
        /// layout is evaluated once, the first time one is asked for, for the six rules that each ask for some of them.
        /// </summary>
        public SumOutcome OutcomeOf(ReportIdentity identity)
        {
            if (!outcomesKnown)
            {
                IReadOnlyList<ReportIdentity> all = Layout.All;
                if (outcomes.Length != all.Count)
                {
                    outcomes = new SumOutcome[all.Count];
                }

                for (int i = 0; i < outcomes.Length; i++)
                {
                    outcomes[i] = SumIdentity.Evaluate(all[i], this);
                }

                outcomesKnown = true;
            }

            return outcomes[identity.Index];
        }

        private void Set(int cell, int? value)
        {
            if (value is int v)
            {
                values[cell] = v;
                Mark(cell);
                HasNegative |= v < 0;
            }
        }

        private void Mark(int bit) => written[bit >> 6] |= 1UL << (bit & 63);

        private bool IsMarked(int bit) => (written[bit >> 6] & (1UL << (bit & 63))) != 0;

        /// <summary>
        /// The values of <paramref name="report"/>. The rules that read them (GD-AR-002 to 006, 008, 010, 011) run one after
        /// another on the same report, on one thread: they are read once per report, not once per rule, into this thread's
        /// one instance (good until the thread reads another report's: every reader uses them within one call).
        /// </summary>
        public static ReportValues Of(AnnualReport report)
        {
            ReportValues known = lastReport ??= new ReportValues();
            if (!ReferenceEquals(known.Report, report))
            {
                known.Report = null!;
                known.Read(report, ReportLayout.Of(report));
            }

            return known;
        }

        /// <summary>
        /// Hands this thread's values over with the checked <paramref name="document"/>, when they are its: the thread takes a
        /// spare for its next report (or makes one when it next reads), and the values are the document's until the thread that
        /// takes its result in order adopts them (<see cref="Adopt"/>), so the report's cells are read once, not again there.
        /// </summary>
        /// <param name="document">The document just checked on this thread (any kind; only an annual report's values are handed over).</param>
        /// <returns>The document's values, or <c>null</c> when this thread did not read them (no rule asked, or another kind).</returns>
        public static ReportValues? Detach(object? document)
        {
            ReportValues? known = lastReport;
            if (!(document is AnnualReport) || known is null || !ReferenceEquals(known.Report, document))
            {
                return null;
            }

            lastReport = Spare();
            return known;
        }

        /// <summary>
        /// Makes <paramref name="values"/> (handed over by <see cref="Detach"/>, or <c>null</c>) this thread's, so that
        /// <see cref="Of"/> gives them for their report without reading it again; the values this thread kept become a spare.
        /// </summary>
        /// <param name="values">Values another thread (or this one) detached, which no one else uses any more.</param>
        public static void Adopt(ReportValues? values)
        {
            if (values is null)
            {
                return;
            }

            ReportValues? kept = lastReport;
            lastReport = values;
            if (kept != null && !ReferenceEquals(kept, values))
            {
                // A spare keeps no report: nothing holds a document longer than its record.
                kept.Report = null!;
                lock (Spares)
                {
                    if (Spares.Count < MostSpares)
                    {
                        Spares.Push(kept);
                    }
                }
            }
        }

        /// <summary>A spare instance, or <c>null</c> when there is none (one is then made when the thread next reads).</summary>
        private static ReportValues? Spare()
        {
            lock (Spares)
            {
                return Spares.Count > 0 ? Spares.Pop() : null;
            }
        }

        /// <summary>
        /// The most spares kept: more than the reports in flight between the checking threads and the thread that takes their
        /// results (a few batches of <see cref="OrderedBatches.LargeRecordBatchSize"/> a thread), so that the checking threads
        /// make none once the run is steady.
        /// </summary>
        private const int MostSpares = 256;

        /// <summary>Instances given back by <see cref="Adopt"/>, for <see cref="Detach"/> to give the checking threads.</summary>
        private static readonly Stack<ReportValues> Spares = new Stack<ReportValues>();

        /// <summary>The values of the report this thread read last.</summary>
        [System.ThreadStatic]
        private static ReportValues? lastReport;
    }
}
