using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// The slabs a validation run keeps its records in flight in (<see cref="RecordBytesRing"/>): a record's bytes stay
    /// as they were put until the record is given back, however records of every size are put and given back.
    /// </summary>
    public sealed class RecordBytesRingTests
    {
        [Property(MaxTest = 300)]
        public Property Every_record_not_yet_given_back_keeps_its_bytes()
        {
            // Record sizes around the slab's limits, and how far behind the reading the reporting is at each record.
            Gen<int> sizes = Gen.OneOf(
                Gen.Choose(0, 2000),
                Gen.Choose(RecordBytesRing.LargestRecord - 2, RecordBytesRing.LargestRecord + 2),
                Gen.Choose(RecordBytesRing.SlabSize - 10, RecordBytesRing.SlabSize + 10));
            Gen<(int Size, int Lag)[]> steps = Gen.ArrayOf(Gen.Zip(sizes, Gen.Choose(0, 300)).Select(p => (p.Item1, p.Item2)));
            return Prop.ForAll(steps.ToArbitrary(), records =>
            {
                var ring = new RecordBytesRing();
                var kept = new Queue<(long Number, byte[] Expected, ReadOnlyMemory<byte> Memory)>();
                long released = 0;
                for (int i = 0; i < records.Length; i++)
                {
                    long number = i + 1;
                    byte[] bytes = Enumerable.Range(0, records[i].Size).Select(b => (byte)(b * 31 + number)).ToArray();
                    ReadOnlyMemory<byte>? inSlab = ring.Keep(number, bytes);
                    if ((inSlab is null) != (records[i].Size > RecordBytesRing.LargestRecord))
                    {
                        return false.Label("record " + number + " of " + records[i].Size + " bytes: kept in a slab " + (inSlab != null));
                    }

                    ReadOnlyMemory<byte> memory = inSlab ?? bytes;

                    kept.Enqueue((number, bytes, memory));
                    long through = Math.Max(released, number - records[i].Lag);
                    ring.Release(through);
                    released = through;
                    while (kept.Count > 0 && kept.Peek().Number <= released)
                    {
                        kept.Dequeue();
                    }

                    foreach ((long n, byte[] expected, ReadOnlyMemory<byte> m) in kept)
                    {
                        if (!m.Span.SequenceEqual(expected))
                        {
                            return false.Label("record " + n + " changed before it was given back (at record " + number + ")");
                        }
                    }
                }

                return true.ToProperty();
            });
        }
    }
}
