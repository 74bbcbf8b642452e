using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.AnnualReports;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// A published annual report (政府信息公开工作年度报告) as read from its page: the report in the
    /// <see cref="AnnualReport"/> model, its canonical JSON, where each value was read (table, row label,
    /// column label, HTML element path), and what the reading noticed (extra or missing rows and columns,
    /// cells that are not numbers).
    /// </summary>
    public sealed class PublishedReport
    {
        internal PublishedReport(JsonElement content, AnnualReport report, IReadOnlyDictionary<string, SourceLocation> locations, IReadOnlyList<ReadingNote> notes, SourceLocation origin, Encoding encoding)
        {
            Content = content;
            Report = report;
            Locations = locations;
            Notes = notes;
            Origin = origin;
            Encoding = encoding;
        }

        /// <summary>The report in the model.</summary>
        public AnnualReport Report { get; }

        /// <summary>The report as canonical JSON.</summary>
        public JsonElement Content { get; }

        /// <summary>Where each value was read, by JSON pointer (e.g. <c>/applications/outcomes/disclosed/naturalPerson</c>).</summary>
        public IReadOnlyDictionary<string, SourceLocation> Locations { get; }

        /// <summary>What the reading noticed (the validator reports each as a GD-PUB-… finding).</summary>
        public IReadOnlyList<ReadingNote> Notes { get; }

        /// <summary>The page.</summary>
        public SourceLocation Origin { get; }

        /// <summary>The encoding the page was decoded with.</summary>
        public Encoding Encoding { get; }

        /// <summary>The report as a record for the validator, with its locations and reading notes.</summary>
        /// <param name="number">The record's number in its input.</param>
        public SourceRecord ToRecord(long number = 1) =>
            new SourceRecord(number, Content, Origin, Locations) { ReadingNotes = Notes };
    }
}
