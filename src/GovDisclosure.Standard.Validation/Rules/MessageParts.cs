using System;
using System.Collections.Generic;
using System.Text;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// A message template's wording in one language, taken apart once: literal pieces (doubled braces already made single)
    /// and the placeholders between them as positions in the template's parameters, so that rendering a finding's
    /// message is one exactly sized string, with no parsing, dictionary or closure per finding.
    /// </summary>
    internal sealed class MessageParts
    {
        private readonly string[] literals;
        private readonly int[] parameters;
        private readonly int literalLength;

        // The characters of the message being rendered, one buffer per thread.
        [ThreadStatic]
        private static char[]? scratch;

        private MessageParts(string[] literals, int[] parameters)
        {
            this.literals = literals;
            this.parameters = parameters;
            foreach (string literal in literals)
            {
                literalLength += literal.Length;
            }
        }

        /// <summary>
        /// The parts of <paramref name="template"/> (already checked for unmatched braces): literals[0], then for each
        /// placeholder its parameter's position and the literal after it.
        /// </summary>
        public static MessageParts Of(string template, IReadOnlyList<string> parameterNames)
        {
            var literals = new List<string>();
            var parameters = new List<int>();
            var literal = new StringBuilder();
            for (int i = 0; i < template.Length; i++)
            {
                char c = template[i];
                if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
                {
                    literal.Append(c);
                    i++;
                }
                else if (c == '{')
                {
                    int end = template.IndexOf('}', i + 1);
                    string name = template.Substring(i + 1, end - i - 1);
                    literals.Add(literal.ToString());
                    literal.Clear();
                    parameters.Add(IndexOf(parameterNames, name));
                    i = end;
                }
                else
                {
                    literal.Append(c);
                }
            }

            literals.Add(literal.ToString());
            return new MessageParts(literals.ToArray(), parameters.ToArray());
        }

        /// <summary>How many placeholders the wording has; the literals are one more.</summary>
        public int Placeholders => parameters.Length;

        /// <summary>The literal before placeholder <paramref name="i"/> (the last: after the last placeholder), doubled braces made single.</summary>
        /// <param name="i">From 0 to <see cref="Placeholders"/>.</param>
        public string Literal(int i) => literals[i];

        /// <summary>The position in the template's parameters of placeholder <paramref name="i"/>.</summary>
        /// <param name="i">From 0 to <see cref="Placeholders"/> - 1.</param>
        public int Parameter(int i) => parameters[i];

        /// <summary>The wording with each placeholder replaced by its argument's value in this language.</summary>
        /// <param name="ordered">One argument per parameter, in the parameters' order.</param>
        /// <param name="chinese">Whether to take each argument's Chinese value (else its English one).</param>
        public string Render(FindingArgument[] ordered, bool chinese)
        {
            if (parameters.Length == 0)
            {
                return literals[0];
            }

            int length = RenderInto(ordered, chinese, ref scratch);
            return new string(scratch!, 0, length);
        }

        /// <summary>
        /// The characters <see cref="Render"/> makes a string of, written into <paramref name="buffer"/> (made larger when it
        /// is too small): a writer that takes characters needs no string.
        /// </summary>
        /// <param name="ordered">One argument per parameter, in the parameters' order.</param>
        /// <param name="chinese">Whether to take each argument's Chinese value (else its English one).</param>
        /// <param name="buffer">Where to write them.</param>
        /// <returns>How many characters were written, from the buffer's start.</returns>
        public int RenderInto(FindingArgument[] ordered, bool chinese, ref char[]? buffer)
        {
            int length = literalLength;
            foreach (int parameter in parameters)
            {
                length += Value(ordered[parameter], chinese).Length;
            }

            char[] into = buffer is { } held && held.Length >= length ? held : (buffer = new char[Math.Max(length, 256)]);
            int at = 0;
            for (int i = 0; ; i++)
            {
                string literal = literals[i];
                literal.CopyTo(0, into, at, literal.Length);
                at += literal.Length;
                if (i == parameters.Length)
                {
                    break;
                }

                string value = Value(ordered[parameters[i]], chinese);
                value.CopyTo(0, into, at, value.Length);
                at += value.Length;
            }

            return length;
        }

        private static string Value(FindingArgument argument, bool chinese) =>
            chinese ? argument.Value.Chinese : argument.Value.English;

        private static int IndexOf(IReadOnlyList<string> names, string name)
        {
            for (int i = 0; i < names.Count; i++)
            {
                if (string.Equals(names[i], name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
