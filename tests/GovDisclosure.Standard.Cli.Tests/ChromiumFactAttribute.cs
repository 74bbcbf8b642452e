using System.IO;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// A test that needs Debian's Chromium at <see cref="Path"/> (installed by <c>.ci/run</c> with a CJK font); where it
    /// is missing the test is skipped with the reason and the command that installs it, never downloaded.
    /// </summary>
    public sealed class ChromiumFactAttribute : FactAttribute
    {
        /// <summary>Where the browser is looked for.</summary>
        public const string Path = "/usr/bin/chromium";

        public ChromiumFactAttribute()
        {
            if (!File.Exists(Path))
            {
                Skip = $"Chromium is not installed at {Path}; install it with: apt-get install -y chromium fonts-wqy-zenhei (as .ci/run does).";
            }
        }
    }
}
