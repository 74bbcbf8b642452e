using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Cli.Output
{
    /// <summary>One input file of a validation run, as reports show it: what was read, how, and what became of it.</summary>
    internal sealed class ReportFile
    {
        public ReportFile(string path)
        {
            Path = path;
        }

        public string Path { get; }

        public InputFormat? Format { get; set; }

        public DocumentKind? Kind { get; set; }

        public bool KindDetected { get; set; }

        public string? Encoding { get; set; }

        public string? Sheet { get; set; }

        public ValidationSummary Summary { get; } = new ValidationSummary();

        /// <summary>Why the file could not be read (at all, or to its end); <c>null</c> when it was read to its end.</summary>
        public BilingualText? Failure { get; set; }

        /// <summary>Where reading failed or stopped.</summary>
        public SourceLocation? FailureLocation { get; set; }

        /// <summary><c>true</c> when the file could not be opened at all (no record was read).</summary>
        public bool NotOpened { get; set; }
    }
}
