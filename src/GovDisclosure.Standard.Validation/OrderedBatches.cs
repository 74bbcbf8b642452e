using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// Work on a sequence in batches on several threads, the results yielded in input order. Each thread reads a batch of
    /// the source — one thread at a time, in turn — and works on the batch it read, so that an item is read and worked on
    /// by one thread (on two cores, handing every item from the reading thread to another cost a fifth to two fifths more
    /// CPU time than the same work on one core: the other core takes each item's bytes from the first one's cache,
    /// bench/RESULTS.md, "Round 39"); the calling thread takes the results in order, and reads and works on a batch
    /// whenever the oldest is not done and no other thread is reading. <c>maxDegreeOfParallelism</c> − 1 threads of the
    /// run's own and the calling thread: as many threads work as asked for and no more (on a machine with few cores, a
    /// thread more than cores is one the others wait for). At most four times <c>maxDegreeOfParallelism</c> batches are
    /// read and not yet taken, so memory holds a few batches, not the input. The batches' arrays are used again, nothing is
    /// made per item, and a thread with nothing to do sleeps instead of spinning (a spinning thread takes the core a
    /// working one needs). A source of one batch, or a run on one thread, is read and worked on by the calling thread alone.
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
            using IEnumerator<TSource> items = source.GetEnumerator();

            // The first batch is read here: a source of one batch, or a run on one thread, needs no thread of its own.
            var first = new Batch<TSource, TSlot>(batchSize, newSlot);
            bool more = Read(first, items, out ExceptionDispatchInfo? failure);
            if (!more || maxDegreeOfParallelism == 1)
            {
                Batch<TSource, TSlot> batch = first;
                while (batch.Count > 0)
                {
                    batch.Run(work);
                    batch.Failure?.Throw();
                    for (int i = 0; i < batch.Count; i++)
                    {
                        yield return batch.Results[i];
                    }

                    batch.Clear();
                    if (!more)
                    {
                        break;
                    }

                    more = Read(batch, items, out failure);
                }

                failure?.Throw();
                yield break;
            }

            var flow = new Flow<TSource, TSlot>(items, work, newSlot, maxDegreeOfParallelism, batchSize, first);
            try
            {
                // The first batch was read here: it is worked on here, while the threads read and work on the next ones.
                first.Run(work);
                while (flow.Oldest() is Batch<TSource, TSlot> head)
                {
                    // While the oldest batch is worked on, the calling thread reads and works on the next one if no thread is
                    // reading, and only then sleeps.
                    while (!head.Done)
                    {
                        if (flow.TryRead() is Batch<TSource, TSlot> next)
                        {
                            next.Run(work);
                            continue;
                        }

                        head.Wait();
                    }

                    head.Failure?.Throw();
                    for (int i = 0; i < head.Count; i++)
                    {
                        yield return head.Results[i];
                    }

                    flow.Release(head);
                }
            }
            finally
            {
                flow.Stop();
            }

            flow.Failure?.Throw();
        }

        /// <summary>
        /// Fills <paramref name="batch"/> (emptied) with the next items of <paramref name="items"/>; whether the source may have
        /// more (<c>false</c> once it ended, or threw: <paramref name="failure"/>).
        /// </summary>
        private static bool Read<TSource, TSlot>(Batch<TSource, TSlot> batch, IEnumerator<TSource> items, out ExceptionDispatchInfo? failure)
            where TSlot : class
        {
            failure = null;
            try
            {
                while (batch.Count < batch.Items.Length)
                {
                    if (!items.MoveNext())
                    {
                        return false;
                    }

                    batch.Items[batch.Count++] = items.Current;
                }

                return true;
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
                return false;
            }
        }

        /// <summary>
        /// The batches of one run read and not yet taken back (oldest first), the spare ones, who reads, and the threads that
        /// read and work on batches. Kept under one lock, taken a few times a batch.
        /// </summary>
        private sealed class Flow<TSource, TSlot>
            where TSlot : class
        {
            private readonly object gate = new object();
            private readonly IEnumerator<TSource> items;
            private readonly Action<TSource, TSlot> work;
            private readonly Func<TSlot> newSlot;
            private readonly int batchSize;

            /// <summary>The most batches read and not yet taken back.</summary>
            private readonly int most;
            private readonly Queue<Batch<TSource, TSlot>> read;
            private readonly Stack<Batch<TSource, TSlot>> spare;
            private readonly Thread[] threads;

            /// <summary>The calling thread's context (its culture among others), which the threads work in, as a task would.</summary>
            private readonly ExecutionContext? context = ExecutionContext.Capture();

            /// <summary>How many threads sleep on the gate: a change wakes them only when one sleeps.</summary>
            private int sleeping;

            /// <summary>A thread reads the source: no other may until it has queued what it read.</summary>
            private bool reading;

            /// <summary>The source has been read to its end, or has thrown (<see cref="Failure"/>).</summary>
            private bool ended;
            private bool stopped;

            /// <summary>Starts the threads, <paramref name="first"/> (read by the calling thread, which works on it) the oldest batch.</summary>
            public Flow(IEnumerator<TSource> items, Action<TSource, TSlot> work, Func<TSlot> newSlot, int maxDegreeOfParallelism, int batchSize, Batch<TSource, TSlot> first)
            {
                this.items = items;
                this.work = work;
                this.newSlot = newSlot;
                this.batchSize = batchSize;
                most = 4 * maxDegreeOfParallelism;
                read = new Queue<Batch<TSource, TSlot>>(most);
                spare = new Stack<Batch<TSource, TSlot>>(most);
                read.Enqueue(first);
                threads = new Thread[maxDegreeOfParallelism - 1];
                for (int i = 0; i < threads.Length; i++)
                {
                    threads[i] = new Thread(Start) { IsBackground = true, Name = "govdisclosure validation " + (i + 1) };
                    threads[i].Start();
                }
            }

            /// <summary>An exception of the source, thrown after the results of every item read before it.</summary>
            public ExceptionDispatchInfo? Failure { get; private set; }

            /// <summary>The oldest batch read and not taken back, waiting while a thread reads the next; <c>null</c> once every batch is taken back.</summary>
            public Batch<TSource, TSlot>? Oldest()
            {
                lock (gate)
                {
                    while (read.Count == 0 && !ended)
                    {
                        Sleep();
                    }

                    return read.Count > 0 ? read.Peek() : null;
                }
            }

            /// <summary>The next batch, read by the calling thread for it to work on, when no thread reads and there is room; <c>null</c> otherwise.</summary>
            public Batch<TSource, TSlot>? TryRead() => ReadNext(wait: false);

            /// <summary>Takes back the oldest batch, its results yielded, to be filled again.</summary>
            public void Release(Batch<TSource, TSlot> batch)
            {
                lock (gate)
                {
                    read.Dequeue();
                    batch.Clear();
                    spare.Push(batch);
                    Wake();
                }
            }

            /// <summary>Ends the threads once each has finished the batch it reads or works on.</summary>
            public void Stop()
            {
                lock (gate)
                {
                    stopped = true;
                    Wake();
                }

                foreach (Thread thread in threads)
                {
                    thread.Join();
                }
            }

            private void Start()
            {
                if (context is null)
                {
                    Work();
                }
                else
                {
                    ExecutionContext.Run(context, flow => ((Flow<TSource, TSlot>)flow!).Work(), this);
                }
            }

            /// <summary>A thread's work: a batch read in turn with the others, then worked on, until the source ends or the run stops.</summary>
            private void Work()
            {
                while (ReadNext(wait: true) is Batch<TSource, TSlot> batch)
                {
                    batch.Run(work);
                }
            }

            /// <summary>
            /// The next batch of the source, queued in order, for the caller to work on: when no other thread reads and fewer than
            /// the most batches are read and not taken back, else (<paramref name="wait"/>) once that is so; <c>null</c> once the
            /// source has ended or the run stopped (or, not waiting, when it is not so now).
            /// </summary>
            private Batch<TSource, TSlot>? ReadNext(bool wait)
            {
                Batch<TSource, TSlot> batch;
                lock (gate)
                {
                    while (!stopped && !ended && (reading || read.Count >= most))
                    {
                        if (!wait)
                        {
                            return null;
                        }

                        Sleep();
                    }

                    if (stopped || ended)
                    {
                        return null;
                    }

                    reading = true;
                    batch = spare.Count > 0 ? spare.Pop() : new Batch<TSource, TSlot>(batchSize, newSlot);
                }

                bool more = Read(batch, items, out ExceptionDispatchInfo? failure);
                lock (gate)
                {
                    reading = false;
                    if (batch.Count > 0)
                    {
                        read.Enqueue(batch);
                    }
                    else
                    {
                        spare.Push(batch);
                    }

                    if (!more)
                    {
                        Failure = failure;
                        ended = true;
                    }

                    Wake();
                    return batch.Count > 0 && !stopped ? batch : null;
                }
            }

            private void Sleep()
            {
                sleeping++;
                Monitor.Wait(gate);
                sleeping--;
            }

            private void Wake()
            {
                if (sleeping > 0)
                {
                    Monitor.PulseAll(gate);
                }
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
    }
}
