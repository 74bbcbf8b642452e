using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>Runs the built tool as a separate process (<c>dotnet govdisclosure.dll ...</c>, or a native tool, <see cref="NativeToolVariable"/>) from the repository root.</summary>
    internal static class Tool
    {
        private static readonly Lazy<string> RootPath = new Lazy<string>(FindRoot);

        public static string Root => RootPath.Value;

        public static string Sample(string name) => Path.Combine("samples", "data", name);

        public static string Dll
        {
            get
            {
                string beside = Path.Combine(AppContext.BaseDirectory, "govdisclosure.dll");
                if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "govdisclosure.runtimeconfig.json")))
                {
                    return beside;
                }

                string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name;
                return Path.Combine(Root, "src", "GovDisclosure.Standard.Cli", "bin", configuration, "net10.0", "govdisclosure.dll");
            }
        }

        /// <summary>
        /// The environment variable that names a native tool's executable (<c>dotnet publish … -p:NativeTool=true</c>): when
        /// set, every test that runs the tool as a process runs that one instead of the built <c>govdisclosure.dll</c>, so
        /// that the whole suite can be run against a native build.
        /// </summary>
        public const string NativeToolVariable = "GOVDISCLOSURE_TESTS_NATIVE_TOOL";

        public static Result Run(params string[] arguments) => RunIn(Root, arguments);

        public static Result RunIn(string workingDirectory, params string[] arguments) =>
            RunIn(workingDirectory, arguments, stdin: null, heapLimit: null, timeoutMilliseconds: 180_000);

        /// <summary>Runs the tool from the repository root with <c>LANG</c> set to <paramref name="lang"/> (and no <c>LC_ALL</c> or <c>LC_MESSAGES</c>).</summary>
        public static Result RunWithLang(string lang, params string[] arguments) =>
            RunIn(Root, arguments, stdin: null, heapLimit: null, timeoutMilliseconds: 180_000, lang);

        /// <summary>Runs the tool in <paramref name="workingDirectory"/> with its standard input closed after <paramref name="stdin"/> (if any) and capping its GC heap; a run past the timeout is killed and reported as a hang.</summary>
        /// <remarks>The tool's language follows the locale (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>): every run gets <c>LANG=<paramref name="lang"/></c> and neither of the others, so that no test depends on the machine's locale.</remarks>
        public static Result RunIn(string workingDirectory, string[] arguments, byte[]? stdin, string? heapLimit, int timeoutMilliseconds, string lang = "C.UTF-8") =>
            RunIn(workingDirectory, arguments, stdin, heapLimit, timeoutMilliseconds, lang, new Dictionary<string, string>());

        /// <summary>Runs the tool from the repository root with the environment variables <paramref name="environment"/> set besides <c>LANG</c>.</summary>
        public static Result RunWithEnvironment(IReadOnlyDictionary<string, string> environment, string lang, params string[] arguments) =>
            RunIn(Root, arguments, stdin: null, heapLimit: null, timeoutMilliseconds: 180_000, lang, environment);

        /// <summary>Runs the built <c>govdisclosure.dll</c> in <paramref name="workingDirectory"/>, whatever <see cref="NativeToolVariable"/> says.</summary>
        public static Result RunBuiltIn(string workingDirectory, params string[] arguments) =>
            RunIn(workingDirectory, arguments, stdin: null, heapLimit: null, timeoutMilliseconds: 180_000, "C.UTF-8", new Dictionary<string, string>(), Dll);

        /// <summary>
        /// Runs <paramref name="executable"/> (the native tool, or an installed tool's command) in
        /// <paramref name="workingDirectory"/>, as the built tool runs: the same locale, no input. An installed tool that is
        /// not native finds the .NET runtime that runs the tests through <c>DOTNET_ROOT</c>.
        /// </summary>
        public static Result RunExecutableIn(string executable, string workingDirectory, params string[] arguments) =>
            RunIn(workingDirectory, arguments, stdin: null, heapLimit: null, timeoutMilliseconds: 180_000, "C.UTF-8", new Dictionary<string, string> { ["DOTNET_ROOT"] = DotnetRoot }, executable);

        /// <summary>The folder of the .NET installation whose runtime runs the tests (<c>…/shared/Microsoft.NETCore.App/VERSION/</c> three folders up).</summary>
        private static string DotnetRoot =>
            new DirectoryInfo(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory()).Parent!.Parent!.Parent!.FullName;

        /// <summary>Runs <paramref name="tool"/> (a <c>.dll</c> through the <c>dotnet</c> host, else an executable), by default the native tool <see cref="NativeToolVariable"/> names or else the built <c>govdisclosure.dll</c>.</summary>
        private static Result RunIn(string workingDirectory, string[] arguments, byte[]? stdin, string? heapLimit, int timeoutMilliseconds, string lang, IReadOnlyDictionary<string, string> environment, string? tool = null)
        {
            string? native = Environment.GetEnvironmentVariable(NativeToolVariable);
            tool ??= string.IsNullOrEmpty(native) ? Dll : native;
            bool throughHost = tool.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
            var start = new ProcessStartInfo(throughHost ? "dotnet" : tool)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            if (throughHost)
            {
                start.ArgumentList.Add(tool);
            }

            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["LANG"] = lang;
            start.Environment.Remove("LC_ALL");
            start.Environment.Remove("LC_MESSAGES");
            if (heapLimit != null)
            {
                start.Environment["DOTNET_GCHeapHardLimit"] = heapLimit;
            }

            foreach (KeyValuePair<string, string> variable in environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }

            using Process process = Process.Start(start)!;
            var stderr = new StringBuilder();
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data != null)
                {
                    lock (stderr)
                    {
                        stderr.AppendLine(e.Data);
                    }
                }
            };
            process.BeginErrorReadLine();
            var stdout = process.StandardOutput.ReadToEndAsync();
            try
            {
                if (stdin != null)
                {
                    process.StandardInput.BaseStream.Write(stdin, 0, stdin.Length);
                }

                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The tool may stop reading early; what it says is checked by the caller.
            }

            if (!process.WaitForExit(timeoutMilliseconds))
            {
                process.Kill(true);
                throw new TimeoutException($"hang: govdisclosure {string.Join(" ", arguments)} did not finish in {timeoutMilliseconds / 1000} s.");
            }

            process.WaitForExit();
            return new Result(process.ExitCode, stdout.Result, stderr.ToString());
        }

        /// <summary>Validates with <c>--format json</c> and parses the report.</summary>
        public static (Result Result, JsonElement Report) ValidateJson(params string[] arguments)
        {
            var all = new List<string> { "validate" };
            all.AddRange(arguments);
            all.AddRange(new[] { "--format", "json", "--lang", "en" });
            Result result = Run(all.ToArray());
            using JsonDocument document = JsonDocument.Parse(result.Stdout);
            return (result, document.RootElement.Clone());
        }

        private static string FindRoot()
        {
            for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GovDisclosure.Standard.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
        }

        internal sealed record Result(int ExitCode, string Stdout, string Stderr)
        {
            public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
        }
    }
}
