using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using Ardalis.SmartEnum;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Codelists
{
    /// <summary>
    /// One value of a closed code list (代码集), in the manner of the open-data standards' codelists:
    /// a stable ASCII <see cref="Code"/> that JSON writes, the Chinese name that documents use, an
    /// English name, and the synonyms people write in practice. Parsing accepts any of them; output
    /// always writes the code.
    /// </summary>
    /// <typeparam name="TSelf">The concrete code list.</typeparam>
    public abstract class CodelistValue<TSelf> : SmartEnum<TSelf>
        where TSelf : CodelistValue<TSelf>
    {
        /// <summary>The values in declared order and by folded spelling, made when first asked for (a class, not a tuple: a lazy value over a reference type runs the framework's precompiled code).</summary>
        private static readonly Lazy<ValueIndex> Index = new Lazy<ValueIndex>(BuildIndex);

        private static RememberedAnswers<TSelf?>? rememberedClosest;
#if NET9_0_OR_GREATER
        private static readonly Lazy<Dictionary<string, TSelf>.AlternateLookup<ReadOnlySpan<char>>> ByFoldedSpan =
            new Lazy<Dictionary<string, TSelf>.AlternateLookup<ReadOnlySpan<char>>>(() => Index.Value.ByFoldedText.GetAlternateLookup<ReadOnlySpan<char>>());
#endif

        private string[]? foldedSpellings;

        /// <summary>Creates a code-list value.</summary>
        /// <param name="code">Stable ASCII camelCase code; never changes meaning once shipped.</param>
        /// <param name="order">Position in the code list's declaration order, from 1.</param>
        /// <param name="chineseName">The Chinese name used in official documents.</param>
        /// <param name="englishName">The English name.</param>
        /// <param name="synonyms">Other wordings accepted on input (former names, colloquial forms).</param>
        protected CodelistValue(string code, int order, string chineseName, string englishName, params string[] synonyms)
            : base(code, order)
        {
            ChineseName = chineseName ?? throw new ArgumentNullException(nameof(chineseName));
            EnglishName = englishName ?? throw new ArgumentNullException(nameof(englishName));
            Synonyms = synonyms ?? Array.Empty<string>();
        }

        /// <summary>The stable ASCII code written in canonical JSON (代码).</summary>
        public string Code => Name;

        /// <summary>The Chinese name (中文名称).</summary>
        public string ChineseName { get; }

        /// <summary>The English name.</summary>
        public string EnglishName { get; }

        /// <summary>Other wordings that parse to this value.</summary>
        public IReadOnlyList<string> Synonyms { get; }

        /// <summary>
        /// Every value in declaration order (the order of the source document). SmartEnum's own
        /// <c>List</c> is sorted by name, so use this where order matters.
        /// </summary>
        public static IReadOnlyList<TSelf> Declared
        {
            get => Index.Value.Declared;
        }

        /// <summary>
        /// Parses a code, a Chinese name, an English name or a known synonym, ignoring white space,
        /// full-width/half-width differences and ASCII case.
        /// </summary>
        /// <param name="text">The text to parse.</param>
        /// <param name="value">The value, when the text is known.</param>
        /// <returns><c>true</c> when the text names a value of this code list.</returns>
        public static bool TryParse(string? text, [NotNullWhen(true)] out TSelf? value)
        {
            return Index.Value.ByFoldedText.TryGetValue(ChineseText.Fold(text), out value);
        }

        /// <summary>
        /// Parses a span as <see cref="TryParse(string, out TSelf)"/> parses the same text: a text that is already its own
        /// fold (<see cref="ChineseText.IsFolded(ReadOnlySpan{char})"/>, as most cells are) is looked up with no string made.
        /// </summary>
        /// <param name="text">The text to parse.</param>
        /// <param name="value">The value, when the text is known.</param>
        internal static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out TSelf? value)
        {
#if NET9_0_OR_GREATER
            if (ChineseText.IsFolded(text))
            {
                return ByFoldedSpan.Value.TryGetValue(text, out value);
            }
#endif
            return TryParse(text.ToString(), out value);
        }

        /// <summary>Parses like <see cref="TryParse(string, out TSelf)"/>, throwing when the text is not known.</summary>
        /// <param name="text">The text to parse.</param>
        /// <exception cref="FormatException">The text names no value; the message lists the closest one.</exception>
        public static TSelf Parse(string text)
        {
            if (TryParse(text, out TSelf? value))
            {
                return value;
            }

            TSelf? closest = Closest(text);
            string hint = closest is null ? string.Empty : $" Did you mean '{closest.Code}' ({closest.ChineseName})?";
            throw new FormatException($"'{text}' is not a known {typeof(TSelf).Name}.{hint}");
        }

        /// <summary>
        /// The value whose code, names or synonyms are closest to <paramref name="text"/> by edit
        /// distance, or <c>null</c> when none is reasonably close. Used to suggest a correction.
        /// </summary>
        /// <param name="text">Unrecognised text.</param>
        public static TSelf? Closest(string? text) => text is null ? null : RememberedClosest.For(text);

        /// <summary>The closest value to each distinct unrecognised text (<see cref="Closest"/>), remembered: a file repeats its misspellings, one in every entry.</summary>
        private static RememberedAnswers<TSelf?> RememberedClosest => rememberedClosest ??=
            new RememberedAnswers<TSelf?>(text => ClosestSpelling.Among(text, Declared, candidate => candidate.FoldedSpellings));

        /// <summary>The value's spellings (<see cref="Spellings"/>) folded (<see cref="ChineseText.Fold"/>), worked out once: a suggestion is looked for in every finding of an unknown code.</summary>
        private IReadOnlyList<string> FoldedSpellings => foldedSpellings ??= Spellings().Select(ChineseText.Fold).ToArray();

        /// <inheritdoc />
        public override string ToString() => Code;

        private IEnumerable<string> Spellings()
        {
            yield return Code;
            yield return ChineseName;
            yield return EnglishName;
            foreach (string synonym in Synonyms)
            {
                yield return synonym;
            }
        }

        /// <summary>
        /// The values the type declares (its public static fields of its own type, as <see cref="SmartEnum{TEnum, TValue}.List"/>
        /// finds them) in the order of <see cref="SmartEnum{TEnum, TValue}.Value"/>, equal values in the order declared. Read
        /// from the type's own fields: the list of <see cref="SmartEnum{TEnum, TValue}"/> looks through every type of the
        /// assembly for each code list, a cost every run paid at start-up.
        /// </summary>
        private static TSelf[] DeclaredInOrder()
        {
            var values = new List<TSelf>();
            foreach (FieldInfo field in typeof(TSelf).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (field.FieldType == typeof(TSelf) && field.GetValue(null) is TSelf value)
                {
                    // Insertion by value, after every value not greater: a stable sort of a short list.
                    int at = values.Count;
                    while (at > 0 && values[at - 1].Value > value.Value)
                    {
                        at--;
                    }

                    values.Insert(at, value);
                }
            }

            return values.ToArray();
        }

        private static ValueIndex BuildIndex()
        {
            TSelf[] ordered = DeclaredInOrder();
            var index = new Dictionary<string, TSelf>(StringComparer.Ordinal);
            foreach (TSelf value in ordered)
            {
                foreach (string spelling in value.Spellings())
                {
                    string key = ChineseText.Fold(spelling);
                    if (index.TryGetValue(key, out TSelf? existing) && !ReferenceEquals(existing, value))
                    {
                        throw new InvalidOperationException(
                            $"{typeof(TSelf).Name}: '{spelling}' names both '{existing.Code}' and '{value.Code}'.");
                    }

                    index[key] = value;
                }
            }

            return new ValueIndex(ordered, index);
        }

        /// <summary>The values in declared order, and each by every folded spelling.</summary>
        private sealed class ValueIndex
        {
            public ValueIndex(IReadOnlyList<TSelf> declared, Dictionary<string, TSelf> byFoldedText)
            {
                Declared = declared;
                ByFoldedText = byFoldedText;
            }

            public IReadOnlyList<TSelf> Declared { get; }

            public Dictionary<string, TSelf> ByFoldedText { get; }
        }
    }
}
