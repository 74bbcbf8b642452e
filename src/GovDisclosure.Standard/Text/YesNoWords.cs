namespace GovDisclosure.Standard.Text
{
    /// <summary>
    /// A yes/no answer written as a word, as forms and exports write it: 是 / 否, and true / yes, false / no. Table cells
    /// accept tick marks besides (see the IO layer's cell syntax); this is the set every reader shares.
    /// </summary>
    internal static class YesNoWords
    {
        /// <summary>是 (yes), as a form prints a true answer.</summary>
        public const string Yes = "是";

        /// <summary>否 (no), as a form prints a false answer.</summary>
        public const string No = "否";

        /// <summary>The answer a word gives, or <c>null</c> when it is not a yes/no word; <paramref name="folded"/> is already lower-case and trimmed.</summary>
        public static bool? Read(string folded)
        {
            switch (folded)
            {
                case Yes:
                case "true":
                case "yes":
                    return true;
                case No:
                case "false":
                case "no":
                    return false;
                default:
                    return null;
            }
        }
    }
}
