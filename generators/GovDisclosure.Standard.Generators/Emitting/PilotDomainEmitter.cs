using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.Generators.Model;

namespace GovDisclosure.Standard.Generators.Emitting
{
    /// <summary>
    /// Writes the <c>PilotDomain</c> code list of the core library from <c>catalog/domains.json</c>,
    /// so the 26 domains have one source of truth.
    /// </summary>
    internal static class PilotDomainEmitter
    {
        public const string HintName = "PilotDomain.g.cs";

        private const string Guideline = "global::GovDisclosure.Standard.Catalogue.PilotDomainGuideline";

        public static string Emit(DomainListModel model)
        {
            var w = new SourceWriter();
            GeneratedCode.Header(w, "catalog/domains.json");
            w.Open("namespace GovDisclosure.Standard.Catalogue");
            w.Doc(
                "<summary>\n" +
                "One of the pilot domains (试点领域) of grass-roots disclosure standardisation\n" +
                "(基层政务公开标准化规范化, 国办发〔2019〕54号), each with a ministry's guideline and a standard\n" +
                "catalogue. Generated from <c>catalog/domains.json</c> (version " + CSharpText.Xml(model.Version) + "), the one list of the domains.\n" +
                "</summary>");
            w.Line(GeneratedCode.Attribute);
            w.Open("public sealed partial class PilotDomain : global::GovDisclosure.Standard.Codelists.CodelistValue<PilotDomain>");

            foreach (DomainModel domain in model.Domains)
            {
                WriteField(w, domain);
                w.Line();
            }

            w.Line("private PilotDomain(int number, string code, string chineseName, string englishName, string[] ministries, " + Guideline + "? guideline, params string[] aliases)");
            w.Line("    : base(code, number, chineseName, englishName, aliases)");
            w.Line("{");
            w.Line("    Ministries = ministries;");
            w.Line("    Guideline = guideline;");
            w.Line("}");
            w.Line();
            w.Doc("<summary>The domain's number in the list of domain-reference §3 (1 to " + model.Domains.Count.ToString(CultureInfo.InvariantCulture) + ").</summary>");
            w.Line("public int Number => Value;");
            w.Line();
            w.Doc("<summary>The ministries (主管部门) that issued the domain's guideline.</summary>");
            w.Line("public global::System.Collections.Generic.IReadOnlyList<string> Ministries { get; }");
            w.Line();
            w.Doc("<summary>The domain's 基层政务公开标准指引 and how far its title, number and date were checked; <c>null</c> when <c>domains.json</c> gives none.</summary>");
            w.Line("public " + Guideline + "? Guideline { get; }");
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static void WriteField(SourceWriter w, DomainModel domain)
        {
            var summary = new List<string> { CSharpText.Xml(domain.Name) + " — " + CSharpText.Xml(domain.EnglishName) };
            if (domain.Aliases.Count > 0)
            {
                summary.Add("(also " + CSharpText.Xml(string.Join("、", domain.Aliases)) + ")");
            }

            summary.Add("; 主管部门 " + CSharpText.Xml(string.Join("、", domain.Ministries)) + ".");
            w.Doc("<summary>" + string.Join(" ", summary).Replace(" ;", ";") + "</summary>");

            string aliases = domain.Aliases.Count == 0 ? string.Empty : ", " + CSharpText.Literals(domain.Aliases);
            w.Line($"public static readonly PilotDomain {domain.MemberName} = new PilotDomain(");
            w.Line($"    {domain.Number.ToString(CultureInfo.InvariantCulture)},");
            w.Line($"    {CSharpText.Literal(domain.Code)},");
            w.Line($"    {CSharpText.Literal(domain.Name)},");
            w.Line($"    {CSharpText.Literal(domain.EnglishName)},");
            w.Line($"    new string[] {{ {CSharpText.Literals(domain.Ministries)} }},");
            w.Line($"    {GuidelineExpression(domain.Guideline)}{aliases});");
        }

        private static string GuidelineExpression(GuidelineModel? guideline)
        {
            if (guideline is null)
            {
                return "null";
            }

            var parts = new List<string>();
            if (guideline.Title != null)
            {
                parts.Add("Title = " + CSharpText.Literal(guideline.Title));
            }

            if (guideline.DocumentNumber != null)
            {
                parts.Add("DocumentNumber = " + CSharpText.Literal(guideline.DocumentNumber));
            }

            if (guideline.IssuedOn != null)
            {
                parts.Add("IssuedOn = global::GovDisclosure.Standard.Calendar.CalendarDate.Parse(" + CSharpText.Literal(guideline.IssuedOn) + ")");
            }

            parts.Add("Verified = " + (guideline.Verified ? "true" : "false"));
            if (guideline.Note != null)
            {
                parts.Add("Note = " + CSharpText.Literal(guideline.Note));
            }

            return "new " + Guideline + " { " + string.Join(", ", parts) + " }";
        }
    }
}
