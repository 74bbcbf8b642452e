using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.Generators.Model;

namespace GovDisclosure.Standard.Generators.Emitting
{
    /// <summary>
    /// Writes the values of the core library's <c>PilotDomain</c> code list from
    /// <c>catalog/domains.json</c>, so the 26 domains have one source of truth. The type's shape
    /// (constructor, <c>Number</c>, <c>Ministries</c>, <c>Guideline</c>) is hand-written in the core
    /// library, where other source generators can see it.
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
            w.Line(GeneratedCode.Attribute);
            w.Open("partial class PilotDomain");
            w.Doc("<summary>The version of <c>catalog/domains.json</c> the domains were generated from.</summary>");
            w.Line($"public const string DefinitionsVersion = {CSharpText.Literal(model.Version)};");
            foreach (DomainModel domain in model.Domains)
            {
                w.Line();
                WriteField(w, domain);
            }

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
