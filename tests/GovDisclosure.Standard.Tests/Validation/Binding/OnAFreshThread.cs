using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// Runs a function on a thread of its own, made for it: the binder, the validator and the readers keep what they
    /// learnt from the records before (texts, lists, codes, the reports of a text that did not fit) per thread, so a
    /// record bound there is bound as if it were the first one ever bound.
    /// </summary>
    internal static class OnAFreshThread
    {
        /// <summary>The value of <paramref name="work"/>, run on a new thread; an exception it throws is thrown here.</summary>
        public static T Run<T>(Func<T> work)
        {
            T result = default!;
            ExceptionDispatchInfo? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            });
            thread.Start();
            thread.Join();
            failure?.Throw();
            return result;
        }
    }
}
