using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>One field a completeness rule requires: a field of the catalogue (<see cref="DocumentShapes"/>), and the label a rule may print before its title.</summary>
    internal sealed class RequiredField
    {
        private RequiredField(FieldPath path, BilingualText? prefix)
        {
            Path = path;
            Name = prefix is null
                ? path.Field.Title
                : new BilingualText(prefix.Chinese + path.Field.Title.Chinese, prefix.English + path.Field.Title.English);
        }

        /// <summary>The field.</summary>
        public FieldPath Path { get; }

        /// <summary>The JSON pointer of the field.</summary>
        public string Pointer => Path.Pointer;

        /// <summary>What the finding calls the field: its title, after the rule's prefix when it has one.</summary>
        public BilingualText Name { get; }

        /// <summary>The fields at <paramref name="paths"/> of <typeparamref name="TDocument"/>.</summary>
        public static RequiredField[] Of<TDocument>(params string[] paths) =>
            paths.Select(p => new RequiredField(ShapeOf<TDocument>()[p], null)).ToArray();

        /// <summary>The field at <paramref name="path"/>, printed after a prefix (e.g. a part's number in a local convention).</summary>
        public static RequiredField Numbered<TDocument>(string path, string prefixChinese, string prefixEnglish) =>
            new RequiredField(ShapeOf<TDocument>()[path], new BilingualText(prefixChinese, prefixEnglish));

        /// <summary>Every field the catalogue marks required on <typeparamref name="TDocument"/> itself.</summary>
        public static RequiredField[] AllOf<TDocument>() => AllExcept<TDocument>();

        /// <summary>Every field the catalogue marks required on <typeparamref name="TDocument"/> itself, but those at <paramref name="except"/> (another rule reports them).</summary>
        public static RequiredField[] AllExcept<TDocument>(params string[] except) =>
            ShapeOf<TDocument>().RequiredFields().Where(p => !except.Contains(p.Path)).Select(p => new RequiredField(p, null)).ToArray();

        /// <summary>Whether <paramref name="document"/> gives the field.</summary>
        public bool IsGivenIn(object document) => Path.IsGivenIn(document);

        private static DocumentShape ShapeOf<TDocument>() => DocumentShapes.ForType(typeof(TDocument))!;
    }
}
