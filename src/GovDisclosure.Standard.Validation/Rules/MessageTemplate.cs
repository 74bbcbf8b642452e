using System;
using System.Collections.Generic;
using System.Text;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// One message of a rule (消息模板): an id unique within the rule (<c>default</c> for a rule's only
    /// message) and its wording in Chinese and English with named placeholders such as <c>{field}</c>; a
    /// literal brace is written twice (<c>{{</c>, <c>}}</c>). A finding keeps the template's id and its
    /// arguments, so a report can carry the message as data (SARIF <c>message.id</c> and <c>arguments</c>).
    /// </summary>
    public sealed class MessageTemplate
    {
        private readonly MessageParts chineseParts;
        private readonly MessageParts englishParts;

        // The last message rendered and its arguments: findings of a rule often repeat their arguments (the same field, the
        // same code), and then share one rendered text instead of making two strings each. Replaced whole, so threads may share it.
        private volatile RenderedMessage? lastRendered;

        /// <summary>Creates a message template.</summary>
        /// <param name="id">The id within the rule, e.g. <c>default</c> or <c>feeWithoutBasis</c>.</param>
        /// <param name="chinese">The Chinese wording with its placeholders.</param>
        /// <param name="english">The English wording with its placeholders (a value may be named in one language only, e.g. a code beside an English name).</param>
        /// <exception cref="ArgumentException">The id is blank, or a brace is unmatched.</exception>
        public MessageTemplate(string id, string chinese, string english)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException("A message template needs an id.", nameof(id));
            }

            Id = id;
            Text = new BilingualText(chinese ?? throw new ArgumentNullException(nameof(chinese)), english ?? throw new ArgumentNullException(nameof(english)));
            var names = new List<string>();
            AddPlaceholders(english, names);
            AddPlaceholders(chinese, names);
            string[] parameters = names.ToArray();
            Parameters = parameters;
            chineseParts = MessageParts.Of(chinese, parameters);
            englishParts = MessageParts.Of(english, parameters);
        }

        /// <summary>The id within the rule (消息编号).</summary>
        public string Id { get; }

        /// <summary>The wording in Chinese and English, with placeholders.</summary>
        public BilingualText Text { get; }

        /// <summary>The placeholder names, each once, in the order the English wording names them, then any the Chinese alone names; SARIF numbers them in this order.</summary>
        public IReadOnlyList<string> Parameters { get; }

        /// <summary>The message with every placeholder replaced by its argument.</summary>
        /// <param name="arguments">One argument per parameter (any order).</param>
        /// <exception cref="ArgumentException">A parameter has no argument, or an argument fills no parameter.</exception>
        public BilingualText Render(IReadOnlyList<FindingArgument> arguments) => RenderInOrder(InParameterOrder(arguments));

        /// <summary>The arguments in <see cref="Parameters"/> order, one for each.</summary>
        /// <exception cref="ArgumentException">A parameter has no argument, or an argument fills no parameter or is given twice.</exception>
        internal FindingArgument[] InParameterOrder(IReadOnlyList<FindingArgument> arguments)
        {
            if (arguments is null)
            {
                throw new ArgumentNullException(nameof(arguments));
            }

            var ordered = new FindingArgument[Parameters.Count];
            for (int i = 0; i < arguments.Count; i++)
            {
                FindingArgument argument = arguments[i];
                int index = IndexOf(argument.Name);
                if (index < 0 || ordered[index] != null)
                {
                    throw new ArgumentException($"Message '{Id}' has no placeholder {{{argument.Name}}}, or it is given twice.", nameof(arguments));
                }

                ordered[index] = argument;
            }

            for (int i = 0; i < ordered.Length; i++)
            {
                if (ordered[i] is null)
                {
                    throw new ArgumentException($"Message '{Id}' needs an argument for {{{Parameters[i]}}}.", nameof(arguments));
                }
            }

            return ordered;
        }

        /// <summary>The message rendered from <paramref name="ordered"/>, one argument for each of <see cref="Parameters"/> in their order.</summary>
        internal BilingualText RenderInOrder(FindingArgument[] ordered)
        {
            RenderedMessage? last = lastRendered;
            if (last != null && last.IsFor(ordered))
            {
                return last.Text;
            }

            var text = new BilingualText(chineseParts.Render(ordered, chinese: true), englishParts.Render(ordered, chinese: false));
            lastRendered = new RenderedMessage(ordered, text);
            return text;
        }

        /// <summary>The message in one language rendered from <paramref name="ordered"/> into <paramref name="buffer"/>, as <see cref="RenderInOrder"/> renders it but with no string.</summary>
        /// <returns>How many characters were written, from the buffer's start.</returns>
        internal int RenderInto(FindingArgument[] ordered, bool chinese, ref char[]? buffer) =>
            (chinese ? chineseParts : englishParts).RenderInto(ordered, chinese, ref buffer);

        /// <summary>The wording in one language taken apart: its literals and placeholders.</summary>
        /// <param name="chinese">The Chinese wording, else the English.</param>
        internal MessageParts Parts(bool chinese) => chinese ? chineseParts : englishParts;

        /// <summary>
        /// The wording in one language with each placeholder replaced by its position in <see cref="Parameters"/>
        /// (<c>{0}</c>, <c>{1}</c>…) and literal braces kept doubled: the form of a SARIF <c>messageStrings</c> entry.
        /// </summary>
        /// <param name="language"><c>zh</c> for Chinese, anything else for English.</param>
        public string Numbered(string language) =>
            Substitute(Text.In(language), name => "{" + IndexOf(name) + "}", literalBraces: true);

        /// <inheritdoc />
        public override string ToString() => Id;

        private int IndexOf(string name)
        {
            for (int i = 0; i < Parameters.Count; i++)
            {
                if (string.Equals(Parameters[i], name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Adds to <paramref name="names"/> each placeholder of <paramref name="template"/> it does not hold yet, in the order written.</summary>
        private static void AddPlaceholders(string template, List<string> names)
        {
            Substitute(template, name =>
            {
                if (!Holds(names, name))
                {
                    names.Add(name);
                }

                return string.Empty;
            });
        }

        private static bool Holds(List<string> names, string name)
        {
            foreach (string known in names)
            {
                if (string.Equals(known, name, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Substitute(string template, Func<string, string> valueOf, bool literalBraces = false)
        {
            var text = new StringBuilder(template.Length + 32);
            for (int i = 0; i < template.Length; i++)
            {
                char c = template[i];
                if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
                {
                    text.Append(c);
                    if (literalBraces)
                    {
                        text.Append(c);
                    }

                    i++;
                }
                else if (c == '{')
                {
                    int end = template.IndexOf('}', i + 1);
                    if (end < 0)
                    {
                        throw new ArgumentException($"Unmatched '{{' in the message template \"{template}\".", nameof(template));
                    }

                    text.Append(valueOf(template.Substring(i + 1, end - i - 1)));
                    i = end;
                }
                else if (c == '}')
                {
                    throw new ArgumentException($"Unmatched '}}' in the message template \"{template}\".", nameof(template));
                }
                else
                {
                    text.Append(c);
                }
            }

            return text.ToString();
        }
    }
}
