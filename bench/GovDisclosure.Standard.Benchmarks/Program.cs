using BenchmarkDotNet.Running;

namespace GovDisclosure.Standard.Benchmarks
{
    /// <summary>
    /// Runs the benchmarks: <c>dotnet run -c Release --project bench/GovDisclosure.Standard.Benchmarks -- --filter '*'</c>.
    /// Speed goals are measured here, never asserted in unit tests.
    /// </summary>
    public static class Program
    {
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
