using System;
using System.Collections.Concurrent;
using System.Threading;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// One thread of its own that runs the work given to it, one piece at a time, while the caller waits: what a test of a
    /// hand-over between threads (a checking thread, the thread that takes results in order) runs each side on, so that each
    /// side has its own thread-static state.
    /// </summary>
    internal sealed class WorkerThread : IDisposable
    {
        private readonly BlockingCollection<Action> work = new BlockingCollection<Action>();
        private readonly Thread thread;

        public WorkerThread()
        {
            thread = new Thread(() =>
            {
                foreach (Action action in work.GetConsumingEnumerable())
                {
                    action();
                }
            });
            thread.Start();
        }

        /// <summary><paramref name="work"/> run once on a new thread, its result or its failure given back.</summary>
        public static T Once<T>(Func<T> work)
        {
            using var once = new WorkerThread();
            return once.Run(work);
        }

        /// <summary>Runs <paramref name="function"/> on this thread and waits for it: its result, or its failure thrown wrapped.</summary>
        public T Run<T>(Func<T> function)
        {
            T result = default!;
            Exception? failure = null;
            using var done = new ManualResetEventSlim();
            work.Add(() =>
            {
                try
                {
                    result = function();
                }
                catch (Exception e)
                {
                    failure = e;
                }
                finally
                {
                    done.Set();
                }
            });
            done.Wait();
            if (failure != null)
            {
                throw new InvalidOperationException("The work failed on its thread.", failure);
            }

            return result;
        }

        public void Dispose()
        {
            work.CompleteAdding();
            thread.Join();
            work.Dispose();
        }
    }
}
