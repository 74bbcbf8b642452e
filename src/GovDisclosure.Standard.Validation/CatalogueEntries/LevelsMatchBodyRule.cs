using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>GD-CAT-004: the levels include every level of government the responsible body names.</summary>
    internal sealed class LevelsMatchBodyRule : DocumentRule<CatalogueEntry>
    {
        private static readonly string LevelsPointer = FieldPaths.Of<CatalogueEntry>(d => d.Levels).Pointer;

        public static readonly LevelsMatchBodyRule Instance = new LevelsMatchBodyRule();

        private static readonly (AdministrativeLevel Level, string[] Markers)[] Markers =
        {
            (AdministrativeLevel.City, new[] { "市级", "市人民政府", "市政府", "设区的市" }),
            (AdministrativeLevel.County, new[] { "县", "区人民政府", "区政府", "区级" }),
            (AdministrativeLevel.Township, new[] { "乡镇", "乡(镇)", "乡级", "镇级", "乡人民政府", "镇人民政府", "乡政府", "镇政府", "街道" }),
            (AdministrativeLevel.Village, new[] { "村委会", "村民委员会", "居委会", "居民委员会", "村(居)", "村(社区)" }),
        };

        private LevelsMatchBodyRule()
            : base(RuleDescriptors.LevelsMatchBody)
        {
        }

        /// <summary>The levels a responsible body's wording names.</summary>
        public static IReadOnlyList<AdministrativeLevel> LevelsNamedBy(string? responsibleBody)
        {
            string folded = ChineseText.Fold(responsibleBody).Replace("县级市", "县");
            return Markers.Where(m => m.Markers.Any(marker => folded.Contains(ChineseText.Fold(marker)))).Select(m => m.Level).ToArray();
        }

        public override IEnumerable<Finding> Check(CatalogueEntry document, RuleContext context)
        {
            if (document.Levels.Count == 0 || TextChecks.IsBlank(document.ResponsibleBody))
            {
                yield break;
            }

            foreach (AdministrativeLevel level in LevelsNamedBy(document.ResponsibleBody).Where(l => !document.Levels.Contains(l)))
            {
                yield return Report(context, LevelsPointer, "default", document.ResponsibleBody,
                    new FindingArgument("body", document.ResponsibleBody!),
                    new FindingArgument("level", level.ChineseName, level.EnglishName.ToLowerInvariant()),
                    new FindingArgument("levels", string.Join("、", document.Levels.Select(l => l.ChineseName)), string.Join(", ", document.Levels.Select(l => l.Code))),
                    new FindingArgument("levelCode", level.Code));
            }
        }
    }
}
