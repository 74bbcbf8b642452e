using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Validation.Rules;
using static GovDisclosure.Standard.Tests.Validation.Samples;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// The uncertain-wording rules (GD-CAT-009, GD-SG-003) search the first text with a match once, hand its matches to the
    /// findings, and name each field with arguments made once: on catalogue entries and service guides whose texts hold
    /// vague phrases, proper names, full-width letters and the built-in catalogue's own wording at random, in any field and
    /// any number of them, the findings are those of the rule's fields each searched anew and named anew, in order.
    /// </summary>
    public class WordingFoundOnceTests
    {
        private static readonly string[] Pieces =
        {
            "县民政局", "有关部门", "其他材料", "相关规定", "救助对象名单", "其他对外管理服务事项", "《关于其他相关事项的通知》", "等材料",
            "，", "　", " ", "ＡＢＣ", "其它有关", "依据《城镇燃气管理条例》有关规定", "法人或者其他组织", "",
        };

        private static readonly Gen<string?> Texts =
            Gen.Frequency(
                (1, Gen.Constant<string?>(null)),
                (1, Gen.Elements(StandardCatalogue.For(PilotDomain.Declared.First()).Select(e => e.ResponsibleBody).Where(b => b != null).Distinct().ToArray()).Select(b => (string?)b)),
                (6, Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(Gen.Elements(Pieces), n)).Select(p => (string?)string.Concat(p))));

        private static readonly Gen<CatalogueEntry> Entries =
            from body in Texts
            from names in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Texts, n))
            from domain in Gen.Elements(PilotDomain.Declared.Take(3).Cast<PilotDomain?>().Append(null).ToArray())
            select Entry() with
            {
                ResponsibleBody = body,
                Domain = domain,
                ContentElements = names.Select(n => new ContentElement(n ?? "名称")).ToArray(),
            };

        private static readonly Gen<ServiceGuide> Guides =
            from body in Texts
            from conditions in Texts
            from names in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Texts, n))
            select Guide() with
            {
                HandlingBody = body,
                Conditions = conditions,
                Materials = names.Select(n => new ServiceMaterial { Name = n ?? "户口簿", Necessity = MaterialNecessity.Required }).ToArray(),
            };

        [Property(MaxTest = 300)]
        public Property A_catalogue_entry_s_findings_are_its_fields_searched_anew() =>
            Prop.ForAll(Entries.ToArbitrary(), entry => Same(entry, "GD-CAT-009", GovDisclosure.Standard.Validation.CatalogueEntries.UncertainWordingRule.Instance));

        [Property(MaxTest = 300)]
        public Property A_service_guide_s_findings_are_its_fields_searched_anew() =>
            Prop.ForAll(Guides.ToArbitrary(), guide => Same(guide, "GD-SG-003", GovDisclosure.Standard.Validation.ServiceGuides.UncertainWordingRule.Instance));

        /// <summary>Whether the validator's findings of <paramref name="ruleId"/> are those <see cref="Expected"/> makes, in order, twice (the kept arguments at work the second time).</summary>
        private static bool Same<TDocument>(TDocument document, string ruleId, object rule)
            where TDocument : class
        {
            string[] expected = Expected(document, rule).ToArray();
            for (int run = 0; run < 2; run++)
            {
                string[] found = Of(document, ruleId).Select(f => Key(f.Location.JsonPointer, f.Value, f.SpanStart, f.SpanLength, f.Arguments)).ToArray();
                if (!expected.SequenceEqual(found))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The findings of the rule's fields (its own <c>FieldsOf</c> and <c>IsAccepted</c>), each text searched anew and each field named anew.</summary>
        private static IEnumerable<string> Expected(object document, object rule)
        {
            Type type = rule.GetType();
            var fields = (IEnumerable)type.GetMethod("FieldsOf", BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(rule, new[] { document })!;
            MethodInfo accepted = type.GetMethod("IsAccepted", BindingFlags.NonPublic | BindingFlags.Instance)!;
            foreach (object field in fields)
            {
                string? text = (string?)Read(field, "Text");
                IReadOnlyList<VagueWordingMatch> matches = VagueWording.Default.Find(text);
                if (matches.Count == 0 || (bool)accepted.Invoke(rule, new[] { document, field })!)
                {
                    continue;
                }

                string name = (string)Read(field, "Name")!;
                foreach (VagueWordingMatch match in matches)
                {
                    yield return Key((string)Read(field, "Pointer")!, match.Text, match.Start, match.Length, new[]
                    {
                        new FindingArgument("phrase", match.Text),
                        new FindingArgument("field", name, (string)Read(field, "English")!),
                        new FindingArgument("fieldZh", name),
                        new FindingArgument("position", (match.Start + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    });
                }
            }
        }

        private static object? Read(object field, string property) => field.GetType().GetProperty(property)!.GetValue(field);

        private static string Key(string pointer, string? value, int? start, int? length, IReadOnlyList<FindingArgument> arguments) =>
            pointer + "|" + value + "|" + start + "|" + length + "|"
            + string.Join(";", arguments.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => a.Name + "=" + a.Value.Chinese + "/" + a.Value.English));
    }
}
