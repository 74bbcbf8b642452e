using System.Collections.Generic;
using GovDisclosure.Standard.Directories;

namespace GovDisclosure.Standard.Validation.Directories
{
    /// <summary>GD-DIR-002: an item is not published before it was created.</summary>
    internal sealed class PublishedAfterCreatedRule : DocumentRule<DirectoryItem>
    {
        public static readonly PublishedAfterCreatedRule Instance = new PublishedAfterCreatedRule();

        private PublishedAfterCreatedRule()
            : base(RuleDescriptors.PublishedAfterCreated)
        {
        }

        public override IEnumerable<Finding> Check(DirectoryItem document, RuleContext context)
        {
            if (document.CreatedOn is { } created && document.PublishedOn is { } published && published < created)
            {
                yield return Report(context, "/publishedOn", "default", published.ToString(),
                    new FindingArgument("published", published.ToString()),
                    new FindingArgument("created", created.ToString()));
            }
        }
    }
}
