using System;
using System.Collections.Generic;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// The shape every uncertain-wording rule shares: run <see cref="VagueWording"/> over some text
    /// fields of a document and report each match with its exact span.
    /// </summary>
    /// <typeparam name="TDocument">The document kind.</typeparam>
    internal abstract class UncertainWordingRule<TDocument> : DocumentRule<TDocument>
        where TDocument : class
    {
        /// <summary>The most fields whose naming arguments a rule keeps (<see cref="ArgumentsOf"/>); a rule has a few.</summary>
        private const int MaxNamed = 16;

        /// <summary>Gives the matcher, asked for when the rule first checks a document (<see cref="Wording"/>).</summary>
        private readonly Func<VagueWording> wordingOf;

        private VagueWording? wording;

        /// <summary>The naming arguments of the fields found so far (<see cref="ArgumentsOf"/>).</summary>
        private FieldArguments[] named = Array.Empty<FieldArguments>();

        /// <param name="descriptor">The rule's id, severity and texts; its message <c>default</c> names the phrase, the field and what to write instead.</param>
        /// <param name="wordingOf">Gives the matcher, the first time the rule checks a document: a rule set holds the rule in
        /// every run, and a run with no document of its kind never makes the matcher.</param>
        protected UncertainWordingRule(RuleDescriptor descriptor, Func<VagueWording> wordingOf)
            : base(descriptor)
        {
            this.wordingOf = wordingOf;
        }

        /// <summary>The matcher (threads that ask at once get the same one).</summary>
        private VagueWording Wording => wording ??= wordingOf();

        public sealed override IEnumerable<Finding> Check(TDocument document, RuleContext context)
        {
            // Most texts hold no vague phrase: told without an iterator over the fields or a finding.
            int count = TextCount(document);
            for (int i = 0; i < count; i++)
            {
                IReadOnlyList<VagueWordingMatch> found = Wording.Find(TextAt(document, i));
                if (found.Count > 0)
                {
                    return Matches(document, context, i, found);
                }
            }

            return Array.Empty<Finding>();
        }

        /// <summary>
        /// The findings of the document's fields, given the first of them with a match (<paramref name="first"/>, in
        /// <see cref="FieldsOf"/>'s order) and its matches (<paramref name="firstMatches"/>): the fields before it hold none, and
        /// its text is not searched again.
        /// </summary>
        private IEnumerable<Finding> Matches(TDocument document, RuleContext context, int first, IReadOnlyList<VagueWordingMatch> firstMatches)
        {
            int index = -1;
            foreach (WordedField field in FieldsOf(document))
            {
                index++;
                if (index < first)
                {
                    continue;
                }

                IReadOnlyList<VagueWordingMatch> matches = index == first ? firstMatches : Wording.Find(field.Text);
                if (matches.Count == 0 || IsAccepted(document, field))
                {
                    continue;
                }

                FieldArguments named = ArgumentsOf(field);
                foreach (VagueWordingMatch match in matches)
                {
                    // Made with its span: one finding a match, not a second copy made to add the span.
                    yield return RuleFindings.Create(
                        Descriptor,
                        context,
                        field.Pointer,
                        "default",
                        match.Text,
                        new[]
                        {
                            new FindingArgument("phrase", match.Text),
                            named.Field,
                            named.FieldZh,
                            new FindingArgument("position", (match.Start + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        },
                        match.Start,
                        match.Length);
                }
            }
        }

        /// <summary>
        /// The arguments that name <paramref name="field"/> (<c>field</c>, <c>fieldZh</c>), the same for every finding of a field
        /// with the same names: made at the field's first finding and kept (a few fields a rule; the kept list is replaced whole,
        /// so either thread may read it while the other replaces it). The arguments are immutable and equal by value, so a finding
        /// holding kept ones is the finding holding new ones.
        /// </summary>
        private FieldArguments ArgumentsOf(WordedField field)
        {
            FieldArguments[] kept = named;
            foreach (FieldArguments arguments in kept)
            {
                if (ReferenceEquals(arguments.Name, field.Name) && ReferenceEquals(arguments.English, field.English))
                {
                    return arguments;
                }
            }

            var made = new FieldArguments(field.Name, field.English, new FindingArgument("field", field.Name, field.English), new FindingArgument("fieldZh", field.Name));
            if (kept.Length < MaxNamed)
            {
                var more = new FieldArguments[kept.Length + 1];
                Array.Copy(kept, more, kept.Length);
                more[kept.Length] = made;
                named = more;
            }

            return made;
        }

        /// <summary>Whether the field's text is accepted as it is (e.g. the national guideline's own wording); <c>false</c> unless a rule says so.</summary>
        protected virtual bool IsAccepted(TDocument document, WordedField field) => false;

        /// <summary>The text fields to check, with their pointers and names.</summary>
        protected abstract IEnumerable<WordedField> FieldsOf(TDocument document);

        /// <summary>How many texts <see cref="FieldsOf"/> gives for the document.</summary>
        protected abstract int TextCount(TDocument document);

        /// <summary>The text of one of <see cref="FieldsOf"/>'s fields, by its place in <see cref="FieldsOf"/>'s order: a scan that usually finds nothing reads them without an iterator, and the first text with a match is not searched again.</summary>
        protected abstract string? TextAt(TDocument document, int index);

        /// <summary>The names of a field and the arguments that name it in a finding.</summary>
        private sealed record FieldArguments(string Name, string English, FindingArgument Field, FindingArgument FieldZh);

        /// <summary>One text field: where it is and what it is called in both languages.</summary>
        protected readonly struct WordedField
        {
            private readonly string pointer;
            private readonly int index;
            private readonly string? member;

            public WordedField(string pointer, string name, string english, string? text)
            {
                this.pointer = pointer;
                index = -1;
                member = null;
                Name = name;
                English = english;
                Text = text;
            }

            public WordedField(string pointer, BilingualText name, string? text)
                : this(pointer, name.Chinese, name.English, text)
            {
            }

            /// <summary>A member of a list item (<c>/list/index/member</c>), whose pointer is built only when a finding needs it.</summary>
            public WordedField(string list, int index, string member, BilingualText name, string? text)
                : this(list, name.Chinese, name.English, text)
            {
                this.index = index;
                this.member = member;
            }

            public string Pointer => member is null ? pointer : JsonPointer.Append(JsonPointer.Append(pointer, index), member);

            public string Name { get; }

            public string English { get; }

            public string? Text { get; }
        }
    }
}
