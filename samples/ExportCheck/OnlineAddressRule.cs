using System.Collections.Generic;
using GovDisclosure.Standard;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Validation.Rules;

namespace ExportCheck
{
    /// <summary>
    /// A county's own rule, added to the standard set without forking it: BW-SG-001 — every service
    /// guide gives its online service address (网上办理地址). (白鹭湾县 is a fictional county.)
    /// </summary>
    internal sealed class OnlineAddressRule : DocumentRule<ServiceGuide>
    {
        public OnlineAddressRule()
            : base(new RuleDescriptor(
                "BW-SG-001",
                FindingSeverity.Error,
                FindingCategory.Completeness,
                DocumentKind.ServiceGuide,
                new BilingualText("办事指南缺少网上办理地址", "Service guide without an online address"),
                new BilingualText("白鹭湾县要求每份办事指南写明网上办理地址。", "Bailuwan County requires every service guide to give its online service address.")))
        {
        }

        public override IEnumerable<Finding> Check(ServiceGuide guide, RuleContext context)
        {
            if (string.IsNullOrWhiteSpace(guide.OnlineServiceAddress))
            {
                yield return Report(context, "/onlineServiceAddress", new BilingualText(
                    $"“{guide.ItemName}”没有写明网上办理地址。",
                    $"'{guide.ItemName}' gives no online service address."));
            }
        }
    }
}
