using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>GD-CAT-004: the levels include every level of government the responsible body names.</summary>
    internal sealed class LevelsMatchBodyRule : DocumentRule<CatalogueEntry>
    {
        private static readonly string LevelsPointer = FieldPaths.Of<CatalogueEntry>(nameof(CatalogueEntry.Levels)).Pointer;

        public static readonly LevelsMatchBodyRule Instance = new LevelsMatchBodyRule();

        private LevelsMatchBodyRule()
            : base(RuleDescriptors.LevelsMatchBody)
        {
        }

        /// <summary>The levels a responsible body's wording names.</summary>
        public static IReadOnlyList<AdministrativeLevel> LevelsNamedBy(string? responsibleBody)
        {
            string folded = ChineseText.Fold(responsibleBody).Replace("县级市", "县");
            return Folded.Markers.Where(m => Names(folded, m.Markers)).Select(m => m.Level).ToArray();
        }

        public override IEnumerable<Finding> Check(CatalogueEntry document, RuleContext context)
        {
            if (document.Levels.Count == 0 || TextChecks.IsBlank(document.ResponsibleBody))
            {
                return Array.Empty<Finding>();
            }

            // Most bodies name only levels the entry has: told without a list or a finding. A level the entry has is not
            // looked for, and a level none of whose markers' first letters the body holds is passed over in one scan.
            IReadOnlyList<AdministrativeLevel> levels = document.Levels;
            string folded = ChineseText.Fold(document.ResponsibleBody).Replace("县级市", "县");
            for (int i = 0; i < Folded.Markers.Length; i++)
            {
                if (!Has(levels, Folded.Markers[i].Level) && folded.IndexOfAny(Folded.FirstLetters[i]) >= 0 && Names(folded, Folded.Markers[i].Markers))
                {
                    return Report(document, context);
                }
            }

            return Array.Empty<Finding>();
        }

        /// <summary>
        /// Whether <paramref name="levels"/> holds <paramref name="level"/>, as <c>Contains</c> tells it, without the interface
        /// calls: by the code value's own equality operator, which asks what the default comparer asks (the value's
        /// <c>Equals</c>) without first testing the other object's class, as the comparer's <c>Equals(object)</c> does for
        /// every pair.
        /// </summary>
        internal static bool Has(IReadOnlyList<AdministrativeLevel> levels, AdministrativeLevel level)
        {
            for (int i = 0; i < levels.Count; i++)
            {
                if (levels[i] == level)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Names(string folded, string[] markers)
        {
            foreach (string marker in markers)
            {
                if (folded.IndexOf(marker, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private IEnumerable<Finding> Report(CatalogueEntry document, RuleContext context)
        {
            foreach (AdministrativeLevel level in LevelsNamedBy(document.ResponsibleBody).Where(l => !document.Levels.Contains(l)))
            {
                yield return Report(context, LevelsPointer, "default", document.ResponsibleBody,
                    new FindingArgument("body", document.ResponsibleBody!),
                    new FindingArgument("level", level.ChineseName, level.EnglishName.ToLowerInvariant()),
                    new FindingArgument("levels", string.Join("、", document.Levels.Select(l => l.ChineseName)), string.Join(", ", document.Levels.Select(l => l.Code))),
                    new FindingArgument("levelCode", level.Code));
            }
        }

        /// <summary>
        /// The markers of each level, folded, and the letters they begin with: made when the rule first reads a responsible
        /// body, so a run that checks no catalogue entry never folds them.
        /// </summary>
        private static class Folded
        {
            private static readonly (AdministrativeLevel Level, string[] Markers)[] Written =
            {
                (AdministrativeLevel.City, new[] { "市级", "市人民政府", "市政府", "设区的市" }),
                (AdministrativeLevel.County, new[] { "县", "区人民政府", "区政府", "区级" }),
                (AdministrativeLevel.Township, new[] { "乡镇", "乡(镇)", "乡级", "镇级", "乡人民政府", "镇人民政府", "乡政府", "镇政府", "街道" }),
                (AdministrativeLevel.Village, new[] { "村委会", "村民委员会", "居委会", "居民委员会", "村(居)", "村(社区)" }),
            };

            /// <summary>The markers, folded once.</summary>
            public static readonly (AdministrativeLevel Level, string[] Markers)[] Markers =
                Written.Select(m => (m.Level, m.Markers.Select(ChineseText.Fold).ToArray())).ToArray();

            /// <summary>For each level of <see cref="Markers"/>, the letters its markers begin with: a body without any of them names no marker of that level.</summary>
            public static readonly char[][] FirstLetters =
                Markers.Select(m => m.Markers.Select(marker => marker[0]).Distinct().ToArray()).ToArray();
        }
    }
}
