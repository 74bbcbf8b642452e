namespace GovDisclosure.Standard.Codelists
{
    /// <summary>The values of the code list <c>DisclosureChannel</c> (see its documentation), in declaration order.</summary>
    internal static class DisclosureChannelRows
    {
        /// <summary>The row of <c>DisclosureChannel.GovernmentWebsite</c>.</summary>
        internal static readonly CodelistRow GovernmentWebsite = new CodelistRow("governmentWebsite", 1, "政府网站", "Government website", "门户网站", "政府门户网站", "政府信息公开网站", "政府信息公开平台", "部门网站");

        /// <summary>The row of <c>DisclosureChannel.GovernmentGazette</c>.</summary>
        internal static readonly CodelistRow GovernmentGazette = new CodelistRow("governmentGazette", 2, "政府公报", "Government gazette", "公报");

        /// <summary>The row of <c>DisclosureChannel.TwoMicroOneEnd</c>.</summary>
        internal static readonly CodelistRow TwoMicroOneEnd = new CodelistRow("twoMicroOneEnd", 3, "两微一端", "Government new media (microblog, WeChat, app)", "微信公众号", "政务微博", "政务微信", "政务新媒体", "新媒体", "微博", "微信", "客户端");

        /// <summary>The row of <c>DisclosureChannel.PressConferenceOrHearing</c>.</summary>
        internal static readonly CodelistRow PressConferenceOrHearing = new CodelistRow("pressConferenceOrHearing", 4, "发布会/听证会", "Press conference or hearing", "发布会", "新闻发布会", "听证会", "发布会、听证会");

        /// <summary>The row of <c>DisclosureChannel.RadioTelevision</c>.</summary>
        internal static readonly CodelistRow RadioTelevision = new CodelistRow("radioTelevision", 5, "广播电视", "Radio and television", "广播", "电视");

        /// <summary>The row of <c>DisclosureChannel.PrintMedia</c>.</summary>
        internal static readonly CodelistRow PrintMedia = new CodelistRow("printMedia", 6, "纸质媒体", "Print media", "报刊", "报纸", "宣传册", "宣传资料");

        /// <summary>The row of <c>DisclosureChannel.PublicReadingPoint</c>.</summary>
        internal static readonly CodelistRow PublicReadingPoint = new CodelistRow("publicReadingPoint", 7, "公开查阅点", "Public reading point", "查阅点", "政府信息公开查阅点", "查阅室");

        /// <summary>The row of <c>DisclosureChannel.GovernmentServiceCentre</c>.</summary>
        internal static readonly CodelistRow GovernmentServiceCentre = new CodelistRow("governmentServiceCentre", 8, "政务服务中心", "Government service centre", "政务服务大厅", "政务大厅", "行政服务中心", "政府服务中心");

        /// <summary>The row of <c>DisclosureChannel.ConvenienceServiceStation</c>.</summary>
        internal static readonly CodelistRow ConvenienceServiceStation = new CodelistRow("convenienceServiceStation", 9, "便民服务站", "Convenience service station", "便民服务中心", "便民服务点");

        /// <summary>The row of <c>DisclosureChannel.DoorToDoorOrOnSite</c>.</summary>
        internal static readonly CodelistRow DoorToDoorOrOnSite = new CodelistRow("doorToDoorOrOnSite", 10, "入户/现场", "Door-to-door or on site", "入户", "现场", "入户、现场");

        /// <summary>The row of <c>DisclosureChannel.NoticeBoard</c>.</summary>
        internal static readonly CodelistRow NoticeBoard = new CodelistRow("noticeBoard", 11, "社区/企事业单位/村公示栏（电子屏）", "Community, enterprise or village notice board (electronic screen)", "公示栏", "公开栏", "村务公开栏", "村公示栏", "电子屏", "社区公示栏", "公告栏", "社区/企事业单位/村公示栏", "电子显示屏");

        /// <summary>The row of <c>DisclosureChannel.TargetedPush</c>.</summary>
        internal static readonly CodelistRow TargetedPush = new CodelistRow("targetedPush", 12, "精准推送", "Targeted push", "短信", "短信推送");

        /// <summary>The row of <c>DisclosureChannel.Other</c>.</summary>
        internal static readonly CodelistRow Other = new CodelistRow("other", 13, "其他", "Other");

        /// <summary>Every row in declaration order.</summary>
        internal static readonly CodelistRow[] All = { GovernmentWebsite, GovernmentGazette, TwoMicroOneEnd, PressConferenceOrHearing, RadioTelevision, PrintMedia, PublicReadingPoint, GovernmentServiceCentre, ConvenienceServiceStation, DoorToDoorOrOnSite, NoticeBoard, TargetedPush, Other };
    }
}
