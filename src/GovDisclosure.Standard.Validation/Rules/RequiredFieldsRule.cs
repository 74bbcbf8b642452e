using System;
using System.Collections.Generic;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// A completeness rule: one finding per required field that is absent or blank, unless binding
    /// already reported the value (then it is absent because it was wrong, and is reported once). The
    /// message is the descriptor's template <c>missing</c>, which says what the fields are part of.
    /// The fields, their names and what counts as given come from the field catalogue.
    /// </summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    internal abstract class RequiredFieldsRule<TDocument> : DocumentRule<TDocument>
        where TDocument : class
    {
        /// <summary>The checks of the fields <see cref="FieldsOf"/> gave last (replaced whole, so either thread may read them while the other replaces them).</summary>
        private FieldChecks? checks;

        protected RequiredFieldsRule(RuleDescriptor descriptor)
            : base(descriptor)
        {
        }

        /// <summary>The fields the rule requires of <paramref name="document"/>, named as the field catalogue names them.</summary>
        protected abstract IEnumerable<RequiredField> FieldsOf(TDocument document);

        public override IEnumerable<Finding> Check(TDocument document, RuleContext context)
        {
            // Most documents give every field: they are settled without an iterator or an enumerator, each field through
            // its check made once for the document type.
            if (FieldsOf(document) is RequiredField[] fields)
            {
                GivenCheck<TDocument>[] checks = ChecksOf(fields);
                bool anyMissing = false;
                for (int i = 0; i < checks.Length; i++)
                {
                    if (!checks[i].IsGivenIn(document) && !context.HasBindingFinding(fields[i].Pointer))
                    {
                        anyMissing = true;
                        break;
                    }
                }

                if (!anyMissing)
                {
                    return Array.Empty<Finding>();
                }
            }

            return Missing(document, context);
        }

        /// <summary>Whether <paramref name="document"/> lacks <paramref name="field"/> and binding did not report it: through the field's check when <see cref="FieldsOf"/> gives an array.</summary>
        private static bool IsMissing(RequiredField field, int index, GivenCheck<TDocument>[]? fieldChecks, TDocument document, RuleContext context) =>
            !(fieldChecks is null ? field.IsGivenIn(document) : fieldChecks[index].IsGivenIn(document)) && !context.HasBindingFinding(field.Pointer);

        /// <summary>The checks of <paramref name="fields"/>, in order: made at the first document, then kept with the fields they were made for.</summary>
        private GivenCheck<TDocument>[] ChecksOf(RequiredField[] fields)
        {
            FieldChecks? kept = checks;
            if (kept is null || !ReferenceEquals(kept.Fields, fields))
            {
                var made = new GivenCheck<TDocument>[fields.Length];
                for (int i = 0; i < fields.Length; i++)
                {
                    made[i] = GivenCheck<TDocument>.For(fields[i].Path);
                }

                checks = kept = new FieldChecks(fields, made);
            }

            return kept.Checks;
        }

        private IEnumerable<Finding> Missing(TDocument document, RuleContext context)
        {
            IEnumerable<RequiredField> fields = FieldsOf(document);
            GivenCheck<TDocument>[]? fieldChecks = fields is RequiredField[] array ? ChecksOf(array) : null;
            int index = 0;
            foreach (RequiredField field in fields)
            {
                if (IsMissing(field, index++, fieldChecks, document, context))
                {
                    yield return Report(context, field.Pointer, "missing", null, field.Named, field.NamedChinese);
                }
            }
        }

        /// <summary>A rule's required fields and the check of each, in the same order.</summary>
        private sealed record FieldChecks(RequiredField[] Fields, GivenCheck<TDocument>[] Checks);
    }
}
