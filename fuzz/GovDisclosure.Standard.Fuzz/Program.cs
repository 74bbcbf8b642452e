using System;
using System.IO;
using GovDisclosure.Standard.Input;
using SharpFuzz;

namespace GovDisclosure.Standard.Fuzz
{
    /// <summary>
    /// Feeds fuzzer input to one reader: <c>json</c>, <c>jsonl</c>, <c>csv</c>, <c>xlsx</c>, <c>xls</c>, or a published annual report's <c>html</c> page or <c>pdf</c> (first argument), under AFL
    /// (<c>afl-fuzz … -- dotnet GovDisclosure.Standard.Fuzz.dll json</c>) or, with <c>--libfuzzer</c>, libfuzzer-dotnet.
    /// A refusal with the documented <see cref="InputException"/> is an answer; any other exception escapes and is
    /// a crash the fuzzer keeps. A crasher found is copied to tests/GovDisclosure.Standard.Tests/Input/Crashers/, which
    /// ReaderFuzzTests replays in every test run.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length == 0 || ReaderTarget.For(args[0]) is not Action<Stream> read)
            {
                Console.Error.WriteLine("usage: GovDisclosure.Standard.Fuzz json|jsonl|csv|xlsx|xls|html|pdf [--libfuzzer] [FILE…]");
                return 2;
            }

            if (args.Length > 1 && args[1] != "--libfuzzer")
            {
                // Replays files (a crasher, a corpus) without a fuzzer: an exception other than InputException escapes.
                for (int i = 1; i < args.Length; i++)
                {
                    using FileStream file = File.OpenRead(args[i]);
                    read(file);
                }

                return 0;
            }

            if (args.Length > 1)
            {
                Fuzzer.LibFuzzer.Run(span =>
                {
                    using var stream = new MemoryStream(span.ToArray(), writable: false);
                    read(stream);
                });
            }
            else
            {
                Fuzzer.OutOfProcess.Run(read);
            }

            return 0;
        }
    }
}
