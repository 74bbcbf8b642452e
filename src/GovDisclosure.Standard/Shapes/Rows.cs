using System;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>Short constructors for the rows of the field catalogue, so that each shape reads as a table.</summary>
    internal static class Rows
    {
        public const FieldPresence Optional = FieldPresence.Optional;
        public const FieldPresence Required = FieldPresence.Required;
        public const FieldPresence Essential = FieldPresence.Essential;

        /// <summary>A table column.</summary>
        public static FieldShape Column(string name, string chinese, string english, FieldPresence presence, CellType cellType, params string[] aliases) =>
            new FieldShape(name, new BilingualText(chinese, english), presence, cellType, aliases);

        /// <summary>A required table column that a yes/no field's <c>false</c> makes unnecessary.</summary>
        public static FieldShape ColumnExemptWhenFalse(string name, string chinese, string english, string exemptWhenFalse, CellType cellType, params string[] aliases) =>
            new FieldShape(name, new BilingualText(chinese, english), FieldPresence.Required, cellType, aliases, exemptWhenFalse: exemptWhenFalse);

        /// <summary>A field that is not a table column of its own.</summary>
        public static FieldShape Field(string name, string chinese, string english, FieldPresence presence = FieldPresence.Optional) =>
            new FieldShape(name, new BilingualText(chinese, english), presence, null, Array.Empty<string>());

        /// <summary>A row or column of a form, printed as its title and read by <paramref name="form"/>.</summary>
        public static FieldShape Field(string name, string chinese, string english, FormLabel form) =>
            new FieldShape(name, new BilingualText(chinese, english), FieldPresence.Optional, null, Array.Empty<string>(), form: PrintedOr(form, chinese));

        /// <summary>A row of a form, printed with its number (三（一） / III.(1)), printed as its number and title unless <paramref name="form"/> says otherwise.</summary>
        public static FieldShape Numbered(string name, string numberChinese, string numberEnglish, string chinese, string english, FormLabel? form = null) =>
            new FieldShape(name, new BilingualText(chinese, english), FieldPresence.Optional, null, Array.Empty<string>(), new BilingualText(numberChinese, numberEnglish),
                form: form is null ? null : PrintedOr(form, numberChinese + chinese));

        /// <summary>A row of table 二, printed under the heading of the Art. 20 item it counts (第二十条第（一）项) and numbered by it (第二十条第（一）项·规章).</summary>
        public static FieldShape UnderItem(string name, string itemChinese, string itemEnglish, string chinese, string english, FormLabel form) =>
            new FieldShape(name, new BilingualText(chinese, english), FieldPresence.Optional, null, Array.Empty<string>(), new BilingualText(itemChinese + "·", itemEnglish),
                form: PrintedOr(form, chinese) with { Heading = itemChinese });

        /// <summary>A row or column read by these words, printed as the form numbers and titles it.</summary>
        public static FormLabel Read(params string[] words) => new FormLabel(string.Empty, words);

        /// <summary>A row or column printed as <paramref name="printed"/> and read by these words.</summary>
        public static FormLabel Printed(string printed, params string[] words) => new FormLabel(printed, words);

        private static FormLabel PrintedOr(FormLabel form, string printed) => form.Printed.Length == 0 ? form with { Printed = printed } : form;

        /// <summary>The shape of <typeparamref name="T"/> with these rows.</summary>
        public static ObjectShape Of<T>(params FieldShape[] fields) => new ObjectShape(typeof(T), fields);
    }
}
