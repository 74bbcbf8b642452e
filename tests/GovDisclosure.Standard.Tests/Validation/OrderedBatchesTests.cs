using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Validation;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation
{
    public sealed class OrderedBatchesTests
    {
        [Property(MaxTest = 60)]
        public Property Results_come_in_input_order_whatever_the_number_of_items_and_threads()
        {
            Gen<(int Count, int Threads)> shapes =
                from count in Gen.Choose(0, 3_000)
                from threads in Gen.Choose(1, 6)
                select (count, threads);
            return Prop.ForAll(shapes.ToArbitrary(), shape =>
            {
                int[] items = Enumerable.Range(0, shape.Count).ToArray();
                int[] results = OrderedBatches.Run(items, i => i * 3 + 1, shape.Threads).ToArray();
                return results.SequenceEqual(items.Select(i => i * 3 + 1));
            });
        }

        [Property(MaxTest = 60)]
        public Property Results_come_in_input_order_whatever_the_batch_size()
        {
            Gen<(int Count, int Threads, int BatchSize)> shapes =
                from count in Gen.Choose(0, 600)
                from threads in Gen.Choose(1, 6)
                from batchSize in Gen.Choose(1, 80)
                select (count, threads, batchSize);
            return Prop.ForAll(shapes.ToArbitrary(), shape =>
            {
                int[] items = Enumerable.Range(0, shape.Count).ToArray();
                int[] results = OrderedBatches.Run(items, i => i * 3 + 1, shape.Threads, shape.BatchSize).ToArray();
                return results.SequenceEqual(items.Select(i => i * 3 + 1));
            });
        }

        [Property(MaxTest = 60)]
        public Property Results_written_into_slots_are_the_items_mapped_one_after_another_whatever_the_shape()
        {
            Gen<(int Count, int Threads, int BatchSize, int FailAt)> shapes =
                from count in Gen.Choose(0, 900)
                from threads in Gen.Choose(1, 6)
                from batchSize in Gen.Choose(1, 300)
                from failAt in Gen.Choose(-1, 900)
                select (count, threads, batchSize, failAt);
            return Prop.ForAll(shapes.ToArbitrary(), shape =>
            {
                // The reference: the same items mapped serially, up to the batch of a failing item.
                string Map(int i) => i == shape.FailAt ? throw new FormatException("item broke") : "item " + (i * 7 % 13);
                int failing = shape.FailAt >= 0 && shape.FailAt < shape.Count ? shape.FailAt : -1;
                IEnumerable<string> expected = Enumerable.Range(0, failing < 0 ? shape.Count : failing / shape.BatchSize * shape.BatchSize).Select(Map);

                var results = new List<string>();
                var slotsSeen = new HashSet<ResultSlot<string>>();
                bool threw = false;
                try
                {
                    foreach (ResultSlot<string> slot in OrderedBatches.Run<int, ResultSlot<string>>(
                        Enumerable.Range(0, shape.Count), (i, into) => into.Value = Map(i), () => new ResultSlot<string>(), shape.Threads, shape.BatchSize))
                    {
                        results.Add(slot.Value);
                        slotsSeen.Add(slot);
                    }
                }
                catch (FormatException)
                {
                    threw = true;
                }

                // Slots are used again batch after batch: never more than twice the threads' window of batches of them.
                return results.SequenceEqual(expected) && threw == (failing >= 0) && slotsSeen.Count <= 4 * shape.Threads * shape.BatchSize;
            });
        }

        [Fact]
        public void A_failing_source_gives_every_result_read_before_it_then_its_exception()
        {
            var results = new List<int>();
            void Take()
            {
                foreach (int result in OrderedBatches.Run(FailingAfter(150), i => i, 2))
                {
                    results.Add(result);
                }
            }

            InvalidOperationException thrown = Assert.Throws<InvalidOperationException>(Take);

            Assert.Equal("source broke", thrown.Message);
            Assert.Equal(Enumerable.Range(0, 150), results);
        }

        [Fact]
        public void A_failing_item_is_thrown_in_place_of_its_batch_after_the_batches_before_it()
        {
            var results = new List<int>();
            void Take()
            {
                foreach (int result in OrderedBatches.Run(Enumerable.Range(0, 1_000), i => i == 500 ? throw new FormatException("item broke") : i, 3))
                {
                    results.Add(result);
                }
            }

            Assert.Throws<FormatException>(Take);

            int batchOfTheFailure = 500 / OrderedBatches.BatchSize * OrderedBatches.BatchSize;
            Assert.Equal(Enumerable.Range(0, batchOfTheFailure), results);
        }

        [Fact]
        public void Leaving_a_run_early_ends_its_threads_before_the_enumerator_is_let_go()
        {
            int working = 0;
            int worked = 0;
            int Work(int i)
            {
                Interlocked.Increment(ref working);
                Thread.SpinWait(200);
                Interlocked.Increment(ref worked);
                Interlocked.Decrement(ref working);
                return i;
            }

            int[] first = OrderedBatches.Run(Enumerable.Range(0, 100_000), Work, 4).Take(10).ToArray();

            Assert.Equal(Enumerable.Range(0, 10), first);
            Assert.Equal(0, Volatile.Read(ref working));
            int after = Volatile.Read(ref worked);
            Thread.Sleep(50);
            Assert.Equal(after, Volatile.Read(ref worked));
        }

        private static IEnumerable<int> FailingAfter(int count)
        {
            for (int i = 0; i < count; i++)
            {
                yield return i;
            }

            throw new InvalidOperationException("source broke");
        }
    }
}
