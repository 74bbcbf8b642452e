using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// A rule that reports an offending text's span (the uncertain-wording rules, the phone rules) makes its finding with the
    /// span at once (<see cref="RuleFindings"/>' <c>Create</c> with a span), not as a finding copied to add it
    /// (<see cref="RuleFindings.WithSpan"/>): the two must be the same finding, member for member, and so the same in every
    /// report, for any template of any rule, arguments and value (a value longer than a report keeps included).
    /// </summary>
    public class FindingSpanTests
    {
        private static readonly RuleDescriptor[] Rules = RuleRegistry.All.Where(r => r.Messages.Count > 0).ToArray();

        private static readonly string[] Words = { "有关部门", "公开主体", "x", "\u0027a\u0027", "<b>", "尽快", "\ud83d\ude00", string.Empty, " " };

        private static Gen<string> Texts =>
            Gen.Frequency(
                (8, Gen.Elements(Words).ArrayOf().Select(p => string.Concat(p.Take(6)))),
                (1, Gen.Choose(FindingArgument.MaxLength - 2, FindingArgument.MaxLength + 3).Select(n => new string('有', n - 1) + "\ud83d")));

        private static Gen<(RuleDescriptor Rule, int Message, string Pointer, string? Value, string[] Words, int Start, int Length)> Cases =>
            from rule in Gen.Elements(Rules)
            from message in Gen.Choose(0, 20)
            from pointer in Gen.Elements(string.Empty, "/responsibleBody", "/contentElements/1/name", "/office/phone", "/a~1b")
            from value in Gen.Frequency((5, Texts.Select(t => (string?)t)), (1, Gen.Constant((string?)null)))
            from words in Texts.ArrayOf(6)
            from start in Gen.Choose(-1, 40)
            from length in Gen.Choose(0, 12)
            select (rule, message, pointer, value, words, start, length);

        [Property(MaxTest = 300)]
        public Property A_finding_made_with_its_span_is_the_finding_given_its_span_afterwards()
        {
            return Prop.ForAll(Cases.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (c, renderFirst) =>
            {
                MessageTemplate template = c.Rule.Messages[c.Message % c.Rule.Messages.Count];
                FindingArgument[] arguments = template.Parameters
                    .Select((name, i) => i % 2 == 0 ? new FindingArgument(name, c.Words[i % 6]) : new FindingArgument(name, c.Words[i % 6], c.Words[(i + 1) % 6]))
                    .ToArray();
                var context = new RuleContext(WorkingDayCalendar.China);

                Finding copied = RuleFindings.Create(c.Rule, context, c.Pointer, template.Id, c.Value, arguments).WithSpan(c.Start, c.Length);
                Finding made = RuleFindings.Create(c.Rule, context, c.Pointer, template.Id, c.Value, arguments, c.Start, c.Length);
                if (renderFirst)
                {
                    // The message rendered before the other is compared: a kept text and a rendered one are the same.
                    _ = made.Message;
                }

                // Member for member (a finding compares its arguments' list by reference, and each was made its own).
                return made.RuleId == copied.RuleId
                    && made.Severity == copied.Severity
                    && made.Category == copied.Category
                    && made.Location == copied.Location
                    && made.Value == copied.Value
                    && made.SpanStart == c.Start && made.SpanLength == c.Length
                    && made.MessageId == copied.MessageId
                    && made.Arguments.SequenceEqual(copied.Arguments)
                    && made.Message.Chinese == copied.Message.Chinese && made.Message.English == copied.Message.English
                    && made.RelatedLocations.Count == 0 && copied.RelatedLocations.Count == 0;
            });
        }
    }
}
