using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GovDisclosure.Standard.Generators.Model;
using GovDisclosure.Standard.Generators.Reading;

namespace GovDisclosure.Standard.Generators.Emitting
{
    /// <summary>
    /// The entries of one catalogue as compact data for the generated class to read at run time,
    /// instead of one object initialiser per entry (which makes the compiler's work grow with every
    /// entry): <see cref="Text"/> holds each distinct string once, back to back, and
    /// <see cref="Layout"/> is a list of whole numbers, each ended by a comma.
    /// <para>
    /// The layout starts with the number of strings and each string's length (string k, counted
    /// from 1, follows string k − 1 in the text; 0 stands for <c>null</c>). Then, for each entry in
    /// file order: code, first-, second- and third-level item (strings); the number of content
    /// elements and, for each, its name (string) and requirement (index in
    /// <see cref="ValueSet.Requirements"/>); the number of legal bases and each (string); time limit
    /// and responsible body (strings); the number of channels and each (2 × index in
    /// <see cref="ValueSet.Channels"/>, or 2 × string + 1 for a named other channel); the number of
    /// audiences, modes and levels, each followed by its indexes in its value set; the number of
    /// categories and each category's number; categories-inferred and verified (0 absent, 1 false,
    /// 2 true); the number of confirmations and each (string); and the note (string).
    /// </para>
    /// </summary>
    internal sealed class EntryData
    {
        private readonly Dictionary<string, int> index = new Dictionary<string, int>(System.StringComparer.Ordinal);
        private readonly List<string> strings = new List<string>();
        private readonly List<int> entries = new List<int>();

        private EntryData(IEnumerable<EntryModel> models)
        {
            foreach (EntryModel entry in models)
            {
                Add(entry);
            }

            var text = new StringBuilder();
            var layout = new StringBuilder();
            Number(layout, strings.Count);
            foreach (string s in strings)
            {
                text.Append(s);
                Number(layout, s.Length);
            }

            foreach (int n in entries)
            {
                Number(layout, n);
            }

            Text = text.ToString();
            Layout = layout.ToString();
        }

        /// <summary>Every distinct string, back to back.</summary>
        public string Text { get; }

        /// <summary>The string lengths and the entries, as comma-ended whole numbers.</summary>
        public string Layout { get; }

        public static EntryData Of(IEnumerable<EntryModel> entries) => new EntryData(entries);

        private static void Number(StringBuilder layout, int n) => layout.Append(n.ToString(CultureInfo.InvariantCulture)).Append(',');

        private static int IndexIn(ValueSet set, string code)
        {
            for (int i = 0; i < set.Values.Count; i++)
            {
                if (set.Values[i].Code == code)
                {
                    return i;
                }
            }

            throw new System.ArgumentException("not a " + set.Description + ": " + code);
        }

        private static int Tri(bool? value) => value is null ? 0 : value.Value ? 2 : 1;

        private void Add(EntryModel entry)
        {
            entries.Add(String(entry.Code));
            entries.Add(String(entry.FirstLevelItem));
            entries.Add(String(entry.SecondLevelItem));
            entries.Add(String(entry.ThirdLevelItem));
            entries.Add(entry.ContentElements.Count);
            foreach (ContentElementModel element in entry.ContentElements)
            {
                entries.Add(String(element.Name));
                entries.Add(IndexIn(ValueSet.Requirements, element.Requirement));
            }

            Strings(entry.LegalBasis);
            entries.Add(String(entry.TimeLimit));
            entries.Add(String(entry.ResponsibleBody));
            entries.Add(entry.Channels.Count);
            foreach (string channel in entry.Channels)
            {
                entries.Add(channel.StartsWith(ValueSet.OtherChannelPrefix, System.StringComparison.Ordinal)
                    ? (2 * String(channel.Substring(ValueSet.OtherChannelPrefix.Length))) + 1
                    : 2 * IndexIn(ValueSet.Channels, channel));
            }

            Codes(ValueSet.Audiences, entry.Audiences);
            Codes(ValueSet.Modes, entry.Modes);
            Codes(ValueSet.Levels, entry.Levels);
            entries.Add(entry.Categories.Count);
            foreach (int category in entry.Categories)
            {
                entries.Add(category);
            }

            entries.Add(Tri(entry.CategoriesInferred));
            entries.Add(Tri(entry.Verified));
            Strings(entry.ConfirmedBy);
            entries.Add(String(entry.Note));
        }

        private void Strings(EquatableArray<string> values)
        {
            entries.Add(values.Count);
            foreach (string value in values)
            {
                entries.Add(String(value));
            }
        }

        private void Codes(ValueSet set, EquatableArray<string> codes)
        {
            entries.Add(codes.Count);
            foreach (string code in codes)
            {
                entries.Add(IndexIn(set, code));
            }
        }

        private int String(string? value)
        {
            if (value is null)
            {
                return 0;
            }

            if (!index.TryGetValue(value, out int number))
            {
                strings.Add(value);
                number = strings.Count;
                index.Add(value, number);
            }

            return number;
        }
    }
}
