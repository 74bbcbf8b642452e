using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// Work on a sequence in batches on several threads, the results yielded in input order: the source is
    /// enumerated on the calling thread, each batch is worked on by one task, and at most twice
    /// <c>maxDegreeOfParallelism</c> batches are in flight (so every thread has a batch waiting while the calling
    /// thread reads the source and takes the results), so memory holds a few batches, not the input.
    /// </summary>
    internal static class OrderedBatches
    {
        /// <summary>Records per batch: enough to outweigh handing a batch to another thread, few enough to keep memory flat.</summary>
        public const int BatchSize = 64;

        /// <summary>
        /// <paramref name="work"/> applied to every item of <paramref name="source"/>, in input order. An exception of
        /// the source is thrown after the results of every item read before it; one of <paramref name="work"/> is
        /// thrown in place of its batch's results.
        /// </summary>
        public static IEnumerable<TResult> Run<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> work, int maxDegreeOfParallelism)
        {
            var inFlight = new Queue<Task<TResult[]>>();
            ExceptionDispatchInfo? failure = null;
            using (IEnumerator<TSource> items = source.GetEnumerator())
            {
                bool more = true;
                while (true)
                {
                    while (more && inFlight.Count < 2 * maxDegreeOfParallelism)
                    {
                        var batch = new List<TSource>(BatchSize);
                        try
                        {
                            while (batch.Count < BatchSize && (more = items.MoveNext()))
                            {
                                batch.Add(items.Current);
                            }
                        }
                        catch (Exception e)
                        {
                            failure = ExceptionDispatchInfo.Capture(e);
                            more = false;
                        }

                        if (batch.Count > 0)
                        {
                            TSource[] taken = batch.ToArray();
                            inFlight.Enqueue(Task.Run(() => WorkOn(taken, work)));
                        }
                    }

                    if (inFlight.Count == 0)
                    {
                        break;
                    }

                    foreach (TResult result in inFlight.Dequeue().GetAwaiter().GetResult())
                    {
                        yield return result;
                    }
                }
            }

            failure?.Throw();
        }

        private static TResult[] WorkOn<TSource, TResult>(TSource[] batch, Func<TSource, TResult> work)
        {
            var results = new TResult[batch.Length];
            for (int i = 0; i < batch.Length; i++)
            {
                results[i] = work(batch[i]);
            }

            return results;
        }
    }
}
