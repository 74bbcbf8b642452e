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

        /// <summary>A row of a form, printed with its number (三（一） / III.(1)).</summary>
        public static FieldShape Numbered(string name, string numberChinese, string numberEnglish, string chinese, string english) =>
            new FieldShape(name, new BilingualText(chinese, english), FieldPresence.Optional, null, Array.Empty<string>(), new BilingualText(numberChinese, numberEnglish));

        /// <summary>The shape of <typeparamref name="T"/> with these rows.</summary>
        public static ObjectShape Of<T>(params FieldShape[] fields) => new ObjectShape(typeof(T), fields);
    }
}
