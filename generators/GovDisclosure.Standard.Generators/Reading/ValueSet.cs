using GovDisclosure.Standard.Text;
using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Generators.Reading
{
    /// <summary>
    /// A closed value set of the catalogue format (catalog-format.md), mirrored from the core
    /// library's code lists: the generator cannot load the library, so it carries the codes itself
    /// (a test keeps the two equal). Files must write codes; Chinese names only help suggestions.
    /// </summary>
    internal sealed class ValueSet
    {
        private ValueSet(string description, string? typeName, params ClosedValue[] values)
        {
            Description = description;
            TypeName = typeName;
            Values = values;
        }

        /// <summary>How messages name the set, e.g. "disclosure channel".</summary>
        public string Description { get; }

        /// <summary>The core library type whose static fields hold the values, or <c>null</c> when the set has none.</summary>
        public string? TypeName { get; }

        public IReadOnlyList<ClosedValue> Values { get; }

        public static ValueSet Channels { get; } = new ValueSet(
            "disclosure channel",
            "global::GovDisclosure.Standard.Disclosure.DisclosureChannel",
            new ClosedValue("governmentWebsite", "GovernmentWebsite", "政府网站"),
            new ClosedValue("governmentGazette", "GovernmentGazette", "政府公报"),
            new ClosedValue("twoMicroOneEnd", "TwoMicroOneEnd", "两微一端"),
            new ClosedValue("pressConferenceOrHearing", "PressConferenceOrHearing", "发布会/听证会"),
            new ClosedValue("radioTelevision", "RadioTelevision", "广播电视"),
            new ClosedValue("printMedia", "PrintMedia", "纸质媒体"),
            new ClosedValue("publicReadingPoint", "PublicReadingPoint", "公开查阅点"),
            new ClosedValue("governmentServiceCentre", "GovernmentServiceCentre", "政务服务中心"),
            new ClosedValue("convenienceServiceStation", "ConvenienceServiceStation", "便民服务站"),
            new ClosedValue("doorToDoorOrOnSite", "DoorToDoorOrOnSite", "入户/现场"),
            new ClosedValue("noticeBoard", "NoticeBoard", "社区/企事业单位/村公示栏（电子屏）"),
            new ClosedValue("targetedPush", "TargetedPush", "精准推送"),
            new ClosedValue("other", "Other", "其他"));

        public static ValueSet Audiences { get; } = new ValueSet(
            "disclosure audience",
            "global::GovDisclosure.Standard.Disclosure.DisclosureAudience",
            new ClosedValue("public", "Public", "全社会", "社会公众", "公众", "全体公众"),
            new ClosedValue("specificGroup", "SpecificGroup", "特定群体", "特定对象", "特定人群", "特定群众"));

        public static ValueSet Modes { get; } = new ValueSet(
            "disclosure mode",
            "global::GovDisclosure.Standard.Disclosure.DisclosureMode",
            new ClosedValue("proactive", "Proactive", "主动公开"),
            new ClosedValue("onRequest", "OnRequest", "依申请公开"));

        public static ValueSet Levels { get; } = new ValueSet(
            "administrative level",
            "global::GovDisclosure.Standard.Disclosure.AdministrativeLevel",
            new ClosedValue("city", "City", "市级", "市", "市(州)级", "州级", "盟级", "地区级", "设区的市级"),
            new ClosedValue("county", "County", "县级", "县", "区级", "县（区）级", "县区级", "区县级", "县(市、区)级", "县(市区)级", "县市区级", "县(市)级"),
            new ClosedValue("township", "Township", "乡级", "乡", "乡镇级", "镇级", "乡（镇）级", "街道", "乡镇（街道）", "乡镇(街道)级", "镇(街)级", "镇街级", "街道级", "乡(镇、街道)级"),
            new ClosedValue("village", "Village", "村级", "村", "村（居）级", "社区"));

        public static ValueSet Requirements { get; } = new ValueSet(
            "element requirement",
            "global::GovDisclosure.Standard.Catalogue.ElementRequirement",
            new ClosedValue("required", "Required", "必须公开"),
            new ClosedValue("optional", "Optional", "可选公开"),
            new ClosedValue("unspecified", "Unspecified", "未标注"));

        public static ValueSet Coverages { get; } = new ValueSet(
            "catalogue coverage",
            null,
            new ClosedValue("complete", "Complete", "完整"),
            new ClosedValue("partial", "Partial", "部分"));

        /// <summary>The prefix of a named 其他 channel, <c>other:</c>.</summary>
        public const string OtherChannelPrefix = "other:";

        public ClosedValue? Find(string code) => Values.FirstOrDefault(v => string.Equals(v.Code, code, StringComparison.Ordinal));

        /// <summary>The advice part of an unknown-value message: the closest value, or the whole list.</summary>
        public string Advise(string text)
        {
            IEnumerable<ClosedValue> candidates = this == Channels ? Values.Where(v => v.Code != "other") : Values;
            ClosedValue? closest = ClosestSpelling.Among(text, candidates, v => new[] { v.Code, v.ChineseName }.Concat(v.Synonyms));
            if (this == Channels && text.IndexOf('网') >= 0 && closest?.Code != "governmentWebsite" && closest?.Code != "twoMicroOneEnd")
            {
                // An online site or portal (政务服务网) is a named other channel, never the hall it resembles (政务服务中心).
                return $"did you mean '{OtherChannelPrefix}{text.Trim()}' (a channel outside the checklist)?";
            }

            string known = string.Join(", ", Values.Select(v => v.Code == "other" ? "other:<name>" : v.Code));
            return closest is null
                ? "known values are " + known
                : $"did you mean '{closest.Code}' ({closest.ChineseName})?";
        }
    }
}
