using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Validation.Binding;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// The bindings kept for a member's kept bytes (<see cref="KeptValueBindings"/>) are a map per member name index from
    /// an array, by its identity, to the last binding kept for it, each member's forgotten when one more than
    /// <see cref="KeptValueBindings.MostKept"/> would be kept: against that model, under any sequence of keeps and looks,
    /// arrays of equal bytes that are not the same array, members far apart and a clear included.
    /// </summary>
    public sealed class KeptValueBindingsTests
    {
        [Property(MaxTest = 200)]
        public Property The_bindings_found_are_those_of_a_map_per_member_by_the_arrays_identity()
        {
            // Arrays 0–299 (0–149 equal in bytes to 150–299), members 0, 1 and 40 (past the first growth); a step keeps, looks or, rarely, clears.
            Gen<(int Op, int Member, int Array)> step =
                from op in Gen.Frequency((1000, Gen.Constant(0)), (1000, Gen.Constant(1)), (1, Gen.Constant(2)))
                from member in Gen.Elements(0, 1, 40)
                from array in Gen.Frequency((3, Gen.Choose(0, 20)), (2, Gen.Choose(0, 299)))
                select (op, member, array);
            Gen<(int Op, int Member, int Array)[]> sequences = Gen.Choose(0, 1500).SelectMany(length => Gen.ArrayOf(step, length));
            return Prop.ForAll(sequences.ToArbitrary(), steps =>
            {
                byte[][] arrays = Enumerable.Range(0, 300).Select(i => new[] { (byte)(i % 150), (byte)'"' }).ToArray();
                var bindings = new KeptValueBindings();
                var model = new Dictionary<int, Dictionary<byte[], (long Bits, KeptFinding[]? Findings)>>();
                long next = 0;
                bool forgotten = false;
                foreach ((int op, int member, int array) in steps)
                {
                    byte[] kept = arrays[array];
                    if (!model.TryGetValue(member, out Dictionary<byte[], (long Bits, KeptFinding[]? Findings)>? map))
                    {
                        model[member] = map = new Dictionary<byte[], (long Bits, KeptFinding[]? Findings)>(ReferenceEqualityComparer.Instance);
                    }

                    if (op == 0)
                    {
                        if (map.Count >= KeptValueBindings.MostKept)
                        {
                            forgotten = true;
                            map.Clear();
                        }

                        long bits = ++next;
                        KeptFinding[]? findings = bits % 3 == 0 ? null : new KeptFinding[bits % 3];
                        map[kept] = (bits, findings);
                        bindings.Keep(member, kept, new BoundSlot { Bits = bits, InBits = true, Given = true, Value = kept }, findings);
                    }
                    else if (op == 1)
                    {
                        bool found = bindings.TryGet(member, kept, out BoundSlot bound, out KeptFinding[]? findings);
                        bool expected = map.TryGetValue(kept, out (long Bits, KeptFinding[]? Findings) was);
                        if (found != expected || (found && (bound.Bits != was.Bits || !ReferenceEquals(bound.Value, kept) || !bound.Given || !bound.InBits || !ReferenceEquals(findings, was.Findings))))
                        {
                            return false.Label($"member {member}, array {array}: found {found} ({bound.Bits}), expected {expected} ({was.Bits})");
                        }
                    }
                    else
                    {
                        bindings.Clear();
                        model.Clear();
                    }
                }

                return true.ToProperty().Classify(forgotten, "a member's bindings forgotten when full");
            });
        }
    }
}
