using System;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>A message a template rendered, and the arguments (in parameter order) it was rendered from.</summary>
    internal sealed class RenderedMessage
    {
        private readonly FindingArgument[] arguments;

        public RenderedMessage(FindingArgument[] arguments, BilingualText text)
        {
            this.arguments = arguments;
            Text = text;
        }

        /// <summary>The rendered message.</summary>
        public BilingualText Text { get; }

        /// <summary>Whether <paramref name="ordered"/> gives every parameter the same values in both languages, so the message would read the same.</summary>
        public bool IsFor(FindingArgument[] ordered)
        {
            if (ordered.Length != arguments.Length)
            {
                return false;
            }

            for (int i = 0; i < ordered.Length; i++)
            {
                BilingualText mine = arguments[i].Value;
                BilingualText theirs = ordered[i].Value;
                if (!ReferenceEquals(mine, theirs)
                    && !(string.Equals(mine.Chinese, theirs.Chinese, StringComparison.Ordinal) && string.Equals(mine.English, theirs.English, StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
