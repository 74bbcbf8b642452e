using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>
    /// <c>split FILE [RECORDS]</c>: where a record's allocation goes, on one thread over the first records of a file —
    /// reading alone, reading and binding (every rule left out that can be), and reading, binding and the standard
    /// rules. Each stage runs twice and the second (warm) run is measured; the time per record is printed too, but
    /// it moves with the machine's load; the process's CPU time per record (every thread, the GC's included) moves less. With <c>--rules</c>, also each rule alone on top of binding.
    /// </summary>
    internal static class AllocationSplit
    {
        public static int Run(string path, int limit, bool perRule = false)
        {
            RuleSet bindingOnly = RuleSet.Standard.Rules.Aggregate(RuleSet.Standard, (set, rule) =>
            {
                try
                {
                    return set.Without(rule.Id);
                }
                catch (InvalidOperationException)
                {
                    // A rule that cannot be left out (GD-STR-001 says why a record is unreadable).
                    return set;
                }
            });
            (string Name, Func<long> Run)[] stages =
            {
                ("reading", () => SourceInput.Open(path).Records().Take(limit).LongCount()),
                ("reading+binding", () => Validate(path, limit, new DisclosureValidator(bindingOnly))),
                ("reading+binding+rules", () => Validate(path, limit, new DisclosureValidator())),
            };
            Console.WriteLine("rules kept for reading+binding: " + string.Join(", ", bindingOnly.Rules.Select(r => r.Id)));
            foreach ((string name, Func<long> run) in stages)
            {
                run();
                GC.Collect();
                long before = GC.GetTotalAllocatedBytes(true);
                TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                long records = run();
                clock.Stop();
                TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                long allocated = GC.GetTotalAllocatedBytes(true) - before;
                Console.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "{0,-22} {1,8:N0} records {2,8:F2} KB/record {3,9:F1} µs/record {4,9:F1} CPU µs/record",
                    name,
                    records,
                    allocated / (double)Math.Max(1, records) / 1024,
                    clock.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, records),
                    cpu.TotalMilliseconds * 1000 / Math.Max(1, records)));
            }

            if (perRule)
            {
                // Each rule alone on top of binding: what it adds per record (the rules that cost most first).
                Validate(path, limit, new DisclosureValidator(bindingOnly));
                (double Bytes, double Micros) binding = Measure(() => Validate(path, limit, new DisclosureValidator(bindingOnly)));
                var costs = new System.Collections.Generic.List<(string Id, double Bytes, double Micros)>();
                foreach (ValidationRule rule in RuleSet.Standard.Rules)
                {
                    if (bindingOnly.Rules.Any(r => r.Id == rule.Id))
                    {
                        continue;
                    }

                    RuleSet one = RuleSet.Standard.Rules.Where(r => r.Id != rule.Id).Aggregate(RuleSet.Standard, (set, other) =>
                    {
                        try
                        {
                            return set.Without(other.Id);
                        }
                        catch (InvalidOperationException)
                        {
                            return set;
                        }
                    });
                    var validator = new DisclosureValidator(one);
                    Validate(path, Math.Min(limit, 50), validator);
                    (double bytes, double micros) = Measure(() => Validate(path, limit, validator));
                    costs.Add((rule.Id, bytes - binding.Bytes, micros - binding.Micros));
                }

                Console.WriteLine("each rule alone, added to reading+binding:");
                foreach ((string id, double bytes, double micros) in costs.OrderByDescending(c => c.Bytes))
                {
                    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0,-12} {1,9:F2} KB/record {2,9:F1} µs/record", id, bytes / 1024, micros));
                }
            }

            return 0;
        }

        /// <summary>Bytes allocated and µs per record of one run.</summary>
        private static (double Bytes, double Micros) Measure(Func<long> run)
        {
            GC.Collect();
            long before = GC.GetTotalAllocatedBytes(true);
            var clock = Stopwatch.StartNew();
            long records = run();
            clock.Stop();
            long allocated = GC.GetTotalAllocatedBytes(true) - before;
            return (allocated / (double)Math.Max(1, records), clock.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, records));
        }

        private static long Validate(string path, int limit, DisclosureValidator validator)
        {
            SourceInput input = SourceInput.Open(path);
            long records = 0;
            foreach (RecordValidation result in validator.Validate(input.Kind, input.Records().Take(limit)))
            {
                records += result.Record is null ? 0 : 1;
            }

            return records;
        }
    }
}
