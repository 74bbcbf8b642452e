namespace GovDisclosure.Standard.ServiceGuides.Comparison
{
    /// <summary>An element of a service guide (办事指南要素) compared between two published copies.</summary>
    public enum ServiceGuideElement
    {
        /// <summary>设定依据 — the legal basis, compared by the documents it cites.</summary>
        LegalBasis,

        /// <summary>申请条件 — the conditions.</summary>
        Conditions,

        /// <summary>办理材料 — one material (申请材料).</summary>
        Materials,

        /// <summary>办理地点 — where to apply.</summary>
        HandlingPlace,

        /// <summary>办理机构 — the handling body.</summary>
        HandlingBody,

        /// <summary>收费标准 — whether it is charged for and the rates.</summary>
        Fees,

        /// <summary>收费依据 — the document that sets the fees, compared by the documents it cites.</summary>
        FeeBasis,

        /// <summary>办理时间 — opening hours.</summary>
        OfficeHours,

        /// <summary>联系电话 — the phone number(s).</summary>
        ContactPhone,

        /// <summary>办理流程 — the procedure.</summary>
        Procedure,

        /// <summary>法定办结时限 — the legal time limit.</summary>
        LegalTimeLimit,

        /// <summary>承诺办结时限 — the promised time limit.</summary>
        PromisedTimeLimit,
    }
}
