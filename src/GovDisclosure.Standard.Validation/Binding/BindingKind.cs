namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>How the binder reads a value of a model type.</summary>
    internal enum BindingKind
    {
        /// <summary>Not a value the binder reads itself: its structure decides (object, list, or as written).</summary>
        Structured,

        /// <summary>Text (文字); a number is read as its text.</summary>
        Text,

        /// <summary>A whole number that fits an <see cref="int"/>.</summary>
        WholeNumber,

        /// <summary>A whole number that fits a <see cref="long"/>.</summary>
        LongNumber,

        /// <summary>A number (decimal or double).</summary>
        Number,

        /// <summary>An amount of money (金额): a number or text with its unit, or its object form.</summary>
        Amount,

        /// <summary>Yes or no (是/否).</summary>
        Boolean,

        /// <summary>A calendar date (日期).</summary>
        Date,

        /// <summary>A time limit as written (公开时限).</summary>
        TimeLimit,

        /// <summary>A publication channel (公开渠道).</summary>
        Channel,

        /// <summary>An Article 20 item (条例第二十条事项), by number or by code.</summary>
        Category,

        /// <summary>A value of a code list, by code or name.</summary>
        Code,

        /// <summary>An object with members.</summary>
        Object,

        /// <summary>A list of values.</summary>
        List,

        /// <summary>Any other value, kept as written.</summary>
        AsWritten,
    }
}
