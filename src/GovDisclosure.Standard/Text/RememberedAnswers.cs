using System;
using System.Collections.Concurrent;
using System.Threading;

namespace GovDisclosure.Standard.Text
{
    /// <summary>
    /// The answers of a pure function of a text, remembered for the first few distinct texts it is asked about in the process: a
    /// file repeats its mistakes (the same misspelt channel in thousands of entries), and each answer — a spelling
    /// suggestion, a Unicode normalisation — costs far more than a lookup. Bounded, so that a file of all-different
    /// texts costs a little memory and no more; safe to share between threads (an answer may be worked out twice, never wrongly).
    /// </summary>
    /// <typeparam name="TAnswer">What the function answers.</typeparam>
    internal sealed class RememberedAnswers<TAnswer>
    {
        private readonly ConcurrentDictionary<string, TAnswer> answers = new ConcurrentDictionary<string, TAnswer>(StringComparer.Ordinal);
        private readonly Func<string, TAnswer> function;
        private readonly int capacity;
        private readonly int longestText;
        private int remembered;

        /// <summary>Remembers the answers of <paramref name="function"/>.</summary>
        /// <param name="function">A pure function: the same text always gets the same answer.</param>
        /// <param name="capacity">How many distinct texts to remember at most.</param>
        /// <param name="longestText">The longest text whose answer is remembered.</param>
        public RememberedAnswers(Func<string, TAnswer> function, int capacity = 4096, int longestText = 256)
        {
            this.function = function ?? throw new ArgumentNullException(nameof(function));
            this.capacity = capacity;
            this.longestText = longestText;
        }

        /// <summary>The function's answer for <paramref name="text"/>: remembered, or worked out (and remembered while there is room).</summary>
        /// <param name="text">The text.</param>
        public TAnswer For(string text)
        {
            if (answers.TryGetValue(text, out TAnswer? known))
            {
                return known;
            }

            TAnswer answer = function(text);
            if (text.Length <= longestText && Volatile.Read(ref remembered) < capacity && answers.TryAdd(text, answer))
            {
                Interlocked.Increment(ref remembered);
            }

            return answer;
        }
    }
}
