using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// A rule context locates each pointer once per record, whether one at a time or several together (a finding about an
    /// annual report's identity names its cells): whatever mix of calls, with pointers given twice, located before, or
    /// not in the record, each location is the one the record itself gives for the pointer.
    /// </summary>
    public class LocatedTogetherTests
    {
        /// <summary>Pointers of the record below, a prefix of one, ones it lacks, the root and <c>null</c>.</summary>
        private static readonly string?[] Pointers = { "/a", "/a/b", "/c", "/d", "/d/0", "/d/1", "/x", "/x/y", string.Empty, null };

        private static readonly Dictionary<string, SourceLocation> Fields = new Dictionary<string, SourceLocation>
        {
            ["/a"] = new SourceLocation { File = "test.json", Line = 2, Column = 3 },
            ["/c"] = new SourceLocation { File = "test.json", Line = 3, Column = 3 },
            ["/d"] = new SourceLocation { File = "test.json", Line = 4, Column = 3 },
            ["/d/0"] = new SourceLocation { File = "test.json", Line = 5, Column = 5 },
        };

        /// <summary>A call: one pointer alone (<c>Skip</c> &lt; 0), or several together with the first <c>Skip</c> left out of the result.</summary>
        private static readonly Gen<(int[] Pointers, int Skip)> Call =
            from count in Gen.Choose(1, 6)
            from pointers in Gen.Choose(0, Pointers.Length - 1).ArrayOf(count)
            from skip in Gen.Choose(-1, count)
            select (pointers, skip);

        [Property(MaxTest = 300)]
        public Property Every_location_is_the_records_own()
        {
            return Prop.ForAll(Call.ArrayOf().ToArbitrary(), calls =>
            {
                SourceRecord record = Records.Json("{\"a\":{\"b\":1},\"c\":2,\"d\":[3,4]}", fields: Fields);
                var context = new RuleContext(WorkingDayCalendar.Empty, record);
                foreach ((int[] indexes, int skip) in calls)
                {
                    string?[] pointers = indexes.Select(i => Pointers[i]).ToArray();
                    if (skip < 0)
                    {
                        if (context.Locate(pointers[0]!) != record.Locate(pointers[0]!))
                        {
                            return false;
                        }

                        continue;
                    }

                    SourceLocation[] located = context.Locate(pointers!, skip);
                    if (!located.SequenceEqual(pointers.Skip(skip).Select(p => record.Locate(p!))))
                    {
                        return false;
                    }
                }

                return true;
            });
        }

        [Property(MaxTest = 100)]
        public Property Without_a_record_each_location_is_the_pointer_alone()
        {
            return Prop.ForAll(Call.ToArbitrary(), call =>
            {
                var context = new RuleContext(WorkingDayCalendar.Empty);
                string?[] pointers = call.Pointers.Select(i => Pointers[i]).ToArray();
                int skip = System.Math.Max(call.Skip, 0);
                return context.Locate(pointers!, skip).SequenceEqual(pointers.Skip(skip).Select(p => new SourceLocation { JsonPointer = p ?? string.Empty }));
            });
        }
    }
}
