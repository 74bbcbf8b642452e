using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>Columns are counted with vector instructions; the count is the one made a byte at a time.</summary>
    public sealed class Utf8CharacterCountTests
    {
        /// <summary>Any bytes (valid UTF-8 or not), weighted towards continuation bytes and lengths around the vector widths.</summary>
        private static readonly Gen<byte[]> Bytes =
            Gen.Choose(0, 200).SelectMany(length => Gen.ArrayOf(
                Gen.OneOf(Gen.Choose(0, 255), Gen.Choose(0x80, 0xBF), Gen.Choose(0x20, 0x7E)).Select(b => (byte)b),
                length));

        [Property]
        public Property Continuation_bytes_are_counted_as_a_byte_at_a_time_counts_them()
        {
            return Prop.ForAll(Bytes.ToArbitrary(), bytes =>
                Utf8Characters.ContinuationBytes(bytes) == bytes.Count(b => (b & 0xC0) == 0x80)
                && Utf8Characters.Count(bytes) == bytes.Length - bytes.Count(b => (b & 0xC0) == 0x80));
        }
    }
}
