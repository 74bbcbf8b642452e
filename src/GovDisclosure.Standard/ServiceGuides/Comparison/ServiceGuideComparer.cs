using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.ServiceGuides.Comparison
{
    /// <summary>
    /// Every element in which two published copies of one service item's guide differ, one difference per element
    /// (per material for 办理材料), in the order of <see cref="ServiceGuideElement"/>:
    /// <list type="bullet">
    /// <item>running text — 申请条件, 办理地点, 办理机构, 办理时间, 联系电话, 办理流程 — differs when its
    /// <see cref="ComparableText.Prose"/> forms differ (width, spacing and punctuation are not differences);</item>
    /// <item>设定依据 and 收费依据 are compared by the documents they cite: the document numbers (文号, e.g. 湘价费[2008]63号,
    /// by issuer abbreviation, year and number) where a copy gives any, else the titles in 《》, else the text — so
    /// 省物价局 湘价费[2008]63号文件 and 《关于重新发布全省公安系统行政事业性收费项目和标准的通知》(湘价费[2008]63号) cite the same;</item>
    /// <item>materials are paired by <see cref="ComparableText.Name"/>, then by name similarity (1 − edit distance ÷
    /// the longer name's length) of at least <see cref="MaterialThreshold"/>, best first — 未满十八周岁 and 未满18周岁 are
    /// the same material; a material left unpaired is listed in one copy only;</item>
    /// <item>收费标准: the rates in order (as running text, so one fee of 8元;20元 and two fees of 8元 and 20元 are the same), or
    /// whether it is charged for where no rate is given;</item>
    /// <item>法定 and 承诺办结时限: the periods (count and unit).</item>
    /// </list>
    /// An element one copy gives and the other leaves blank is <see cref="ServiceGuideDifferenceKind.OnlyInFirst"/> or
    /// <see cref="ServiceGuideDifferenceKind.OnlyInSecond"/>; an element both leave blank is no difference. Elements a copy
    /// keeps only under a published heading of its own (additional fields) are not compared.
    /// </summary>
    public static class ServiceGuideComparer
    {
        /// <summary>The least name similarity at which two differently worded materials are the same material: 0.8.</summary>
        public const double MaterialThreshold = 0.8;

        private static readonly Regex DocumentNumber = new Regex(@"([\u4e00-\u9fff]{1,3})[\[〔(【]\s*(\d{4})\s*[\]〕)】]\s*第?\s*(\d+)\s*号", RegexOptions.CultureInvariant);
        private static readonly Regex Title = new Regex("《([^》]+)》", RegexOptions.CultureInvariant);

        private static readonly string ConditionsAt = At(nameof(ServiceGuide.Conditions));

        private static readonly string HandlingPlaceAt = At(nameof(ServiceGuide.HandlingPlace));

        private static readonly string HandlingBodyAt = At(nameof(ServiceGuide.HandlingBody));

        private static readonly string FeesAt = At(nameof(ServiceGuide.Fees));

        private static readonly string OfficeHoursAt = At(nameof(ServiceGuide.OfficeHours));

        private static readonly string ContactPhoneAt = At(nameof(ServiceGuide.ContactPhone));

        private static readonly string ProcedureAt = At(nameof(ServiceGuide.Procedure));

        private static readonly string LegalTimeLimitAt = At(nameof(ServiceGuide.LegalTimeLimit));

        private static readonly string PromisedTimeLimitAt = At(nameof(ServiceGuide.PromisedTimeLimit));

        private static readonly string LegalBasisAt = At(nameof(ServiceGuide.LegalBasis));

        private static readonly string MaterialsAt = At(nameof(ServiceGuide.Materials));

        /// <summary>The differences of one pair, in element order.</summary>
        /// <param name="match">The two copies.</param>
        public static IReadOnlyList<ServiceGuideDifference> Compare(ServiceGuideMatch match)
        {
            if (match is null)
            {
                throw new ArgumentNullException(nameof(match));
            }

            var differences = new List<ServiceGuideDifference>();
            ServiceGuide a = match.First;
            ServiceGuide b = match.Second;

            void Add(ServiceGuideElement element, ServiceGuideDifferenceKind kind, string? first, string? second, string firstPointer, string secondPointer, string chinese, string english) =>
                differences.Add(new ServiceGuideDifference(match, element, kind, first, second, firstPointer, secondPointer, new BilingualText(chinese, english)));

            void Element(ServiceGuideElement element, string pointer, string? first, string? second, Func<string?, IReadOnlyCollection<string>> keys)
            {
                IReadOnlyCollection<string> x = keys(first);
                IReadOnlyCollection<string> y = keys(second);
                if (x.Count == 0 && y.Count == 0)
                {
                    return;
                }

                (string zh, string en) = Label(element);
                if (y.Count == 0)
                {
                    Add(element, ServiceGuideDifferenceKind.OnlyInFirst, first, second, pointer, pointer,
                        $"{zh}仅第一份公开：“{Excerpt(first)}”，第二份未写", $"Only the first copy gives the {en} ('{Excerpt(first)}'); the second leaves it blank");
                }
                else if (x.Count == 0)
                {
                    Add(element, ServiceGuideDifferenceKind.OnlyInSecond, first, second, pointer, pointer,
                        $"{zh}仅第二份公开：“{Excerpt(second)}”，第一份未写", $"Only the second copy gives the {en} ('{Excerpt(second)}'); the first leaves it blank");
                }
                else if (!new HashSet<string>(x, StringComparer.Ordinal).SetEquals(y))
                {
                    Add(element, ServiceGuideDifferenceKind.Differs, first, second, pointer, pointer,
                        $"{zh}不一致：第一份为“{Excerpt(first)}”，第二份为“{Excerpt(second)}”", $"The copies differ in the {en}: '{Excerpt(first)}' in the first, '{Excerpt(second)}' in the second");
                }
            }

            CompareLegalBasis(a, b, Add);
            Element(ServiceGuideElement.Conditions, ConditionsAt, a.Conditions, b.Conditions, Prose);
            CompareMaterials(a, b, Add);
            Element(ServiceGuideElement.HandlingPlace, HandlingPlaceAt, a.HandlingPlace, b.HandlingPlace, Prose);
            Element(ServiceGuideElement.HandlingBody, HandlingBodyAt, a.HandlingBody, b.HandlingBody, Prose);
            Element(ServiceGuideElement.Fees, FeesAt, Fees(a), Fees(b), Prose);
            Element(ServiceGuideElement.FeeBasis, FeesAt, Join(a.Fees.Select(f => f.Basis)), Join(b.Fees.Select(f => f.Basis)), text => Cited(text));
            Element(ServiceGuideElement.OfficeHours, OfficeHoursAt, a.OfficeHours, b.OfficeHours, Prose);
            Element(ServiceGuideElement.ContactPhone, ContactPhoneAt, a.ContactPhone, b.ContactPhone, Prose);
            Element(ServiceGuideElement.Procedure, ProcedureAt, a.Procedure, b.Procedure, Prose);
            Element(ServiceGuideElement.LegalTimeLimit, LegalTimeLimitAt, a.LegalTimeLimit?.ToString(), b.LegalTimeLimit?.ToString(), Prose);
            Element(ServiceGuideElement.PromisedTimeLimit, PromisedTimeLimitAt, a.PromisedTimeLimit?.ToString(), b.PromisedTimeLimit?.ToString(), Prose);
            return differences;
        }

        private delegate void Adder(ServiceGuideElement element, ServiceGuideDifferenceKind kind, string? first, string? second, string firstPointer, string secondPointer, string chinese, string english);

        private static void CompareLegalBasis(ServiceGuide a, ServiceGuide b, Adder add)
        {
            string[] x = Cited(Join(a.LegalBasis));
            string[] y = Cited(Join(b.LegalBasis));
            string? first = Join(a.LegalBasis);
            string? second = Join(b.LegalBasis);
            if (x.Length == 0 && y.Length == 0)
            {
                return;
            }

            if (x.Length == 0 || y.Length == 0)
            {
                bool inFirst = y.Length == 0;
                add(ServiceGuideElement.LegalBasis, inFirst ? ServiceGuideDifferenceKind.OnlyInFirst : ServiceGuideDifferenceKind.OnlyInSecond, first, second, LegalBasisAt, LegalBasisAt,
                    $"设定依据仅第{(inFirst ? "一" : "二")}份公开：“{Excerpt(inFirst ? first : second)}”",
                    $"The legal basis is given in the {(inFirst ? "first" : "second")} copy only ('{Excerpt(inFirst ? first : second)}')");
                return;
            }

            string[] onlyFirst = x.Except(y).ToArray();
            string[] onlySecond = y.Except(x).ToArray();
            if (onlyFirst.Length > 0 || onlySecond.Length > 0)
            {
                add(ServiceGuideElement.LegalBasis, ServiceGuideDifferenceKind.Differs, first, second, LegalBasisAt, LegalBasisAt,
                    $"设定依据不一致：{Only(onlyFirst, "仅第一份引用", "、")}{(onlyFirst.Length > 0 && onlySecond.Length > 0 ? "；" : string.Empty)}{Only(onlySecond, "仅第二份引用", "、")}",
                    $"The legal basis differs: {Only(onlyFirst, "cited in the first copy only: ", ", ")}{(onlyFirst.Length > 0 && onlySecond.Length > 0 ? "; " : string.Empty)}{Only(onlySecond, "cited in the second copy only: ", ", ")}");
            }
        }

        /// <summary>Where the guide's property named <paramref name="property"/> (<c>nameof</c>) is, as its field catalogue names it.</summary>
        /// <param name="property">The guide's property name, e.g. <c>nameof(ServiceGuide.Fees)</c>.</param>
        private static string At(string property) => FieldPaths.Of<ServiceGuide>(property).Pointer;

        private static string Only(string[] documents, string label, string separator) =>
            documents.Length == 0 ? string.Empty : label + string.Join(separator, documents);

        private static void CompareMaterials(ServiceGuide a, ServiceGuide b, Adder add)
        {
            string[] x = a.Materials.Select(m => ComparableText.Name(m.Name)).ToArray();
            string[] y = b.Materials.Select(m => ComparableText.Name(m.Name)).ToArray();
            var pairedFirst = new bool[x.Length];
            var pairedSecond = new bool[y.Length];
            for (int i = 0; i < x.Length; i++)
            {
                for (int j = 0; !pairedFirst[i] && j < y.Length; j++)
                {
                    if (!pairedSecond[j] && x[i].Length > 0 && x[i] == y[j])
                    {
                        (pairedFirst[i], pairedSecond[j]) = (true, true);
                    }
                }
            }

            var candidates = new List<(int First, int Second, double Score)>();
            for (int i = 0; i < x.Length; i++)
            {
                for (int j = 0; j < y.Length; j++)
                {
                    int longer = Math.Max(x[i].Length, y[j].Length);
                    double score = longer == 0 ? 0 : 1.0 - ((double)ChineseText.EditDistance(x[i], y[j]) / longer);
                    if (!pairedFirst[i] && !pairedSecond[j] && score >= MaterialThreshold)
                    {
                        candidates.Add((i, j, score));
                    }
                }
            }

            foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.First).ThenBy(c => c.Second))
            {
                if (!pairedFirst[candidate.First] && !pairedSecond[candidate.Second])
                {
                    (pairedFirst[candidate.First], pairedSecond[candidate.Second]) = (true, true);
                }
            }

            for (int i = 0; i < x.Length; i++)
            {
                if (!pairedFirst[i] && x[i].Length > 0)
                {
                    string name = a.Materials[i].Name!;
                    add(ServiceGuideElement.Materials, ServiceGuideDifferenceKind.OnlyInFirst, name, null, JsonPointer.Append(MaterialsAt, i), MaterialsAt,
                        $"材料“{Excerpt(name)}”仅第一份列出，第二份没有", $"The material '{Excerpt(name)}' is listed in the first copy only");
                }
            }

            for (int j = 0; j < y.Length; j++)
            {
                if (!pairedSecond[j] && y[j].Length > 0)
                {
                    string name = b.Materials[j].Name!;
                    add(ServiceGuideElement.Materials, ServiceGuideDifferenceKind.OnlyInSecond, null, name, MaterialsAt, JsonPointer.Append(MaterialsAt, j),
                        $"材料“{Excerpt(name)}”仅第二份列出，第一份没有", $"The material '{Excerpt(name)}' is listed in the second copy only");
                }
            }
        }

        private static string? Fees(ServiceGuide guide)
        {
            string? rates = Join(guide.Fees.Select(f => string.Join(" ", new[] { f.Item, f.Standard }.Where(s => !string.IsNullOrWhiteSpace(s)))));
            return rates ?? (guide.IsCharged == false ? "不收费" : guide.IsCharged == true ? "收费" : null);
        }

        private static IReadOnlyCollection<string> Prose(string? text)
        {
            string prose = ComparableText.Prose(text);
            return prose.Length == 0 ? Array.Empty<string>() : new[] { prose };
        }

        /// <summary>The documents a basis cites: its 文号s where it has any, else its 《titles》, else its text.</summary>
        private static string[] Cited(string? text)
        {
            string folded = ChineseText.Fold(text);
            if (folded.Length == 0)
            {
                return Array.Empty<string>();
            }

            string[] numbers = DocumentNumber.Matches(folded).Cast<Match>().Select(m => $"{m.Groups[1].Value}〔{m.Groups[2].Value}〕{m.Groups[3].Value}号").Distinct().ToArray();
            if (numbers.Length > 0)
            {
                return numbers;
            }

            string[] titles = Title.Matches(folded).Cast<Match>().Select(m => "《" + ComparableText.Name(m.Groups[1].Value) + "》").Distinct().ToArray();
            return titles.Length > 0 ? titles : new[] { ComparableText.Prose(folded) };
        }

        /// <summary>The element's name, from the service guide's field catalogue (<see cref="DocumentShapes"/>).</summary>
        private static (string Chinese, string English) Label(ServiceGuideElement element)
        {
            FieldPath field = DocumentShapes.For(DocumentKind.ServiceGuide)[FieldOf(element)];
            BilingualText title = field.Field.Title;
            return field.Steps.Count == 1
                ? (title.Chinese, title.English)
                : (title.Chinese, title.English + " of the " + field.Steps[0].Title.English);
        }

        private static string FieldOf(ServiceGuideElement element) => element switch
        {
            ServiceGuideElement.LegalBasis => "legalBasis",
            ServiceGuideElement.Conditions => "conditions",
            ServiceGuideElement.Materials => "materials",
            ServiceGuideElement.HandlingPlace => "handlingPlace",
            ServiceGuideElement.HandlingBody => "handlingBody",
            ServiceGuideElement.Fees => "fees",
            ServiceGuideElement.FeeBasis => "fees.basis",
            ServiceGuideElement.OfficeHours => "officeHours",
            ServiceGuideElement.ContactPhone => "contactPhone",
            ServiceGuideElement.Procedure => "procedure",
            ServiceGuideElement.LegalTimeLimit => "legalTimeLimit",
            _ => "promisedTimeLimit",
        };

        private static string Excerpt(string? text)
        {
            string value = (text ?? string.Empty).Replace('\n', ' ').Trim();
            return value.Length <= 40 ? value : value.Substring(0, 40) + "…";
        }

        private static string? Join(IEnumerable<string?> values)
        {
            string joined = string.Join("；", values.Where(v => !string.IsNullOrWhiteSpace(v)));
            return joined.Length == 0 ? null : joined;
        }
    }
}
