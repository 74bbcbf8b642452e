using System;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// The validator's look at a record's first token (<see cref="DisclosureValidator.FirstToken"/>), which takes a record
    /// that starts with <c>{</c> as an object with no reader, says what a reader's first token says (the former way).
    /// </summary>
    public sealed class FirstTokenTests
    {
        /// <summary>Starts of a record: objects, other values, blanks, comments and a byte-order mark before them.</summary>
        private static readonly string[] Starts = { "{", "[", "\"x\"", "1", "true", "null", " ", "\n", "/*c*/", "//c\n", "\uFEFF", "}", "]", ",", "x", string.Empty };

        /// <summary>What can follow: anything, well formed or not.</summary>
        private static readonly string[] Rests = { "}", "\"a\":1}", "{", "[", "]", ",", "\"", "/*", "x", "\u516C", " ", "\0", string.Empty };

        [Property(MaxTest = 500)]
        public Property The_first_token_is_the_one_a_reader_reads_first()
        {
            Gen<string> records = Gen.Zip(Gen.Elements(Starts), Gen.ArrayOf(Gen.Elements(Rests)))
                .SelectMany(pair => Gen.Elements(Starts).Select(second => pair.Item1 + second + string.Concat(pair.Item2)));
            return Prop.ForAll(records.ToArbitrary(), record =>
            {
                byte[] utf8 = Encoding.UTF8.GetBytes(record);
                string expected = Describe(() => FormerFirstToken(utf8));
                string actual = Describe(() => DisclosureValidator.FirstToken(utf8));
                return (expected == actual).Label(record + ": " + expected + " / " + actual);
            });
        }

        /// <summary>The former look: a reader's first token, comments skipped.</summary>
        private static JsonTokenType FormerFirstToken(byte[] utf8)
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return reader.Read() ? reader.TokenType : JsonTokenType.None;
        }

        /// <summary>A token, or the type of what reading threw.</summary>
        private static string Describe(Func<JsonTokenType> read)
        {
            try
            {
                return read().ToString();
            }
            catch (Exception e)
            {
                return e.GetType().Name;
            }
        }
    }
}
