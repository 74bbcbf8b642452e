using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Binding;
using GovDisclosure.Standard.Validation.AnnualReports;
using GovDisclosure.Standard.Validation.AnnualReports.Published;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// Validates disclosure documents (校验器): binds raw records to typed documents and runs a
    /// <see cref="RuleSet"/> on them. Records are checked one at a time, lazily, so memory holds one
    /// record (plus, for pair rules such as the annual-report continuity check, the last document per
    /// key). A record's findings never stop the others from being checked; a rule that fails is
    /// reported as a finding of that rule, not thrown.
    /// </summary>
    public sealed class DisclosureValidator
    {
        private static readonly Lazy<string> Version = new Lazy<string>(ReadLibraryVersion);
        private readonly HashSet<string> enabled;

        /// <summary>
        /// Per rule of the set, the severity its descriptor gives and the one the set gives: a finding is checked and re-graded
        /// with one lookup (the set's own answers, <see cref="RuleSet.Contains"/>, <see cref="RuleSet.SeverityOf"/> and
        /// <see cref="RuleSet.Find"/>, are five).
        /// </summary>
        /// <summary>Each enabled rule's own and configured severity (objects, not value tuples, so that the dictionary runs the framework's precompiled code).</summary>
        private readonly Dictionary<string, Grade> grades;

        /// <summary>The rules, in order, read once: a record is checked by walking an array.</summary>
        private readonly ValidationRule[] checks;

        /// <summary>The rules that compare a record with earlier ones (GD-AR-009), with their runner.</summary>
        private readonly (ValidationRule Rule, IPairRuleRunner Runner)[] pairRules;

        /// <summary>
        /// For each document type, the rules that look at it in order, and whether a rule compares it with earlier ones: a record
        /// walks only its own rules (a catalogue entry 8 of about 90) instead of asking every rule whether it applies.
        /// </summary>
        /// <remarks>Its values are classes, not value tuples: a dictionary over reference types runs the framework's precompiled code, where one over a tuple is compiled when the first record is checked.</remarks>
        private readonly ConcurrentDictionary<Type, RulesOfType> rulesByType = new ConcurrentDictionary<Type, RulesOfType>();

        /// <summary>The rules of the type <see cref="RulesFor"/> was asked about last, replaced whole when another type is asked about.</summary>
        private RulesOfType? lastRules;

        /// <summary>The context of the record a thread checks, used again for the next record when no pair rule needs it later.</summary>
        [ThreadStatic]
        private static RuleContext? threadContext;

        /// <summary>Creates a validator.</summary>
        /// <param name="rules">The rule set; <see cref="RuleSet.Standard"/> when <c>null</c>.</param>
        /// <param name="calendar">The working-day calendar; <see cref="WorkingDayCalendar.China"/> when <c>null</c>.</param>
        public DisclosureValidator(RuleSet? rules = null, WorkingDayCalendar? calendar = null)
        {
            Rules = rules ?? RuleSet.Standard;
            Calendar = calendar ?? WorkingDayCalendar.China;
            enabled = new HashSet<string>(Rules.Rules.Select(r => r.Id), StringComparer.Ordinal);
            grades = new Dictionary<string, Grade>(StringComparer.Ordinal);
            foreach (string id in enabled)
            {
                grades[id] = new Grade(Rules.Find(id)!.Descriptor.Severity, Rules.SeverityOf(id));
            }
            checks = Rules.Rules.ToArray();
            pairRules = PairRulesOf(checks);
            RunInfo = new ValidationRunInfo(
                Version.Value,
                Version.Value + "/sha256:" + CodelistDigest.Recorded,
                Calendar.CoveredYears,
                Rules.Name,
                Rules.Rules.Select(r => r.Id).ToArray());
        }

        /// <summary>The rule set.</summary>
        public RuleSet Rules { get; }

        /// <summary>The working-day calendar.</summary>
        public WorkingDayCalendar Calendar { get; }

        /// <summary>What this validator checks against: library version, value-set version, calendar years, rule set.</summary>
        public ValidationRunInfo RunInfo { get; }

        /// <summary>
        /// Validates a stream of records of one kind, lazily: each record is read, bound, checked and
        /// yielded before the next is read. Every record yields exactly one result.
        /// </summary>
        /// <param name="kind">The document kind of the records.</param>
        /// <param name="records">The records, e.g. from an input reader.</param>
        public IEnumerable<RecordValidation> Validate(DocumentKind kind, IEnumerable<SourceRecord> records)
        {
            if (kind is null)
            {
                throw new ArgumentNullException(nameof(kind));
            }

            if (records is null)
            {
                throw new ArgumentNullException(nameof(records));
            }

            return ValidateLazily(kind, records);
        }

        /// <summary>
        /// Validates a stream of records of one kind on up to <paramref name="maxDegreeOfParallelism"/> threads
        /// (并行校验): the records are read in order on the calling thread, bound and checked in batches on other
        /// threads, and yielded in input order, the same results as <see cref="Validate(DocumentKind, IEnumerable{SourceRecord})"/>.
        /// Rules that compare a record with earlier ones (GD-AR-009) run in input order as the results are yielded.
        /// Reading runs ahead of the caller by at most a few batches per thread, so memory stays flat. An exception
        /// of the reader is thrown after every record read before it has been yielded, as the serial run throws it.
        /// </summary>
        /// <param name="kind">The document kind of the records.</param>
        /// <param name="records">The records, e.g. from an input reader; enumerated on the calling thread.</param>
        /// <param name="maxDegreeOfParallelism">How many threads bind and check records at once; 1 validates on the calling thread alone.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
        public IEnumerable<RecordValidation> Validate(DocumentKind kind, IEnumerable<SourceRecord> records, int maxDegreeOfParallelism)
        {
            if (kind is null)
            {
                throw new ArgumentNullException(nameof(kind));
            }

            if (records is null)
            {
                throw new ArgumentNullException(nameof(records));
            }

            if (maxDegreeOfParallelism < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "At least one thread is needed.");
            }

            return maxDegreeOfParallelism == 1 ? ValidateLazily(kind, records) : ValidateInParallel(kind, records, maxDegreeOfParallelism);
        }

        /// <summary>Validates one record.</summary>
        /// <param name="kind">The document kind of the record.</param>
        /// <param name="record">The record.</param>
        public RecordValidation ValidateRecord(DocumentKind kind, SourceRecord record) =>
            ValidateRecord(kind ?? throw new ArgumentNullException(nameof(kind)), record, null);

        /// <summary>
        /// Runs the rules on an in-memory document (the typed API): findings are located by JSON
        /// pointer only. Structure rules do not apply, since a typed document is already well formed.
        /// </summary>
        /// <typeparam name="TDocument">The document type, e.g. <see cref="GovDisclosure.Standard.ServiceGuides.ServiceGuide"/>.</typeparam>
        /// <param name="document">The document.</param>
        public IReadOnlyList<Finding> Validate<TDocument>(TDocument document)
            where TDocument : class
        {
            if (document is null)
            {
                throw new ArgumentNullException(nameof(document));
            }

            List<Finding>? findings = new List<Finding>();
            RunRules(document, RulesFor(document.GetType()).Rules, new RuleContext(Calendar), ref findings);
            return findings!;
        }

        private IEnumerable<RecordValidation> ValidateLazily(DocumentKind kind, IEnumerable<SourceRecord> records)
        {
            var memory = new PairMemory();
            foreach (SourceRecord record in records)
            {
                yield return ValidateRecord(kind, record, memory);
            }
        }

        private IEnumerable<RecordValidation> ValidateInParallel(DocumentKind kind, IEnumerable<SourceRecord> records, int maxDegreeOfParallelism)
        {
            var memory = new PairMemory();
            // The results are written into slots (a reference type) the batches keep, so the batches' machinery is not made
            // over the struct CheckedRecord by the JIT at start-up; each slot is emptied once its record is finished.
            foreach (ResultSlot<CheckedRecord> done in OrderedBatches.Run<SourceRecord, ResultSlot<CheckedRecord>>(
                records, (record, slot) => slot.Value = Check(kind, record).HandedOver(), () => new ResultSlot<CheckedRecord>(), maxDegreeOfParallelism, BatchSizeOf(kind)))
            {
                CheckedRecord checkedRecord = done.Value;
                done.Value = default;

                // The annual report's values its checking thread read become this thread's: whoever takes the result here
                // (the region summaries) finds them read.
                ReportValues.Adopt(checkedRecord.Values);
                // So does the index its checking thread made of the record: the pair rules locate their findings in it.
                checkedRecord.Record.AdoptLocating(checkedRecord.Located);
                yield return Finish(checkedRecord, memory);
            }
        }

        /// <summary>Records handed to a thread at a time: fewer for annual reports, whose records in flight weigh ~20 KB each.</summary>
        private static int BatchSizeOf(DocumentKind kind) =>
            kind == DocumentKind.AnnualReport ? OrderedBatches.LargeRecordBatchSize : OrderedBatches.BatchSize;

        private RecordValidation ValidateRecord(DocumentKind kind, SourceRecord record, PairMemory? memory) =>
            Finish(Check(kind, record), memory);

        /// <summary>The results of the rules that compare a record with earlier ones, added in input order; the record's status.</summary>
        private RecordValidation Finish(CheckedRecord done, PairMemory? memory)
        {
            if (done.Result != null)
            {
                return done.Result;
            }

            List<Finding>? findings = done.Findings;
            if (memory != null && done.Context != null)
            {
                RunPairRules(done.Document!, done.Context!, memory, ref findings);
            }

            RecordStatus status = RecordStatus.Valid;
            if (findings != null)
            {
                foreach (Finding finding in findings)
                {
                    if (finding.Severity >= FindingSeverity.Warning)
                    {
                        status = RecordStatus.WithFindings;
                        break;
                    }
                }
            }

            return new RecordValidation(done.Record, done.Document, status, (IReadOnlyList<Finding>?)findings ?? Array.Empty<Finding>());
        }

        /// <summary>A record bound and checked by every rule that looks at it alone: any thread may do this.</summary>
        private CheckedRecord Check(DocumentKind kind, SourceRecord record)
        {
            if (record is null)
            {
                throw new ArgumentNullException(nameof(record));
            }

            if (record.IsUnreadable || (record.Members is null && record.Utf8.IsEmpty && record.Content is null))
            {
                return new CheckedRecord(record, record.ReadError is BilingualText why
                    ? Unreadable(record, record.Locate(string.Empty), "failed", record.RawText, new FindingArgument("reason", why.Chinese, why.English))
                    : Unreadable(record, record.Locate(string.Empty), "noContent", record.RawText));
            }

            // A record kept as its bytes is bound from them, one kept as its members (an object, a table row's) from them,
            // its content never parsed (nor its bytes written) unless a rule asks for it.
            RecordMembers? members = record.Members;
            ReadOnlyMemory<byte> utf8 = members is null ? record.Utf8 : default;
            if (members is null && (utf8.IsEmpty || FirstToken(utf8.Span) != JsonTokenType.StartObject))
            {
                JsonElement content = record.Content ?? default;
                if (content.ValueKind != JsonValueKind.Object)
                {
                    string raw = content.ValueKind == JsonValueKind.Undefined ? string.Empty : content.GetRawText();
                    return new CheckedRecord(record, Unreadable(
                        record,
                        record.Locate(string.Empty),
                        "notObject",
                        raw.Length > 80 ? raw.Substring(0, 80) + "…" : raw,
                        new FindingArgument("found", Kind(content.ValueKind), content.ValueKind.ToString().ToLowerInvariant())));
                }

                utf8 = default;
            }

            BindingOutcome bound;
            try
            {
                Type type = DocumentShapes.For(kind).Type;
                bound = members != null
                    ? DocumentBinder.Bind(type, members, record, enabled)
                    : utf8.IsEmpty
                    ? DocumentBinder.Bind(type, record.Content ?? default, record.Locate, enabled)
                    : DocumentBinder.Bind(type, utf8.Span, record, enabled);
            }
            catch (Exception e) when (!(e is OutOfMemoryException))
            {
                return new CheckedRecord(record, Unreadable(record, record.Locate(string.Empty), "failed", null, new FindingArgument("reason", e.Message)));
            }

            // Most records have no finding: the list is made only for the first one.
            List<Finding>? findings = null;
            IReadOnlyList<Finding> boundFindings = bound.Findings;
            for (int i = 0; i < boundFindings.Count; i++)
            {
                (findings ??= new List<Finding>()).Add(ApplySeverity(boundFindings[i]));
            }

            IReadOnlyList<ReadingNote> notes = record.ReadingNotes;
            bool tableNotRead = false;
            for (int i = 0; i < notes.Count; i++)
            {
                ReadingNote note = notes[i];
                tableNotRead |= note.Kind == ReadingNoteKind.TableNotRead;
                if (ReadingNoteFindings.IsReported(note))
                {
                    if (TryGrade(ReadingNoteFindings.ToFinding(note), out Finding finding))
                    {
                        (findings ??= new List<Finding>()).Add(finding);
                    }
                }
            }

            if (bound.Document is null)
            {
                findings ??= new List<Finding>();
                if (!findings.Exists(f => f.RuleId == RuleDescriptors.UnreadableRecord.Id))
                {
                    findings.Add(UnreadableFinding(record.Locate(string.Empty), "unbound", null));
                }

                return new CheckedRecord(record, new RecordValidation(record, null, RecordStatus.Unreadable, findings));
            }

            // A table the reader could not read is reported once (GD-PUB-006), not again as missing.
            IReadOnlyCollection<string> reportedPointers = bound.ReportedPointers.Count == 0 && !tableNotRead
                ? Array.Empty<string>()
                : bound.ReportedPointers.Concat(notes.Where(n => n.Kind == ReadingNoteKind.TableNotRead).Select(n => n.Location.JsonPointer)).ToArray();
            // A context a pair rule uses later (when the record's results are taken in input order) is the record's own;
            // otherwise the thread's context is used again.
            (ValidationRule[] rules, bool paired) = RulesFor(bound.Document.GetType());
            RuleContext context = paired
                ? new RuleContext(Calendar, record, reportedPointers)
                : threadContext = RuleContext.Reuse(threadContext, Calendar, record, reportedPointers);
            RunRules(bound.Document, rules, context, ref findings);
            return new CheckedRecord(record, bound.Document, findings, paired ? context : null);
        }

        /// <summary>
        /// The rules that look at documents of a type, in rule-set order, and whether a pair rule compares them with earlier ones:
        /// those of the type asked about last (a run's records are of one type) with no look-up, whose hash of the type was a
        /// call into the runtime a record; any other type's from <see cref="rulesByType"/>.
        /// </summary>
        internal (ValidationRule[] Rules, bool Paired) RulesFor(Type type)
        {
            RulesOfType? last = lastRules;
            if (last != null && last.Type == type)
            {
                return (last.Rules, last.Paired);
            }

            if (!rulesByType.TryGetValue(type, out RulesOfType? found))
            {
                (ValidationRule[] rules, bool paired) = ApplyingTo(type);
                found = rulesByType.GetOrAdd(type, new RulesOfType(type, rules, paired));
            }

            lastRules = found;
            return (found.Rules, found.Paired);
        }

        /// <summary>
        /// The rules of <paramref name="checks"/> that compare a document with earlier ones, in rule-set order: loops, not a
        /// query over (rule, runner) tuples, which is compiled when the validator is made.
        /// </summary>
        private static (ValidationRule Rule, IPairRuleRunner Runner)[] PairRulesOf(ValidationRule[] checks)
        {
            int count = 0;
            foreach (ValidationRule rule in checks)
            {
                if (rule is IPairRuleRunner)
                {
                    count++;
                }
            }

            var pairs = new (ValidationRule Rule, IPairRuleRunner Runner)[count];
            count = 0;
            foreach (ValidationRule rule in checks)
            {
                if (rule is IPairRuleRunner runner)
                {
                    pairs[count++] = (rule, runner);
                }
            }

            return pairs;
        }

        /// <summary>The rules that look at documents of <paramref name="type"/>, in rule-set order, and whether a pair rule compares them, worked out anew.</summary>
        internal (ValidationRule[] Rules, bool Paired) ApplyingTo(Type type)
        {
            var rules = new List<ValidationRule>();
            foreach (ValidationRule rule in checks)
            {
                if (rule.AppliesTo(type))
                {
                    rules.Add(rule);
                }
            }

            bool paired = false;
            foreach ((ValidationRule _, IPairRuleRunner runner) in pairRules)
            {
                paired |= runner.Accepts(type);
            }

            return (rules.ToArray(), paired);
        }

        /// <summary>Runs the rules that look at the document; a rule's findings are added, the list made on the first one.</summary>
        private void RunRules(object document, ValidationRule[] rules, RuleContext context, ref List<Finding>? findings)
        {
            foreach (ValidationRule rule in rules)
            {
                try
                {
                    Add(rule.CheckDocument(document, context), ref findings);
                }
                catch (Exception e) when (!(e is OutOfMemoryException))
                {
                    (findings ??= new List<Finding>()).Add(RuleFailed(rule, context, e));
                }
            }
        }

        private void RunPairRules(object document, RuleContext context, PairMemory memory, ref List<Finding>? findings)
        {
            foreach ((ValidationRule rule, IPairRuleRunner runner) in pairRules)
            {
                if (!runner.Accepts(document))
                {
                    continue;
                }

                try
                {
                    Add(runner.Run(document, context, memory), ref findings);
                }
                catch (Exception e) when (!(e is OutOfMemoryException))
                {
                    (findings ??= new List<Finding>()).Add(RuleFailed(rule, context, e));
                }
            }
        }

        private void Add(IEnumerable<Finding> found, ref List<Finding>? findings)
        {
            // Most rules find nothing in most records and say so with an empty array: no enumerator is asked for.
            if (found is Finding[] { Length: 0 })
            {
                return;
            }

            foreach (Finding finding in found)
            {
                if (TryGrade(finding, out Finding graded))
                {
                    (findings ??= new List<Finding>()).Add(graded);
                }
            }
        }

        private Finding RuleFailed(ValidationRule rule, RuleContext context, Exception e) =>
            new Finding(rule.Id, FindingSeverity.Error, rule.Descriptor.Category, context.Locate(string.Empty), RuleDescriptors.RuleFailed, new[]
            {
                new FindingArgument("rule", rule.Id),
                new FindingArgument("exception", e.GetType().Name),
                new FindingArgument("error", e.Message),
            });

        private Finding ApplySeverity(Finding finding) =>
            finding.RuleId != null && grades.TryGetValue(finding.RuleId, out Grade? grade) ? Graded(finding, grade) : finding;

        /// <summary>
        /// A re-graded rule re-grades the findings it reports at its own severity; findings it reports at another severity
        /// on purpose keep theirs.
        /// </summary>
        private static Finding Graded(Finding finding, Grade grade) =>
            finding.Severity == grade.Own ? finding.WithSeverity(grade.Configured) : finding;

        /// <summary>
        /// Whether the finding is reported (its rule is in the set, or it is about an unreadable record), and then as
        /// <see cref="ApplySeverity"/> grades it: one lookup.
        /// </summary>
        private bool TryGrade(Finding finding, out Finding graded)
        {
            if (finding.RuleId != null && grades.TryGetValue(finding.RuleId, out Grade? grade))
            {
                graded = Graded(finding, grade);
                return true;
            }

            graded = finding;
            return finding.RuleId == RuleDescriptors.UnreadableRecord.Id;
        }

        private static RecordValidation Unreadable(SourceRecord record, SourceLocation location, string messageId, string? raw, params FindingArgument[] arguments) =>
            new RecordValidation(record, null, RecordStatus.Unreadable, new[] { UnreadableFinding(location, messageId, raw, arguments) });

        private static Finding UnreadableFinding(SourceLocation location, string messageId, string? raw, params FindingArgument[] arguments)
        {
            RuleDescriptor rule = RuleDescriptors.UnreadableRecord;
            return new Finding(rule.Id, rule.Severity, rule.Category, location, rule.Message(messageId), arguments) { Value = raw };
        }

        /// <summary>The first token of a record's bytes (comments skipped).</summary>
        internal static JsonTokenType FirstToken(ReadOnlySpan<byte> utf8)
        {
            // A record read from JSON starts at its first token, and an object's first byte is its first token: the
            // usual case needs no reader.
            if (utf8.Length > 0 && utf8[0] == (byte)'{')
            {
                return JsonTokenType.StartObject;
            }

            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return reader.Read() ? reader.TokenType : JsonTokenType.None;
        }

        private static string Kind(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Array => "列表",
            JsonValueKind.String => "文字",
            JsonValueKind.Number => "数字",
            JsonValueKind.True => "布尔值",
            JsonValueKind.False => "布尔值",
            JsonValueKind.Null => "空值",
            _ => "空",
        };

        private static string ReadLibraryVersion()
        {
            Assembly assembly = typeof(DisclosureValidator).Assembly;
            string? informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            return string.IsNullOrEmpty(informational) ? assembly.GetName().Version?.ToString() ?? "0.0.0" : informational!;
        }

        /// <summary>A record after binding and the rules that look at it alone: either its final result, or its document and findings so far.</summary>
        private readonly struct CheckedRecord
        {
            public CheckedRecord(SourceRecord record, RecordValidation result)
            {
                Record = record;
                Result = result;
            }

            public CheckedRecord(SourceRecord record, object document, List<Finding>? findings, RuleContext? context)
                : this(record, document, findings, context, null, null)
            {
            }

            private CheckedRecord(SourceRecord record, object? document, List<Finding>? findings, RuleContext? context, ReportValues? values, object? located)
            {
                Record = record;
                Document = document;
                Findings = findings;
                Context = context;
                Values = values;
                Located = located;
            }

            public SourceRecord Record { get; }

            public RecordValidation? Result { get; }

            public object? Document { get; }

            public List<Finding>? Findings { get; }

            /// <summary>The record's context when a pair rule compares it with earlier records; <c>null</c> when none does.</summary>
            public RuleContext? Context { get; }

            /// <summary>An annual report's values as its checking thread read them (<see cref="ReportValues.Detach"/>), or <c>null</c>.</summary>
            public ReportValues? Values { get; }

            /// <summary>
            /// What the checking thread kept for locating in the record (<see cref="SourceRecord.DetachLocating"/>) when a pair
            /// rule will locate its findings in it, or <c>null</c>.
            /// </summary>
            public object? Located { get; }

            /// <summary>
            /// This record with what the checking thread made of it that the thread taking results in order uses again, handed
            /// over with it: the values read of its document, and its index when a pair rule compares it (a result has neither).
            /// </summary>
            public CheckedRecord HandedOver()
            {
                if (Result != null)
                {
                    return this;
                }

                ReportValues? values = ReportValues.Detach(Document);
                object? located = Context != null ? Record.DetachLocating() : null;
                return values is null && located is null ? this : new CheckedRecord(Record, Document, Findings, Context, values, located);
            }
        }

        /// <summary>A rule's own severity and the one the rule set gives it.</summary>
        private sealed class Grade
        {
            public Grade(FindingSeverity own, FindingSeverity configured)
            {
                Own = own;
                Configured = configured;
            }

            public FindingSeverity Own { get; }

            public FindingSeverity Configured { get; }
        }
    }
}
