using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;
using GovDisclosure.Standard.Throughput.Cpu;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>
    /// What it costs on this machine to hand objects from one thread to another (线程间交接的代价): items the size of a small
    /// record (a 100-character string, 16 numbers, an object holding them, ~350 bytes) are made in batches of 256 and read
    /// back, either by the thread that made them, batch after batch, or by a second thread the first hands each batch to
    /// (a queue of at most 8 batches, as a validation run's threads hand records and results to each other). Printed: the
    /// time a thread spends making and reading an item each way, the median of the rounds after a first one. On a machine
    /// whose cores share a cache the two ways cost about the same; where each core's data must be fetched from the other's
    /// cache, both making (the collector's memory moves between the cores) and reading cost more when handed over —
    /// bench/RESULTS.md, "Round 39, two cores".
    /// </summary>
    internal static class HandOffCost
    {
        private const int Items = 1_000_000;
        private const int BatchSize = 256;
        private const int Rounds = 5;

        /// <summary>Measures both ways and prints them with the machine; returns the process's exit code.</summary>
        public static int Run()
        {
            Console.WriteLine("machine: " + MachineInfo.Describe());
            Console.WriteLine("load average (1/5/15 min) at start: " + MachineInfo.LoadAverage());
            foreach (bool handed in new[] { false, true, false, true })
            {
                var making = new Spread();
                var reading = new Spread();
                for (int round = 0; round < Rounds; round++)
                {
                    (double make, double read) = handed ? Handed() : Same();
                    if (round > 0)
                    {
                        making.Add(make);
                        reading.Add(read);
                    }
                }

                Console.WriteLine(
                    $"{(handed ? "handed to another thread" : "read by the same thread"),-26} make {PassFigures.Median(making.Values):F0} ns an item "
                    + $"({making.Format("F0")}), read {PassFigures.Median(reading.Values):F0} ns ({reading.Format("F0")})");
            }

            Console.WriteLine("load average at the end: " + MachineInfo.LoadAverage());
            return 0;
        }

        private static (double Make, double Read) Same()
        {
            long making = 0;
            long reading = 0;
            long sum = 0;
            for (int done = 0; done < Items; done += BatchSize)
            {
                long start = Stopwatch.GetTimestamp();
                Item[] batch = Make(done);
                long made = Stopwatch.GetTimestamp();
                sum += Read(batch);
                making += made - start;
                reading += Stopwatch.GetTimestamp() - made;
            }

            GC.KeepAlive(sum);
            return (PerItem(making), PerItem(reading));
        }

        private static (double Make, double Read) Handed()
        {
            long making = 0;
            long reading = 0;
            long sum = 0;
            using var queue = new BlockingCollection<Item[]>(8);
            var maker = new Thread(() =>
            {
                for (int done = 0; done < Items; done += BatchSize)
                {
                    long start = Stopwatch.GetTimestamp();
                    Item[] batch = Make(done);
                    making += Stopwatch.GetTimestamp() - start;
                    queue.Add(batch);
                }

                queue.CompleteAdding();
            });
            maker.Start();
            foreach (Item[] batch in queue.GetConsumingEnumerable())
            {
                long start = Stopwatch.GetTimestamp();
                sum += Read(batch);
                reading += Stopwatch.GetTimestamp() - start;
            }

            maker.Join();
            GC.KeepAlive(sum);
            return (PerItem(making), PerItem(reading));
        }

        private static Item[] Make(int first)
        {
            var batch = new Item[BatchSize];
            for (int i = 0; i < BatchSize; i++)
            {
                int number = first + i;
                var numbers = new int[16];
                for (int k = 0; k < numbers.Length; k++)
                {
                    numbers[k] = number + k;
                }

                batch[i] = new Item(new string((char)('a' + (number % 26)), 100), numbers, number);
            }

            return batch;
        }

        private static long Read(Item[] batch)
        {
            long sum = 0;
            foreach (Item item in batch)
            {
                sum += item.Number;
                foreach (char c in item.Text)
                {
                    sum += c;
                }

                foreach (int value in item.Numbers)
                {
                    sum += value;
                }
            }

            return sum;
        }

        private static double PerItem(long ticks) => ticks * (1e9 / Stopwatch.Frequency) / Items;

        /// <summary>An item the size of a small record: its text, its numbers, its number.</summary>
        private sealed record Item(string Text, int[] Numbers, int Number);
    }
}
