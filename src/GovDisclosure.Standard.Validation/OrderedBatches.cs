using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// Work on a sequence in batches on several threads, the results yielded in input order: the source is
    /// enumerated on the calling thread; batches are worked on by <c>maxDegreeOfParallelism</c> − 1 threads of the
    /// run's own and by the calling thread whenever it would otherwise wait, so as many threads work as asked for
    /// and no more (on a machine with few cores, a thread more than cores is one the others wait for). At most
    /// twice <c>maxDegreeOfParallelism</c> batches are in flight, so memory holds a few batches, not the input.
    /// The batches' arrays are used again, nothing is made per item, and a thread with nothing to do sleeps
    /// instead of spinning (a spinning thread takes the core a working one needs). A source of one batch is
    /// worked on by the calling thread alone.
    /// </summary>
    internal static class OrderedBatches
    {
        /// <summary>
        /// Items per batch: enough to outweigh handing a batch to another thread, few enough to keep memory flat. At 64 (a
        /// clean catalogue entry's batch ~0.4 ms of work) a run on 2 cores switched threads ~25 times and met a held lock ~5
        /// times per 1,000 entries (the worker ran out of batches and slept); at 256, ~4 and ~0.7, with the peak resident set
        /// unchanged (~1 MiB more in flight; bench/RESULTS.md, "Every core: where the wall clock goes").
        /// </summary>
        public const int BatchSize = 256;

        /// <summary>
        /// Items per batch for large records (an annual report: ~5 KB of JSON, a typed document of ~300 numbers and ~7
        /// findings with their related locations): the records in flight (twice <c>maxDegreeOfParallelism</c> batches) are
        /// live data the collector keeps growing its heap for; at 64 a batch they took an annual-report run on every core
        /// ~15 MiB above one thread's peak resident set.
        /// </summary>
        public const int LargeRecordBatchSize = 16;

        /// <summary>
        /// <paramref name="work"/> applied to every item of <paramref name="source"/>, in input order. An exception of
        /// the source is thrown after the results of every item read before it; one of <paramref name="work"/> is
        /// thrown in place of its batch's results.
        /// </summary>
        public static IEnumerable<TResult> Run<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> work, int maxDegreeOfParallelism) =>
            Run(source, work, maxDegreeOfParallelism, BatchSize);

        /// <summary>
        /// <paramref name="work"/> applied to every item of <paramref name="source"/>, in input order, in batches of
        /// <paramref name="batchSize"/> items (<see cref="BatchSize"/>; <see cref="LargeRecordBatchSize"/> for large records).
        /// </summary>
        public static IEnumerable<TResult> Run<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> work, int maxDegreeOfParallelism, int batchSize)
        {
            if (work is null)
            {
                throw new ArgumentNullException(nameof(work));
            }

            return Results(Run(source, (item, slot) => slot.Value = work(item), () => new ResultSlot<TResult>(), maxDegreeOfParallelism, batchSize));
        }

        /// <summary>
        /// <paramref name="work"/> applied to every item of <paramref name="source"/>, in input order, each writing its
        /// result into a slot: the slots are yielded in input order, each valid until the next is asked for (the slots of
        /// a batch are used again for later items, so nothing is made per item). A slot is made by <paramref name="newSlot"/>
        /// the first time its place in a batch is used. With a reference type for the slots the run's machinery is shared
        /// code that ReadyToRun compiles ahead of time, whatever the results are (a result type that is a struct would have
        /// the JIT compile the machinery again at start-up). Exceptions as for <see cref="Run{TSource, TResult}(IEnumerable{TSource}, Func{TSource, TResult}, int, int)"/>.
        /// </summary>
        public static IEnumerable<TSlot> Run<TSource, TSlot>(IEnumerable<TSource> source, Action<TSource, TSlot> work, Func<TSlot> newSlot, int maxDegreeOfParallelism, int batchSize)
            where TSlot : class
        {
            if (batchSize < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(batchSize));
            }

            return Batched(source, work, newSlot, maxDegreeOfParallelism, batchSize);
        }

        private static IEnumerable<TResult> Results<TResult>(IEnumerable<ResultSlot<TResult>> slots)
        {
            foreach (ResultSlot<TResult> slot in slots)
            {
                TResult result = slot.Value;
                slot.Value = default!;
                yield return result;
            }
        }

        private static IEnumerable<TSlot> Batched<TSource, TSlot>(IEnumerable<TSource> source, Action<TSource, TSlot> work, Func<TSlot> newSlot, int maxDegreeOfParallelism, int batchSize)
            where TSlot : class
        {
            var crew = new Crew<TSource, TSlot>(work, Math.Max(1, maxDegreeOfParallelism - 1));
            using IEnumerator<TSource> items = source.GetEnumerator();
            var reader = new Reader<TSource, TSlot>(items, crew, 2 * maxDegreeOfParallelism, batchSize, newSlot);
            try
            {
                while (reader.Fill())
                {
                    // While the oldest batch is worked on, the reading thread first keeps the threads fed (reading further
                    // ahead), then works on a batch they have not taken, leaving them one, and only then sleeps.
                    Batch<TSource, TSlot> head = reader.Oldest;
                    while (!head.Done)
                    {
                        if (crew.Untaken < 2 && reader.ReadAhead())
                        {
                            continue;
                        }

                        if (crew.TryTake(head) is Batch<TSource, TSlot> untaken)
                        {
                            untaken.Run(work);
                            continue;
                        }

                        head.Wait();
                    }

                    head.Failure?.Throw();
                    for (int i = 0; i < head.Count; i++)
                    {
                        yield return head.Results[i];
                    }

                    reader.Release(head);
                }
            }
            finally
            {
                crew.Stop();
            }

            reader.Failure?.Throw();
        }

        /// <summary>The batches read and not yet taken back, oldest first, and the source they are read from.</summary>
        private sealed class Reader<TSource, TSlot>
            where TSlot : class
        {
            private readonly IEnumerator<TSource> items;
            private readonly Crew<TSource, TSlot> crew;
            private readonly int window;
            private readonly int batchSize;
            private readonly Queue<Batch<TSource, TSlot>> read;
            private readonly Stack<Batch<TSource, TSlot>> spare;
            private bool more = true;

            private readonly Func<TSlot> newSlot;

            public Reader(IEnumerator<TSource> items, Crew<TSource, TSlot> crew, int window, int batchSize, Func<TSlot> newSlot)
            {
                this.newSlot = newSlot;
                this.batchSize = batchSize;
                this.items = items;
                this.crew = crew;
                this.window = window;
                read = new Queue<Batch<TSource, TSlot>>(2 * window);
                spare = new Stack<Batch<TSource, TSlot>>(2 * window);
            }

            /// <summary>An exception of the source, thrown after the results of every item read before it.</summary>
            public ExceptionDispatchInfo? Failure { get; private set; }

            public Batch<TSource, TSlot> Oldest => read.Peek();

            /// <summary>Reads batches until the usual number is in flight; whether any is.</summary>
            public bool Fill()
            {
                while (read.Count < window && ReadBatch())
                {
                }

                return read.Count > 0;
            }

            /// <summary>Reads one batch more, up to twice the usual number in flight; whether it did.</summary>
            public bool ReadAhead() => read.Count < 2 * window && ReadBatch();

            /// <summary>Takes back the oldest batch, its results yielded, to be filled again.</summary>
            public void Release(Batch<TSource, TSlot> batch)
            {
                read.Dequeue();
                batch.Clear();
                spare.Push(batch);
            }

            private bool ReadBatch()
            {
                if (!more)
                {
                    return false;
                }

                Batch<TSource, TSlot> batch = spare.Count > 0 ? spare.Pop() : new Batch<TSource, TSlot>(batchSize, newSlot);
                try
                {
                    while (batch.Count < batchSize && (more = items.MoveNext()))
                    {
                        batch.Items[batch.Count++] = items.Current;
                    }
                }
                catch (Exception e)
                {
                    Failure = ExceptionDispatchInfo.Capture(e);
                    more = false;
                }

                if (batch.Count == 0)
                {
                    spare.Push(batch);
                    return false;
                }

                read.Enqueue(batch);
                crew.Post(batch, startThreads: more || read.Count > 1);
                return true;
            }
        }

        /// <summary>Items read in order, the slots of their results, and whether every result is there.</summary>
        private sealed class Batch<TSource, TSlot>
            where TSlot : class
        {
            private readonly object signal = new object();

            /// <summary>1 once every result is there (set by the thread that ran the batch).</summary>
            private int done;

            /// <summary>1 while the calling thread waits for the batch: only then does finishing it take the lock to wake it.</summary>
            private int waiting;

            private readonly Func<TSlot> newSlot;

            public Batch(int size, Func<TSlot> newSlot)
            {
                this.newSlot = newSlot;
                Items = new TSource[size];
                Results = new TSlot[size];
            }

            public TSource[] Items { get; }

            /// <summary>The slots the work writes the items' results into, made when first used and kept for the batch's later items.</summary>
            public TSlot[] Results { get; }

            public int Count { get; set; }

            public bool Done => Volatile.Read(ref done) != 0;

            /// <summary>An exception of the work, thrown in place of the batch's results.</summary>
            public ExceptionDispatchInfo? Failure { get; private set; }

            /// <summary>Works on every item, on whichever thread took the batch; wakes the calling thread if it waits.</summary>
            public void Run(Action<TSource, TSlot> work)
            {
                try
                {
                    for (int i = 0; i < Count; i++)
                    {
                        work(Items[i], Results[i] ??= newSlot());
                    }
                }
                catch (Exception e)
                {
                    Failure = ExceptionDispatchInfo.Capture(e);
                }

                // Both flags are set by full fences (Interlocked), so either this thread sees the waiter's flag or the waiter
                // sees the batch done before it sleeps: most batches are done before anyone waits, and take no lock.
                Interlocked.Exchange(ref done, 1);
                if (Volatile.Read(ref waiting) != 0)
                {
                    lock (signal)
                    {
                        Monitor.PulseAll(signal);
                    }
                }
            }

            public void Wait()
            {
                lock (signal)
                {
                    Interlocked.Exchange(ref waiting, 1);
                    while (Volatile.Read(ref done) == 0)
                    {
                        Monitor.Wait(signal);
                    }

                    waiting = 0;
                }
            }

            /// <summary>Lets go of the items (their results' slots are kept, for the next items), so the batch can be filled again.</summary>
            public void Clear()
            {
                Array.Clear(Items, 0, Count);
                Count = 0;
                Failure = null;
                done = 0;
            }
        }

        /// <summary>The threads of one run and the batches no thread has taken yet.</summary>
        private sealed class Crew<TSource, TSlot>
            where TSlot : class
        {
            private readonly object gate = new object();
            private readonly Queue<Batch<TSource, TSlot>> pending = new Queue<Batch<TSource, TSlot>>();
            private readonly Action<TSource, TSlot> work;
            private readonly int size;

            /// <summary><c>pending.Count</c>, written under the gate and read without it (a hint for the calling thread, which checks again under the gate).</summary>
            private volatile int untaken;

            /// <summary>How many threads sleep for a batch: a batch posted wakes one only when one sleeps.</summary>
            private int sleeping;

            /// <summary>The calling thread's context (its culture among others), which the threads work in, as a task would.</summary>
            private readonly ExecutionContext? context = ExecutionContext.Capture();
            private Thread[]? threads;
            private bool stopped;

            public Crew(Action<TSource, TSlot> work, int size)
            {
                this.work = work;
                this.size = size;
            }

            /// <summary>Hands a batch to the threads; they are started when a second batch is read.</summary>
            public void Post(Batch<TSource, TSlot> batch, bool startThreads)
            {
                lock (gate)
                {
                    pending.Enqueue(batch);
                    untaken = pending.Count;
                    if (sleeping > 0)
                    {
                        Monitor.Pulse(gate);
                    }
                }

                if (startThreads && threads is null)
                {
                    threads = new Thread[size];
                    for (int i = 0; i < size; i++)
                    {
                        threads[i] = new Thread(Work) { IsBackground = true, Name = "govdisclosure validation " + (i + 1) };
                        threads[i].Start();
                    }
                }
            }

            /// <summary>How many batches no thread has taken yet, as last posted or taken (read without the gate).</summary>
            public int Untaken => untaken;

            /// <summary>
            /// A batch no thread has taken, for the calling thread to work on while it waits for <paramref name="oldest"/>: that
            /// batch itself if untaken, otherwise one of the others as long as one is left for the threads; <c>null</c> when none.
            /// </summary>
            public Batch<TSource, TSlot>? TryTake(Batch<TSource, TSlot> oldest)
            {
                if (untaken == 0)
                {
                    // Only the calling thread posts: a batch taken meanwhile can only make the queue shorter.
                    return null;
                }

                lock (gate)
                {
                    if (pending.Count > 1 || (pending.Count == 1 && ReferenceEquals(pending.Peek(), oldest)))
                    {
                        Batch<TSource, TSlot> taken = pending.Dequeue();
                        untaken = pending.Count;
                        return taken;
                    }

                    return null;
                }
            }

            /// <summary>Ends the threads once each has finished the batch it works on.</summary>
            public void Stop()
            {
                lock (gate)
                {
                    stopped = true;
                    pending.Clear();
                    untaken = 0;
                    Monitor.PulseAll(gate);
                }

                if (threads != null)
                {
                    foreach (Thread thread in threads)
                    {
                        thread.Join();
                    }
                }
            }

            private void Work()
            {
                if (context is null)
                {
                    TakeBatches();
                }
                else
                {
                    ExecutionContext.Run(context, crew => ((Crew<TSource, TSlot>)crew!).TakeBatches(), this);
                }
            }

            private void TakeBatches()
            {
                while (true)
                {
                    Batch<TSource, TSlot> batch;
                    lock (gate)
                    {
                        while (pending.Count == 0 && !stopped)
                        {
                            sleeping++;
                            Monitor.Wait(gate);
                            sleeping--;
                        }

                        if (stopped)
                        {
                            return;
                        }

                        batch = pending.Dequeue();
                        untaken = pending.Count;
                    }

                    batch.Run(work);
                }
            }
        }
    }
}
