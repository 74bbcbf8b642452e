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
        public static readonly DisclosureChannel GovernmentWebsite = new DisclosureChannel(DisclosureChannelRows.GovernmentWebsite);

        /// <summary>政府公报 — the government gazette.</summary>
        public static readonly DisclosureChannel GovernmentGazette = new DisclosureChannel(DisclosureChannelRows.GovernmentGazette);

        /// <summary>两微一端 — government microblog, WeChat account and news app (government new media).</summary>
        public static readonly DisclosureChannel TwoMicroOneEnd = new DisclosureChannel(DisclosureChannelRows.TwoMicroOneEnd);

        /// <summary>发布会/听证会 — press conferences and hearings.</summary>
        public static readonly DisclosureChannel PressConferenceOrHearing = new DisclosureChannel(DisclosureChannelRows.PressConferenceOrHearing);

        /// <summary>广播电视 — radio and television.</summary>
        public static readonly DisclosureChannel RadioTelevision = new DisclosureChannel(DisclosureChannelRows.RadioTelevision);

        /// <summary>纸质媒体 — newspapers, leaflets and other print media.</summary>
        public static readonly DisclosureChannel PrintMedia = new DisclosureChannel(DisclosureChannelRows.PrintMedia);

        /// <summary>公开查阅点 — public reading points (archives, libraries, reading rooms; Art. 25).</summary>
        public static readonly DisclosureChannel PublicReadingPoint = new DisclosureChannel(DisclosureChannelRows.PublicReadingPoint);

        /// <summary>政务服务中心 — the government service centre or hall.</summary>
        public static readonly DisclosureChannel GovernmentServiceCentre = new DisclosureChannel(DisclosureChannelRows.GovernmentServiceCentre);

        /// <summary>便民服务站 — a convenience service station (township or village).</summary>
        public static readonly DisclosureChannel ConvenienceServiceStation = new DisclosureChannel(DisclosureChannelRows.ConvenienceServiceStation);

        /// <summary>入户/现场 — door-to-door or on site.</summary>
        public static readonly DisclosureChannel DoorToDoorOrOnSite = new DisclosureChannel(DisclosureChannelRows.DoorToDoorOrOnSite);

        /// <summary>社区/企事业单位/村公示栏（电子屏）— notice boards and electronic screens.</summary>
        public static readonly DisclosureChannel NoticeBoard = new DisclosureChannel(DisclosureChannelRows.NoticeBoard);

        /// <summary>精准推送 — targeted push to the people concerned (SMS, calls, messages).</summary>
        public static readonly DisclosureChannel TargetedPush = new DisclosureChannel(DisclosureChannelRows.TargetedPush);

        /// <summary>其他 — another channel, named in free text.</summary>
        public static readonly DisclosureChannel Other = new DisclosureChannel(DisclosureChannelRows.Other);

        private DisclosureChannel(CodelistRow row)
            : base(row.Code, row.Order, row.ChineseName, row.EnglishName, row.Synonyms)
        {
        }
    }
}
