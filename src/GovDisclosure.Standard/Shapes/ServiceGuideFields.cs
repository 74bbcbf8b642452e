using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.ServiceGuides;
using static GovDisclosure.Standard.Shapes.Rows;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// The fields of a service guide (办事指南): the ten elements (事项名称、设定依据、申请条件、办理材料、办理地点、
    /// 办理机构、收费标准、办理时间、联系电话、办理流程) are required; the rest follow the national service
    /// platform's exchange tables (GB/T 39046-2020).
    /// </summary>
    internal static class ServiceGuideFields
    {
        public static readonly ObjectShape Guide = Of<ServiceGuide>(
            Column("itemName", "事项名称", "item name", Required, CellType.Text, "办理事项", "事项"),
            Column("basicCode", "基本编码", "basic code", Optional, CellType.Text),
            Column("implementationCode", "实施编码", "implementation code", Optional, CellType.Text),
            Column("implementingBody", "实施主体", "implementing body", Optional, CellType.Text),
            Column("itemType", "事项类型", "item type", Optional, CellType.Text),
            Column("exercisingLevel", "行使层级", "exercising level", Optional, CellType.Text),
            Column("legalBasis", "设定依据", "legal basis", Required, CellType.TextList, "办理依据", "依据"),
            Column("conditions", "申请条件", "conditions", Required, CellType.Text, "受理条件", "办理条件"),
            Column("materials", "办理材料", "materials", Required, CellType.Materials, "申请材料", "申报材料", "材料"),
            Column("handlingPlace", "办理地点", "place", Required, CellType.Text, "地点"),
            Column("handlingBody", "办理机构", "handling body", Required, CellType.Text, "受理机构", "办理部门"),
            Column("isCharged", "是否收费", "charged", Optional, CellType.Boolean),
            ColumnExemptWhenFalse("fees", "收费标准", "fees", "isCharged", CellType.Fees, "收费项目"),
            Column("officeHours", "办理时间", "office hours", Required, CellType.Text, "办公时间"),
            Column("contactPhone", "联系电话", "contact phone", Required, CellType.Text, "咨询电话"),
            Column("procedure", "办理流程", "procedure", Required, CellType.Text, "办事流程", "流程"),
            Column("handlingForm", "办理形式", "handling form", Optional, CellType.Text),
            Column("legalTimeLimit", "法定办结时限", "legal time limit", Optional, CellType.TimePeriod),
            Column("promisedTimeLimit", "承诺办结时限", "promised time limit", Optional, CellType.TimePeriod),
            Column("onSiteVisits", "到办事现场次数", "visits in person", Optional, CellType.Integer, "跑动次数", "到现场次数"),
            Column("consultationMethod", "咨询方式", "how to ask", Optional, CellType.Text),
            Column("complaintMethod", "监督投诉方式", "how to complain", Optional, CellType.Text, "投诉方式"),
            Column("onlineServiceAddress", "网办地址", "online service address", Optional, CellType.Text, "在线办理地址"),
            Column("resultName", "结果名称", "result name", Optional, CellType.Text, "审批结果名称"),
            Column("resultType", "结果类型", "result type", Optional, CellType.Text, "审批结果类型"));

        /// <summary>A material, in the order a 办理材料 cell writes its parts (名称｜必要性｜形式｜来源｜份数｜受理标准｜依据).</summary>
        public static readonly ObjectShape Material = Of<ServiceMaterial>(
            Field("name", "材料名称", "material name", Required),
            Field("necessity", "必要性", "necessity"),
            Field("form", "材料形式", "form"),
            Field("source", "来源渠道", "source"),
            Field("copies", "份数", "copies"),
            Field("acceptanceStandard", "受理标准", "acceptance standard"),
            Field("basis", "依据", "basis"));

        /// <summary>A fee, in the order a 收费标准 cell writes its parts (项目｜标准｜依据｜减免依据).</summary>
        public static readonly ObjectShape Fee = Of<ServiceFee>(
            Field("item", "收费项目", "item"),
            Field("standard", "收费标准", "standard"),
            Field("basis", "收费依据", "basis"),
            Field("reductionBasis", "减免依据", "reduction basis"));

        public static readonly ObjectShape Period = Of<TimePeriod>(
            Field("count", "数量", "count", Essential),
            Field("unit", "单位", "unit", Essential));
    }
}
