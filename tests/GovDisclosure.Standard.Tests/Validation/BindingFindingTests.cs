using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Validation.Rules;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// <see cref="RuleContext.HasBindingFinding"/> says what it said when it walked the reported pointers as a set and
    /// compared each with the pointer and with the pointer followed by '/': whatever collection the pointers come in.
    /// </summary>
    public sealed class BindingFindingTests
    {
        /// <summary>Pointers from a small alphabet, so that one is often the start of another (with and without a '/' after it).</summary>
        private static readonly Gen<string> Pointers =
            Gen.Choose(0, 4).SelectMany(length => Gen.ArrayOf(Gen.Elements("/a", "/ab", "/0", "/1", "/a~1b", "a", "/", string.Empty), length))
                .Select(parts => string.Concat(parts));

        [Property(MaxTest = 500)]
        public Property Says_whether_a_reported_pointer_is_the_pointer_or_inside_it_as_it_did_over_a_set()
        {
            return Prop.ForAll(Gen.ArrayOf(Pointers).ToArbitrary(), Pointers.ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (reported, asked, shape) =>
            {
                var set = new HashSet<string>(reported, StringComparer.Ordinal);
                IReadOnlyCollection<string> given = shape switch
                {
                    0 => set,
                    1 => set.ToArray(),
                    _ => set.ToList(),
                };
                var context = new RuleContext(WorkingDayCalendar.China, null, given);
                bool former = set.Any(p => string.Equals(p, asked, StringComparison.Ordinal) || p.StartsWith(asked + "/", StringComparison.Ordinal));
                return context.HasBindingFinding(asked) == former;
            });
        }

        [Fact]
        public void A_pointer_that_only_starts_the_reported_name_is_not_inside_it()
        {
            var context = new RuleContext(WorkingDayCalendar.China, null, new[] { "/channels/10", "/legalBasis" });
            Assert.True(context.HasBindingFinding("/channels"));
            Assert.True(context.HasBindingFinding("/channels/10"));
            Assert.False(context.HasBindingFinding("/channels/1"));
            Assert.False(context.HasBindingFinding("/legal"));
            Assert.True(context.HasBindingFinding(string.Empty));
        }
    }
}
