using System;
using System.Diagnostics;
using System.Globalization;

namespace GovDisclosure.Standard.Cli.Output
{
    /// <summary>
    /// A one-line progress display on standard error (进度), redrawn at most four times a second.
    /// It is only shown when standard error is a terminal and the CI variable is not set, so that
    /// redirected output and build logs stay clean.
    /// </summary>
    internal sealed class ProgressDisplay : IDisposable
    {
        private readonly bool enabled;
        private readonly bool chinese;
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private long lastDraw = -1000;
        private int width;

        public ProgressDisplay(bool chinese)
        {
            this.chinese = chinese;
            enabled = ShouldShow();
        }

        public static bool ShouldShow() =>
            !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

        public void Update(string file, long records, long findings)
        {
            if (!enabled || clock.ElapsedMilliseconds - lastDraw < 250)
            {
                return;
            }

            lastDraw = clock.ElapsedMilliseconds;
            double seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            string rate = (records / seconds).ToString("N0", CultureInfo.InvariantCulture);
            string text = chinese
                ? $"{file}：已检查 {records:N0} 条记录，发现 {findings:N0} 个问题（{rate} 条/秒）"
                : $"{file}: {records:N0} records checked, {findings:N0} findings ({rate} records/s)";
            Draw(text);
        }

        public void Dispose()
        {
            if (enabled && width > 0)
            {
                Draw(string.Empty);
                Console.Error.Write('\r');
            }
        }

        private void Draw(string text)
        {
            string line = text.Length > 100 ? text.Substring(0, 100) : text;
            Console.Error.Write("\r" + line.PadRight(width));
            width = Math.Max(width, line.Length);
        }
    }
}
