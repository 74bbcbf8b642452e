using System;
using System.Collections.Generic;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// The shape every "published no earlier than the event it publishes" rule shares: a document's
    /// <c>publishedOn</c> date must not come before the date of the event (created, decided). Reports the
    /// publication date, naming both dates in the message arguments <c>published</c> and the event's own name.
    /// </summary>
    /// <typeparam name="TDocument">The document kind.</typeparam>
    internal sealed class PublishedNotBeforeRule<TDocument> : DocumentRule<TDocument>
        where TDocument : class
    {
        private readonly string eventArgument;
        private readonly Func<TDocument, CalendarDate?> eventDate;
        private readonly Func<TDocument, CalendarDate?> publishedOn;

        /// <summary>The catalogue pointer of the publication date's property.</summary>
        private readonly string publishedOnPointer;

        /// <param name="descriptor">The rule's id, severity and texts; its message <c>default</c> uses <c>{published}</c> and the event's argument.</param>
        /// <param name="eventArgument">The message argument that names the event's date (<c>created</c>, <c>decided</c>).</param>
        /// <param name="eventDate">The event's date, or <c>null</c> when the document gives none.</param>
        /// <param name="publishedOn">The publication date, or <c>null</c> when the document gives none: the read of the property <paramref name="publishedOnProperty"/>.</param>
        /// <param name="publishedOnProperty">The document's property that holds the publication date (<c>nameof</c>), whose catalogue pointer the findings name.</param>
        public PublishedNotBeforeRule(RuleDescriptor descriptor, string eventArgument, Func<TDocument, CalendarDate?> eventDate, Func<TDocument, CalendarDate?> publishedOn, string publishedOnProperty)
            : base(descriptor)
        {
            this.eventArgument = eventArgument;
            this.eventDate = eventDate;
            this.publishedOn = publishedOn;
            publishedOnPointer = FieldPaths.Of<TDocument>(publishedOnProperty).Pointer;
        }

        public override IEnumerable<Finding> Check(TDocument document, RuleContext context)
        {
            if (eventDate(document) is { } happened && publishedOn(document) is { } published && published < happened)
            {
                yield return Report(context, publishedOnPointer, "default", published.ToString(),
                    new FindingArgument("published", published.ToString()),
                    new FindingArgument(eventArgument, happened.ToString()));
            }
        }
    }
}
