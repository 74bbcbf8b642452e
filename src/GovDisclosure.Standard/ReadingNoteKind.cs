namespace GovDisclosure.Standard
{
    /// <summary>
    /// What a reader noticed while reading a published document into the model (a row or column of the
    /// form it did not find, a cell it could not read as a number…). The validator turns each kind into
    /// the finding of its rule (GD-PUB-…), with that rule's severity.
    /// </summary>
    public enum ReadingNoteKind
    {
        /// <summary>A published table has a row the form does not have (其他主动公开文件…).</summary>
        ExtraRow = 1,

        /// <summary>A row of the form is missing from the published table.</summary>
        MissingRow = 2,

        /// <summary>A cell that should hold a number holds text that cannot be read as one.</summary>
        UnreadableCell = 3,

        /// <summary>A column of the form is missing from the published table.</summary>
        MissingColumn = 4,

        /// <summary>A published table repeats a row of the form that was already read; the repeat is not counted.</summary>
        RepeatedRow = 5,

        /// <summary>A section heading's numeral skips one (一、二、四…): the numeral before it is missing.</summary>
        SectionNumberSkipped = 6,

        /// <summary>A section heading's numeral repeats or goes back (一、二、二…).</summary>
        SectionNumberRepeated = 7,

        /// <summary>A table was not read from the document (a PDF's tables are not read yet); its values are not checked.</summary>
        TableNotRead = 8,

        /// <summary>
        /// The agency kind was not stated; it was inferred from the agency's name (…人民政府 a government, …镇 or …乡 a
        /// township, …街道办事处 a sub-district office, …局, …委员会, …办公厅 a department). <see cref="ReadingNote.Value"/> is
        /// the name. Not a finding of its own: the timeliness rule states the inference in its finding.
        /// </summary>
        AgencyKindInferred = 9,
    }
}
