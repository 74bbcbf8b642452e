using System.Collections.Generic;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// The shape every uncertain-wording rule shares: run <see cref="VagueWording"/> over some text
    /// fields of a document and report each match with its exact span.
    /// </summary>
    /// <typeparam name="TDocument">The document kind.</typeparam>
    internal abstract class UncertainWordingRule<TDocument> : DocumentRule<TDocument>
        where TDocument : class
    {
        private readonly VagueWording wording;
        private readonly BilingualText remedy;

        /// <param name="descriptor">The rule's id, severity and texts.</param>
        /// <param name="wording">The matcher.</param>
        /// <param name="remedy">What to write instead, appended to each message (e.g. 请写明具体的机关或信息).</param>
        protected UncertainWordingRule(RuleDescriptor descriptor, VagueWording wording, BilingualText remedy)
            : base(descriptor)
        {
            this.wording = wording;
            this.remedy = remedy;
        }

        public sealed override IEnumerable<Finding> Check(TDocument document, RuleContext context)
        {
            foreach (WordedField field in FieldsOf(document))
            {
                if (IsAccepted(document, field))
                {
                    continue;
                }

                foreach (VagueWordingMatch match in wording.Find(field.Text))
                {
                    yield return Report(context, field.Pointer, new BilingualText(
                        $"“{field.Name}”中的“{match.Text}”是模糊表述（第 {match.Start + 1} 个字起），{remedy.Chinese}",
                        $"'{match.Text}' in the {field.English} ({field.Name}), at character {match.Start + 1}, is uncertain wording; {remedy.English}"),
                        match.Text).WithSpan(match.Start, match.Length);
                }
            }
        }

        /// <summary>Whether the field's text is accepted as it is (e.g. the national guideline's own wording); <c>false</c> unless a rule says so.</summary>
        protected virtual bool IsAccepted(TDocument document, WordedField field) => false;

        /// <summary>The text fields to check, with their pointers and names.</summary>
        protected abstract IEnumerable<WordedField> FieldsOf(TDocument document);

        /// <summary>One text field: where it is and what it is called in both languages.</summary>
        protected readonly struct WordedField
        {
            public WordedField(string pointer, string name, string english, string? text)
            {
                Pointer = pointer;
                Name = name;
                English = english;
                Text = text;
            }

            public string Pointer { get; }

            public string Name { get; }

            public string English { get; }

            public string? Text { get; }
        }
    }
}
