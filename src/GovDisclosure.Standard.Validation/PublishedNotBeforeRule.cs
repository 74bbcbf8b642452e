using System;
using System.Collections.Generic;
using System.Linq.Expressions;
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
        private readonly Expression<Func<TDocument, CalendarDate?>> publishedOnField;

        /// <summary>The compiled publication date and its pointer, made at the first check (a file without such documents never pays for them).</summary>
        private readonly Lazy<(Func<TDocument, CalendarDate?> Read, string Pointer)> publishedOn;

        /// <param name="descriptor">The rule's id, severity and texts; its message <c>default</c> uses <c>{published}</c> and the event's argument.</param>
        /// <param name="eventArgument">The message argument that names the event's date (<c>created</c>, <c>decided</c>).</param>
        /// <param name="eventDate">The event's date, or <c>null</c> when the document gives none.</param>
        /// <param name="publishedOn">The publication date, or <c>null</c> when the document gives none: a property of the document, whose catalogue pointer the findings name.</param>
        public PublishedNotBeforeRule(RuleDescriptor descriptor, string eventArgument, Func<TDocument, CalendarDate?> eventDate, Expression<Func<TDocument, CalendarDate?>> publishedOn)
            : base(descriptor)
        {
            this.eventArgument = eventArgument;
            this.eventDate = eventDate;
            publishedOnField = publishedOn;
            this.publishedOn = new Lazy<(Func<TDocument, CalendarDate?> Read, string Pointer)>(() => (publishedOnField.Compile(), FieldPaths.Of(typeof(TDocument), publishedOnField).Pointer));
        }

        public override IEnumerable<Finding> Check(TDocument document, RuleContext context)
        {
            if (eventDate(document) is { } happened && publishedOn.Value.Read(document) is { } published && published < happened)
            {
                yield return Report(context, publishedOn.Value.Pointer, "default", published.ToString(),
                    new FindingArgument("published", published.ToString()),
                    new FindingArgument(eventArgument, happened.ToString()));
            }
        }
    }
}
