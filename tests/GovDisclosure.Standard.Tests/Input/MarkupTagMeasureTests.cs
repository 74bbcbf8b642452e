using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>Measuring tags by searching for the next byte that matters gives what measuring them byte by byte gave, however the bytes are split into reads.</summary>
    public class MarkupTagMeasureTests
    {
        private static readonly Gen<byte> Byte = Gen.Elements((byte)'<', (byte)'>', (byte)'"', (byte)'\'', (byte)'!', (byte)'?', (byte)'a', (byte)' ', (byte)'=', (byte)0xE4);

        [Property(MaxTest = 1000)]
        public Property A_search_for_the_next_byte_that_matters_answers_as_a_byte_by_byte_measure()
        {
            return Prop.ForAll(Byte.ArrayOf().ToArbitrary(), Gen.Choose(1, 40).ArrayOf().ToArbitrary(), Gen.Choose(0, 24).ToArbitrary(), (bytes, cuts, limit) =>
            {
                var measured = new MarkupTagMeasure();
                var model = new ByteByByte();
                int at = 0;
                int cut = 0;
                while (at < bytes.Length)
                {
                    int count = Math.Min(bytes.Length - at, cuts.Length == 0 ? bytes.Length : cuts[cut++ % cuts.Length]);
                    bool expected = model.Exceeds(bytes, at, count, limit);
                    if (measured.Exceeds(bytes, at, count, limit) != expected)
                    {
                        return false;
                    }

                    if (expected)
                    {
                        return true; // the stream throws at the first tag too long
                    }

                    at += count;
                }

                return true;
            });
        }

        [Theory]
        [InlineData("<c r=\"A1\" t=\"s\"><v>1</v></c>", 16, false)]
        [InlineData("<c r=\"A1\" t=\"s\"><v>1</v></c>", 15, false)]
        [InlineData("<c r=\"A1\" t=\"s\"><v>1</v></c>", 14, true)]
        [InlineData("<c a='x>y'>text longer than the limit</c>", 11, false)]
        [InlineData("<c a='x>y'>", 10, false)]
        [InlineData("<c a='x>y'>", 9, true)]
        [InlineData("<?xml version=\"1.0\"?>", 21, false)]
        [InlineData("<?xml version=\"1.0\"?>", 20, false)]
        [InlineData("<?xml version=\"1.0\"?>", 19, true)]
        public void A_tag_is_measured_from_its_opening_to_the_byte_before_its_end_quoted_values_included(string xml, int limit, bool exceeds)
        {
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(xml);
            Assert.Equal(exceeds, new MarkupTagMeasure().Exceeds(bytes, 0, bytes.Length, limit));
        }

        /// <summary>The measure as it was, one byte at a time: the model.</summary>
        private sealed class ByteByByte
        {
            private int state;
            private byte quote;
            private long length;

            public bool Exceeds(byte[] buffer, int offset, int count, long limit)
            {
                for (int i = offset; i < offset + count; i++)
                {
                    byte b = buffer[i];
                    switch (state)
                    {
                        case 0:
                            if (b == (byte)'<')
                            {
                                state = 1;
                                length = 1;
                            }

                            continue;
                        case 1:
                            state = b == (byte)'!' || b == (byte)'?' ? 4 : b == (byte)'>' ? 0 : 2;
                            break;
                        case 2:
                            if (b == (byte)'"' || b == (byte)'\'')
                            {
                                state = 3;
                                quote = b;
                            }
                            else if (b == (byte)'>')
                            {
                                state = 0;
                            }

                            break;
                        case 3:
                            if (b == quote)
                            {
                                state = 2;
                            }

                            break;
                        default:
                            if (b == (byte)'>')
                            {
                                state = 0;
                            }

                            break;
                    }

                    if (++length > limit && state != 0)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
