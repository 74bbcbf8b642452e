namespace GovDisclosure.Standard.Catalogue.Comparison
{
    /// <summary>The part of a catalogue entry in which a local entry differs from its standard entry.</summary>
    public enum CatalogueAspect
    {
        /// <summary>公开时限 — the time limit.</summary>
        TimeLimit,

        /// <summary>公开内容（要素）— the content elements.</summary>
        ContentElements,

        /// <summary>公开渠道和载体 — the channels.</summary>
        Channels,

        /// <summary>公开方式 — proactive or on request.</summary>
        Modes,

        /// <summary>公开对象 — the whole public or a specific group.</summary>
        Audiences,

        /// <summary>公开依据 — the legal basis.</summary>
        LegalBasis,
    }
}
