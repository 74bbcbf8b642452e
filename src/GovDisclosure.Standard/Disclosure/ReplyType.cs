using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Disclosure
{
    /// <summary>The seven kinds of reply to an application (答复类型), Regulations Art. 36.</summary>
    public sealed class ReplyType : CodelistValue<ReplyType>
    {
        /// <summary>(一) 已经主动公开 — already public; the reply says where to find it.</summary>
        public static readonly ReplyType AlreadyPublic = new ReplyType("alreadyPublic", 1, "已经主动公开", "Already public", "已公开");

        /// <summary>(二) 可以公开 — provided, or the reply says how and when.</summary>
        public static readonly ReplyType Disclosed = new ReplyType("disclosed", 2, "可以公开", "Can be disclosed", "予以公开");

        /// <summary>(三) 不予公开 — withheld, with reasons.</summary>
        public static readonly ReplyType NotDisclosed = new ReplyType("notDisclosed", 3, "不予公开", "Not disclosed");

        /// <summary>(四) 政府信息不存在 — the information does not exist.</summary>
        public static readonly ReplyType DoesNotExist = new ReplyType("doesNotExist", 4, "政府信息不存在", "Information does not exist", "信息不存在");

        /// <summary>(五) 不属于本机关负责公开 — not this agency's; the reply names the right one where known.</summary>
        public static readonly ReplyType NotThisAgency = new ReplyType("notThisAgency", 5, "不属于本机关负责公开", "Not this agency's information", "非本机关");

        /// <summary>(六) 重复申请 — repeated application, not handled again.</summary>
        public static readonly ReplyType RepeatedApplication = new ReplyType("repeatedApplication", 6, "重复申请", "Repeated application");

        /// <summary>(七) 依照有关法律、行政法规的规定办理 — registration-type records with their own legal route.</summary>
        public static readonly ReplyType OtherLegalRoute = new ReplyType("otherLegalRoute", 7, "依照有关法律、行政法规的规定办理", "Handled under other laws", "其他法律途径");

        private ReplyType(string code, int order, string chineseName, string englishName, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
        }
    }
}
