using System;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>A window onto a spill file gives the file's bytes at any offset, in any order of reads (forward, back, far ahead, longer than the window), and says when the file ends before them.</summary>
    public class SpillWindowTests
    {
        [Property(MaxTest = 200)]
        public Property Every_read_gives_the_bytes_at_its_offset()
        {
            Gen<(int Offset, int Count)[]> reads = Gen.Choose(0, 400).SelectMany(o => Gen.Choose(0, 60), (o, c) => (o, c)).ArrayOf();
            return Prop.ForAll(Gen.Choose(0, 400).ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), reads.ToArbitrary(), (size, window, asked) =>
            {
                byte[] content = Enumerable.Range(0, size).Select(i => (byte)(i * 7 + 3)).ToArray();
                string path = Path.Combine(Path.GetTempPath(), "govdisclosure-window-test-" + Guid.NewGuid().ToString("N") + ".tmp");
                try
                {
                    using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 16, FileOptions.DeleteOnClose);
                    file.Write(content, 0, content.Length);
                    file.Flush();
                    var spill = new SpillWindow(file.SafeFileHandle, window);
                    foreach ((int offset, int count) in asked)
                    {
                        if (count > 0 && offset + count > size)
                        {
                            if (!Throws(() => spill.Read(offset, count)))
                            {
                                return false;
                            }

                            continue;
                        }

                        if (!spill.Read(offset, count).SequenceEqual(count == 0 ? ReadOnlySpan<byte>.Empty : content.AsSpan(offset, count)))
                        {
                            return false;
                        }
                    }

                    return true;
                }
                finally
                {
                    File.Delete(path);
                }
            });
        }

        private static bool Throws(Action read)
        {
            try
            {
                read();
                return false;
            }
            catch (IOException)
            {
                return true;
            }
        }
    }
}
