using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Catalogue.Comparison
{
    /// <summary>
    /// Every way a local entry is weaker or stronger than the standard entry it was matched with:
    /// <list type="bullet">
    /// <item>time limit (公开时限): the first period each wording sets, read by <see cref="DisclosureTimeLimit"/>, compared
    /// only in the same unit (working days against working days); longer is weaker, shorter stronger; a different
    /// unit, or a wording without a period that differs from the standard's, is not comparable;</item>
    /// <item>content elements (公开内容要素): each element the standard marks required (●) that no local element names
    /// (equal or containing it, after <see cref="CatalogueItemName.Normalize"/>; or the local elements run together, since a
    /// reader splits 办理时间、地点 in two) is weaker; local elements the standard
    /// does not name are stronger;</item>
    /// <item>channels (公开渠道和载体): standard channels the local entry leaves out are weaker, added ones stronger;</item>
    /// <item>mode (公开方式): proactive disclosure (主动) dropped is weaker, added stronger;</item>
    /// <item>audience (公开对象): the whole public (全社会) dropped is weaker, added stronger;</item>
    /// <item>legal basis (公开依据): none where the standard gives one is weaker.</item>
    /// </list>
    /// </summary>
    public static class CatalogueEntryComparer
    {
        /// <summary>The differences of one matched pair, in the order of the list above.</summary>
        /// <param name="match">The pair.</param>
        public static IReadOnlyList<CatalogueEntryDifference> Compare(CatalogueMatch<CatalogueEntry> match)
        {
            var differences = new List<CatalogueEntryDifference>();
            CatalogueEntry local = match.Local;
            CatalogueEntry standard = match.Standard;

            void Add(CatalogueAspect aspect, CatalogueDifferenceDirection direction, string? standardValue, string? localValue, string chinese, string english) =>
                differences.Add(new CatalogueEntryDifference(match, aspect, direction, standardValue, localValue, new BilingualText(chinese, english)));

            CompareTimeLimits(standard.TimeLimit, local.TimeLimit, Add);
            CompareElements(standard, local, Add);

            string[] standardChannels = standard.Channels.Select(c => c.ToString()).ToArray();
            string[] localChannels = local.Channels.Select(c => c.ToString()).ToArray();
            var lost = standard.Channels.Where(c => !localChannels.Contains(c.ToString())).ToArray();
            var gained = local.Channels.Where(c => !standardChannels.Contains(c.ToString())).ToArray();
            if (lost.Length > 0)
            {
                Add(CatalogueAspect.Channels, CatalogueDifferenceDirection.Weaker, string.Join(", ", standardChannels), Join(localChannels),
                    $"缺少标准目录的公开渠道：{string.Join("、", lost.Select(c => c.ChineseName))}",
                    $"Channels of the standard left out: {string.Join(", ", lost.Select(c => c.ToString()))}");
            }

            if (gained.Length > 0)
            {
                Add(CatalogueAspect.Channels, CatalogueDifferenceDirection.Stronger, string.Join(", ", standardChannels), Join(localChannels),
                    $"增加了标准目录以外的公开渠道：{string.Join("、", gained.Select(c => c.ChineseName))}",
                    $"Channels beyond the standard: {string.Join(", ", gained.Select(c => c.ToString()))}");
            }

            CompareOne(standard.Modes, local.Modes, DisclosureMode.Proactive, CatalogueAspect.Modes, Title("modes").Chinese, Title("modes").English, Add);
            CompareOne(standard.Audiences, local.Audiences, DisclosureAudience.Public, CatalogueAspect.Audiences, Title("audiences").Chinese, Title("audiences").English, Add);

            if (standard.LegalBasis.Count > 0 && local.LegalBasis.All(string.IsNullOrWhiteSpace))
            {
                Add(CatalogueAspect.LegalBasis, CatalogueDifferenceDirection.Weaker, string.Join("；", standard.LegalBasis), null,
                    "未写公开依据，标准目录有",
                    "No legal basis, where the standard gives one");
            }

            return differences;
        }

        private delegate void Adder(CatalogueAspect aspect, CatalogueDifferenceDirection direction, string? standardValue, string? localValue, string chinese, string english);

        private static void CompareTimeLimits(DisclosureTimeLimit? standard, DisclosureTimeLimit? local, Adder add)
        {
            if (standard is null || ChineseText.Fold(standard.Text) == ChineseText.Fold(local?.Text))
            {
                return;
            }

            TimePeriod? s = FirstPeriod(standard);
            TimePeriod? l = local is null ? null : FirstPeriod(local);
            if (s != null && l != null && s.Unit == l.Unit)
            {
                if (l.Count > s.Count)
                {
                    add(CatalogueAspect.TimeLimit, CatalogueDifferenceDirection.Weaker, standard.Text, local!.Text,
                        $"公开时限长于标准目录：{l.Count}{s.Unit.ChineseName}，标准为 {s.Count}{s.Unit.ChineseName}",
                        $"The time limit is longer than the standard's: {l.Count} against {s.Count} {s.Unit.EnglishName.ToLowerInvariant()}");
                }
                else if (l.Count < s.Count)
                {
                    add(CatalogueAspect.TimeLimit, CatalogueDifferenceDirection.Stronger, standard.Text, local!.Text,
                        $"公开时限短于标准目录：{l.Count}{s.Unit.ChineseName}，标准为 {s.Count}{s.Unit.ChineseName}",
                        $"The time limit is shorter than the standard's: {l.Count} against {s.Count} {s.Unit.EnglishName.ToLowerInvariant()}");
                }

                return;
            }

            add(CatalogueAspect.TimeLimit, CatalogueDifferenceDirection.NotComparable, standard.Text, local?.Text,
                $"公开时限“{local?.Text}”与标准目录“{standard.Text}”无法比较（单位不同或未写期限）",
                $"The time limit '{local?.Text}' cannot be compared with the standard's '{standard.Text}' (a different unit, or no period)");
        }

        private static TimePeriod? FirstPeriod(DisclosureTimeLimit limit) => limit.Clauses.Select(c => c.Period).FirstOrDefault(p => p != null);

        private static void CompareElements(CatalogueEntry standard, CatalogueEntry local, Adder add)
        {
            string[] localNames = local.ContentElements.Select(e => CatalogueItemName.Normalize(e.Name)).Where(n => n.Length > 0).ToArray();
            string[] standardNames = standard.ContentElements.Select(e => CatalogueItemName.Normalize(e.Name)).Where(n => n.Length > 0).ToArray();
            string localText = Join(local.ContentElements.Select(e => e.Name)) ?? string.Empty;
            string localRun = string.Concat(localNames);
            foreach (ContentElement element in standard.ContentElements.Where(e => e.Requirement == ElementRequirement.Required))
            {
                string name = CatalogueItemName.Normalize(element.Name);
                if (name.Length > 0 && !localNames.Any(n => n.Contains(name)) && !localRun.Contains(name))
                {
                    add(CatalogueAspect.ContentElements, CatalogueDifferenceDirection.Weaker, element.Name, localText,
                        $"缺少标准目录要求公开（●）的内容要素“{element.Name}”",
                        $"The content element '{element.Name}', required (●) by the standard, is missing");
                }
            }

            foreach (ContentElement element in local.ContentElements)
            {
                string name = CatalogueItemName.Normalize(element.Name);
                if (name.Length > 0 && standardNames.Length > 0 && !standardNames.Any(n => n.Contains(name) || name.Contains(n)))
                {
                    add(CatalogueAspect.ContentElements, CatalogueDifferenceDirection.Stronger, Join(standard.ContentElements.Select(e => e.Name)), element.Name,
                        $"增加了标准目录以外的内容要素“{element.Name}”",
                        $"A content element beyond the standard: '{element.Name}'");
                }
            }
        }

        private static void CompareOne<TValue>(IReadOnlyList<TValue> standard, IReadOnlyList<TValue> local, TValue value, CatalogueAspect aspect, string chinese, string english, Adder add)
            where TValue : Codelists.CodelistValue<TValue>
        {
            bool inStandard = standard.Contains(value);
            bool inLocal = local.Contains(value);
            if (inStandard == inLocal || (!inStandard && standard.Count == 0))
            {
                return;
            }

            string? standardValue = Join(standard.Select(v => v.Code));
            string? localValue = Join(local.Select(v => v.Code));
            if (inStandard)
            {
                add(aspect, CatalogueDifferenceDirection.Weaker, standardValue, localValue,
                    $"{chinese}收窄：标准目录为“{value.ChineseName}”，本目录没有",
                    $"The {english} is narrowed: the standard has '{value.EnglishName}', this catalogue does not");
            }
            else
            {
                add(aspect, CatalogueDifferenceDirection.Stronger, standardValue, localValue,
                    $"{chinese}放宽：本目录增加了“{value.ChineseName}”",
                    $"The {english} is widened: this catalogue adds '{value.EnglishName}'");
            }
        }

        /// <summary>A catalogue entry field's title, from the field catalogue.</summary>
        private static BilingualText Title(string field) => DocumentShapes.For(DocumentKind.CatalogueEntry)[field].Field.Title;

        private static string? Join(IEnumerable<string> values)
        {
            string joined = string.Join(", ", values);
            return joined.Length == 0 ? null : joined;
        }
    }
}
