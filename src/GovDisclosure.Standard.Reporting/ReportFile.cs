using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>One input file of a validation run, as reports show it: what was read, how, and what became of it.</summary>
    public sealed class ReportFile
    {
        internal ReportFile(string path)
        {
            Path = path;
        }

        /// <summary>The file path, or the name a stream was given.</summary>
        public string Path { get; }

        /// <summary>The format read, once the input is open.</summary>
        public InputFormat? Format { get; internal set; }

        /// <summary>The document kind of the records, once the input is open.</summary>
        public DocumentKind? Kind { get; internal set; }

        /// <summary><c>true</c> when the kind was told from the content.</summary>
        public bool KindDetected { get; internal set; }

        /// <summary>The text encoding's web name (not for workbooks).</summary>
        public string? Encoding { get; internal set; }

        /// <summary>The sheet read, for workbooks.</summary>
        public string? Sheet { get; internal set; }

        /// <summary>The file's own counts.</summary>
        public ValidationSummary Summary { get; } = new ValidationSummary();

        /// <summary>Why the file could not be read (at all, or to its end); <c>null</c> when it was read to its end.</summary>
        public BilingualText? Failure { get; internal set; }

        /// <summary>Where reading failed or stopped.</summary>
        public SourceLocation? FailureLocation { get; internal set; }

        /// <summary><c>true</c> when the file could not be opened at all (no record was read).</summary>
        public bool NotOpened { get; internal set; }
    }
}
