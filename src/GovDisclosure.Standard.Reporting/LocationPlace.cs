using System.Globalization;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// The place of a location (位置) as the text and HTML reports show it: what <see cref="SourceLocation.ToString"/> says
    /// without the JSON pointer. A place in a text file (a file with a line and column, or a record number), which every
    /// finding of a JSON or CSV file has, is put together directly; any other is the location's own text with the pointer
    /// left out, as before.
    /// </summary>
    internal static class LocationPlace
    {
        /// <summary>The text of <c>(location with { JsonPointer = "" }).ToString()</c>, made without copying the location when it is a place in a text file.</summary>
        public static string Of(SourceLocation location)
        {
            if (location.Sheet != null || location.Table != null || location.ElementPath != null || location.Page != null)
            {
                return (location with { JsonPointer = string.Empty }).ToString();
            }

            string file = location.File ?? string.Empty;
            string where = location.Line is long line
                ? location.Column is long column
                    ? string.Concat(file, ":", line.ToString(CultureInfo.InvariantCulture), ":", column.ToString(CultureInfo.InvariantCulture))
                    : string.Concat(file, ":", line.ToString(CultureInfo.InvariantCulture))
                : location.RecordNumber is long record
                    ? string.Concat(file, "#", record.ToString(CultureInfo.InvariantCulture))
                    : file;
            return where.Length == 0 ? "/" : where;
        }
    }
}
