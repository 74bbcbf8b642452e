using System;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// The rules a validator finds for a document type, the last type's kept whole (<see cref="RulesOfType"/>): on any
    /// sequence of types, asked on one to three threads at once, they are the rules worked out anew for that type, in the
    /// same order, and the same pairing. Structural, never timings.
    /// </summary>
    public sealed class RulesOfTypeTests
    {
        /// <summary>Every kind's document type, and types no rule looks at.</summary>
        private static readonly Type[] Types = DocumentKind.Declared.Select(k => DocumentShapes.For(k).Type)
            .Concat(new[] { typeof(object), typeof(string), typeof(RecordValidation) }).ToArray();

        [Property(MaxTest = 200)]
        public Property The_rules_of_a_type_are_those_worked_out_for_it_whatever_was_asked_before_and_on_any_thread()
        {
            Gen<(int[] Asked, int Threads)> runs = Gen.Zip(Gen.ArrayOf(Gen.Choose(0, Types.Length - 1)), Gen.Choose(1, 3))
                .Select(t => (t.Item1, t.Item2));
            return Prop.ForAll(runs.ToArbitrary(), run =>
            {
                var validator = new DisclosureValidator();
                bool[] same = new bool[run.Threads];
                Parallel.For(0, run.Threads, thread =>
                {
                    bool all = true;
                    for (int i = 0; i < run.Asked.Length; i++)
                    {
                        Type type = Types[run.Asked[(i + thread) % run.Asked.Length]];
                        (Standard.Validation.Rules.ValidationRule[] rules, bool paired) = validator.RulesFor(type);
                        (Standard.Validation.Rules.ValidationRule[] anew, bool pairedAnew) = validator.ApplyingTo(type);
                        all &= rules.SequenceEqual(anew) && paired == pairedAnew;
                    }

                    same[thread] = all;
                });
                return same.All(s => s).Label(string.Join(",", run.Asked) + " on " + run.Threads + " threads");
            });
        }

        [Fact]
        public void A_catalogue_entry_and_an_annual_report_have_rules_of_their_own()
        {
            var validator = new DisclosureValidator();
            Type entry = DocumentShapes.For(DocumentKind.CatalogueEntry).Type;
            Type report = DocumentShapes.For(DocumentKind.AnnualReport).Type;

            Assert.NotEmpty(validator.RulesFor(entry).Rules);
            Assert.False(validator.RulesFor(report).Rules.SequenceEqual(validator.RulesFor(entry).Rules));
            Assert.True(validator.RulesFor(entry).Rules.SequenceEqual(validator.ApplyingTo(entry).Rules));
        }
    }
}
