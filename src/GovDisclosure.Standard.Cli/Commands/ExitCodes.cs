namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>The tool's exit codes.</summary>
    internal static class ExitCodes
    {
        /// <summary>Clean: nothing at or above <c>--fail-on</c>.</summary>
        public const int Clean = 0;

        /// <summary>Findings at or above <c>--fail-on</c>.</summary>
        public const int Findings = 1;

        /// <summary>An input could not be read, or the command was wrong.</summary>
        public const int Unusable = 2;
    }
}
