using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Disclosure
{
    /// <summary>
    /// A channel or carrier through which information is published (公开渠道和载体): the 13 of the
    /// pilot guidelines' checklist, in its order. <see cref="Other"/> carries free text through
    /// <see cref="PublicationChannel"/>.
    /// </summary>
    public sealed class DisclosureChannel : CodelistValue<DisclosureChannel>
    {
        /// <summary>政府网站 — the government website (portal or department site).</summary>
        public static readonly DisclosureChannel GovernmentWebsite = new DisclosureChannel("governmentWebsite", 1, "政府网站", "Government website", "门户网站", "政府门户网站", "政府信息公开网站", "政府信息公开平台", "部门网站");

        /// <summary>政府公报 — the government gazette.</summary>
        public static readonly DisclosureChannel GovernmentGazette = new DisclosureChannel("governmentGazette", 2, "政府公报", "Government gazette", "公报");

        /// <summary>两微一端 — government microblog, WeChat account and news app (government new media).</summary>
        public static readonly DisclosureChannel TwoMicroOneEnd = new DisclosureChannel("twoMicroOneEnd", 3, "两微一端", "Government new media (microblog, WeChat, app)", "微信公众号", "政务微博", "政务微信", "政务新媒体", "新媒体", "微博", "微信", "客户端");

        /// <summary>发布会/听证会 — press conferences and hearings.</summary>
        public static readonly DisclosureChannel PressConferenceOrHearing = new DisclosureChannel("pressConferenceOrHearing", 4, "发布会/听证会", "Press conference or hearing", "发布会", "新闻发布会", "听证会", "发布会、听证会");

        /// <summary>广播电视 — radio and television.</summary>
        public static readonly DisclosureChannel RadioTelevision = new DisclosureChannel("radioTelevision", 5, "广播电视", "Radio and television", "广播", "电视");

        /// <summary>纸质媒体 — newspapers, leaflets and other print media.</summary>
        public static readonly DisclosureChannel PrintMedia = new DisclosureChannel("printMedia", 6, "纸质媒体", "Print media", "报刊", "报纸", "宣传册", "宣传资料");

        /// <summary>公开查阅点 — public reading points (archives, libraries, reading rooms; Art. 25).</summary>
        public static readonly DisclosureChannel PublicReadingPoint = new DisclosureChannel("publicReadingPoint", 7, "公开查阅点", "Public reading point", "查阅点", "政府信息公开查阅点", "查阅室");

        /// <summary>政务服务中心 — the government service centre or hall.</summary>
        public static readonly DisclosureChannel GovernmentServiceCentre = new DisclosureChannel("governmentServiceCentre", 8, "政务服务中心", "Government service centre", "政务服务大厅", "政务大厅", "行政服务中心", "政府服务中心");

        /// <summary>便民服务站 — a convenience service station (township or village).</summary>
        public static readonly DisclosureChannel ConvenienceServiceStation = new DisclosureChannel("convenienceServiceStation", 9, "便民服务站", "Convenience service station", "便民服务中心", "便民服务点");

        /// <summary>入户/现场 — door-to-door or on site.</summary>
        public static readonly DisclosureChannel DoorToDoorOrOnSite = new DisclosureChannel("doorToDoorOrOnSite", 10, "入户/现场", "Door-to-door or on site", "入户", "现场", "入户、现场");

        /// <summary>社区/企事业单位/村公示栏（电子屏）— notice boards and electronic screens.</summary>
        public static readonly DisclosureChannel NoticeBoard = new DisclosureChannel("noticeBoard", 11, "社区/企事业单位/村公示栏（电子屏）", "Community, enterprise or village notice board (electronic screen)", "公示栏", "公开栏", "村务公开栏", "村公示栏", "电子屏", "社区公示栏", "公告栏", "社区/企事业单位/村公示栏", "电子显示屏");

        /// <summary>精准推送 — targeted push to the people concerned (SMS, calls, messages).</summary>
        public static readonly DisclosureChannel TargetedPush = new DisclosureChannel("targetedPush", 12, "精准推送", "Targeted push", "短信", "短信推送");

        /// <summary>其他 — another channel, named in free text.</summary>
        public static readonly DisclosureChannel Other = new DisclosureChannel("other", 13, "其他", "Other");

        private DisclosureChannel(string code, int order, string chineseName, string englishName, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
        }
    }
}
