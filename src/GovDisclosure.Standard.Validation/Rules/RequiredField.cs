using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// One field a completeness rule requires: a field of the catalogue (<see cref="DocumentShapes"/>), named by the
    /// model's property (<c>nameof(CatalogueEntry.LegalBasis)</c>, see <see cref="FieldPaths"/>), and the label a rule may print before its title.
    /// </summary>
    internal sealed class RequiredField
    {
        private RequiredField(FieldPath path, BilingualText? prefix)
        {
            Path = path;
            Name = prefix is null
                ? path.Field.Title
                : new BilingualText(prefix.Chinese + path.Field.Title.Chinese, prefix.English + path.Field.Title.English);
            Named = new FindingArgument("field", Name.Chinese, Name.English);
            NamedChinese = new FindingArgument("fieldZh", Name.Chinese);
        }

        /// <summary>The field.</summary>
        public FieldPath Path { get; }

        /// <summary>The JSON pointer of the field.</summary>
        public string Pointer => Path.Pointer;

        /// <summary>What the finding calls the field: its title, after the rule's prefix when it has one.</summary>
        public BilingualText Name { get; }

        /// <summary>The argument <c>field</c> of a finding that the field is missing: <see cref="Name"/> in both languages (made once; arguments are immutable and equal by value).</summary>
        public FindingArgument Named { get; }

        /// <summary>The argument <c>fieldZh</c> of a finding that the field is missing: <see cref="Name"/> in Chinese.</summary>
        public FindingArgument NamedChinese { get; }

        /// <summary>The fields of <typeparamref name="TDocument"/> its properties <paramref name="fields"/> hold.</summary>
        /// <param name="fields">The document's property names, e.g. <c>nameof(CatalogueEntry.LegalBasis)</c>.</param>
        public static RequiredField[] Of<TDocument>(params string[] fields) =>
            fields.Select(f => new RequiredField(FieldPaths.Of<TDocument>(f), null)).ToArray();

        /// <summary>The field of <typeparamref name="TDocument"/> its property <paramref name="field"/> holds, printed after a prefix (e.g. a part's number in a local convention).</summary>
        /// <param name="field">The document's property name, e.g. <c>nameof(DisclosureGuide.Office)</c>.</param>
        /// <param name="prefixChinese">The prefix before the Chinese title.</param>
        /// <param name="prefixEnglish">The prefix before the English title.</param>
        public static RequiredField Numbered<TDocument>(string field, string prefixChinese, string prefixEnglish) =>
            new RequiredField(FieldPaths.Of<TDocument>(field), new BilingualText(prefixChinese, prefixEnglish));

        /// <summary>Every field the catalogue marks required on <typeparamref name="TDocument"/> itself.</summary>
        public static RequiredField[] AllOf<TDocument>() => AllExcept<TDocument>();

        /// <summary>Every field the catalogue marks required on <typeparamref name="TDocument"/> itself, but those its properties <paramref name="except"/> hold (another rule reports them).</summary>
        /// <param name="except">The document's property names, e.g. <c>nameof(CatalogueEntry.LegalBasis)</c>.</param>
        public static RequiredField[] AllExcept<TDocument>(params string[] except)
        {
            string[] others = except.Select(f => FieldPaths.Of<TDocument>(f).Path).ToArray();
            return DocumentShapes.ForType(typeof(TDocument))!.RequiredFields().Where(p => !others.Contains(p.Path)).Select(p => new RequiredField(p, null)).ToArray();
        }

        /// <summary>Every field the catalogue marks required on the part <typeparamref name="TDocument"/>'s property <paramref name="part"/> holds (the office of a guide), each reached through the part.</summary>
        /// <param name="part">The document's property name of a part, e.g. <c>nameof(DisclosureGuide.Office)</c>.</param>
        public static RequiredField[] Within<TDocument>(string part)
        {
            FieldPath path = FieldPaths.Of<TDocument>(part);
            ObjectShape shape = DocumentShapes.Of(path.Field.PartType) ?? throw new ArgumentException(path + " is not a part with fields of its own.", nameof(part));
            return shape.Fields.Where(f => f.IsRequired).Select(f => new RequiredField(new FieldPath(path.Steps.Concat(new[] { f }).ToArray()), null)).ToArray();
        }

        /// <summary>Whether <paramref name="document"/> gives the field.</summary>
        public bool IsGivenIn(object document) => Path.IsGivenIn(document);
    }
}
