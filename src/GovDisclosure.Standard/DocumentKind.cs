using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard
{
    /// <summary>The kinds of disclosure document this library models, validates and publishes schemas for.</summary>
    public sealed class DocumentKind : CodelistValue<DocumentKind>
    {
        /// <summary>标准目录条目 — a standard catalogue entry (<see cref="Catalogue.CatalogueEntry"/>).</summary>
        public static readonly DocumentKind CatalogueEntry = new DocumentKind("catalogueEntry", 1, "标准目录条目", "Standard catalogue entry", "catalogue-entry", "catalogue", "catalog", "标准目录");

        /// <summary>办事指南 — a service guide (<see cref="ServiceGuides.ServiceGuide"/>).</summary>
        public static readonly DocumentKind ServiceGuide = new DocumentKind("serviceGuide", 2, "办事指南", "Service guide", "service-guide");

        /// <summary>公开目录条目 — a disclosure directory item (<see cref="Directories.DirectoryItem"/>).</summary>
        public static readonly DocumentKind DirectoryItem = new DocumentKind("directoryItem", 3, "公开目录条目", "Directory item", "directory-item", "directory", "公开目录");

        /// <summary>执法公示 — an enforcement disclosure (<see cref="Enforcement.EnforcementDisclosure"/>).</summary>
        public static readonly DocumentKind EnforcementDisclosure = new DocumentKind("enforcementDisclosure", 4, "执法公示", "Enforcement disclosure", "enforcement-disclosure", "enforcement");

        /// <summary>年度报告 — an annual report (<see cref="AnnualReports.AnnualReport"/>).</summary>
        public static readonly DocumentKind AnnualReport = new DocumentKind("annualReport", 5, "年度报告", "Annual report", "annual-report", "report");

        /// <summary>公开指南 — a disclosure guide (<see cref="DisclosureGuides.DisclosureGuide"/>).</summary>
        public static readonly DocumentKind DisclosureGuide = new DocumentKind("disclosureGuide", 6, "政府信息公开指南", "Disclosure guide", "disclosure-guide", "公开指南");

        private DocumentKind(string code, int order, string chineseName, string englishName, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
        }
    }
}
