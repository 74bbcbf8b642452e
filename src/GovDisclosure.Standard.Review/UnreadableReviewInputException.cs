using System;

namespace GovDisclosure.Standard.Review
{
    /// <summary>
    /// A file given to a review cannot be compared: it cannot be read, is not JSON or an API listing,
    /// is of an unknown kind, or the two files are of different kinds. The message says where.
    /// </summary>
    public sealed class UnreadableReviewInputException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What is wrong and where, in both languages.</param>
        /// <param name="innerException">The underlying error, if any.</param>
        public UnreadableReviewInputException(BilingualText message, Exception? innerException = null)
            : base((message ?? throw new ArgumentNullException(nameof(message))).English, innerException)
        {
            Bilingual = message;
        }

        /// <summary>What is wrong, in Chinese and English.</summary>
        public BilingualText Bilingual { get; }
    }
}
