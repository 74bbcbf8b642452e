using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Schema;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// Binds a raw record to a typed document in one walk. It reads the record's own UTF-8 bytes token by token (<see cref="RecordTokens"/>: a
    /// <see cref="Utf8JsonReader"/>, or <see cref="MeasuredJsonReader"/> over bytes the boundary scan proved; no tree, and no member-name or value strings but those the document or a
    /// finding needs) against the document's shape (a <see cref="BindingPlan"/> per type), reports every value that does not fit
    /// with its exact pointer, leaves such values out (absent, never guessed), keeps unknown fields,
    /// and writes what is left, in canonical form, straight into a reused UTF-8 buffer that the
    /// source-generated metadata then reads into the document. A blank text (empty or white space)
    /// counts as absent, as in a spreadsheet cell; numbers written as text, and a single value where a
    /// list is expected, are accepted as they are unambiguous, and reported (GD-STR-008) for JSON input.
    /// A pointer, and the line and column it stands for, is worked out only when a finding needs it.
    /// </summary>
    internal sealed class DocumentBinder
    {
        /// <summary>A name of <see cref="namePositions"/> not looked up yet.</summary>
        private const int NotLookedUp = -2;

        /// <summary>A workspace whose buffers grew beyond this is not kept for the next record.</summary>
        private const int KeptCapacity = 1024 * 1024;

        private static readonly string MaterialName = GovDisclosure.Standard.Shapes.FieldPaths.Of<ServiceMaterial>(nameof(ServiceMaterial.Name)).Field.Name;

        private static readonly Regex ItemNumbering = new Regex(@"^\s*(\d{1,3}\s*[.、．]|[（(]\d{1,3}[)）])\s*", RegexOptions.CultureInvariant);

        /// <summary>How a record's bytes are read: as the readers parsed them (comments and trailing commas allowed); their depth was bounded when they were read.</summary>
        private static readonly JsonReaderOptions ReaderOptions = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 100_000 };

        /// <summary>Yes and no, boxed once: a value is only read from its box (unboxed by the member's setter), never changed in it.</summary>
        private static readonly object BoxedTrue = true;
        private static readonly object BoxedFalse = false;

        [ThreadStatic]
        private static DocumentBinder? cached;

        /// <summary>The path to the value being read (a stack of <see cref="pathLength"/> segments): an array, not a list, as a step is taken and given back per member and item.</summary>
        private Segment[] path = new Segment[16];
        private int pathLength;
        private readonly List<(BoundBuffer Buffer, Utf8JsonWriter Writer)> held = new List<(BoundBuffer, Utf8JsonWriter)>();
        private readonly BoundBuffer rootBuffer = new BoundBuffer(4096);
        private readonly Utf8JsonWriter root;
        private Utf8JsonWriter writer;
        private int depth;
        private readonly Dictionary<CodelistReader, ReadValues> codes = new Dictionary<CodelistReader, ReadValues>();
        private readonly ReadValues channels = new ReadValues();

        /// <summary>The texts read lately, so that a text given again (a body, a legal basis, an item's name) is the same string, not decoded again.</summary>
        private readonly RecentTexts texts = new RecentTexts();
        /// <summary>Member names of the objects being read (a stack): the unknown ones while an object is bound in one pass, all of them when it is bound again (<see cref="ReadMemberNames"/>).</summary>
        private string[] names = new string[32];
        private int namesUsed;
        private Func<string, SourceLocation>? locate;
        private SourceRecord? locator;
        private ISet<string> enabledRules = new HashSet<string>();
        private List<Finding>? findings;

        /// <summary>
        /// The pointers of the record reported and left out (each once): one set per binder, emptied for the next record,
        /// with <see cref="reportedInOrder"/>, from which the record's outcome gets them as an array.
        /// </summary>
        private HashSet<string>? reported;

        /// <summary>The pointers added to <see cref="reported"/>, in order, so that an object bound again can take back its own.</summary>
        private readonly List<string> reportedInOrder = new List<string>();

        /// <summary>The values read for the members of the objects being made, one slot per member (a stack, like <see cref="names"/>).</summary>
        private BoundSlot[] slots = new BoundSlot[64];
        private int slotsUsed;

        /// <summary>The items read for the lists being made (a stack), in slots (their <see cref="BoundSlot.Value"/>) so that storing one is a plain write.</summary>
        private BoundSlot[] items = new BoundSlot[32];
        private int itemsUsed;

        /// <summary>Per code-like type, what its canonical values were read as; indexed by <see cref="BindingPlan.Number"/>.</summary>
        private CanonicalValues?[] canonicalValues = new CanonicalValues?[64];

        /// <summary>Per code-like type and time limits, what texts were read as (<see cref="BindRemembered"/>); indexed by <see cref="BindingPlan.Number"/>.</summary>
        private ReadValues?[] remembered = new ReadValues?[64];

        /// <summary>
        /// Per code-like type, the reports texts that did not fit were bound with (<see cref="BindRemembered"/>), each a
        /// <see cref="KeptFinding"/> array, made again at a later record's own pointer (<see cref="ReportAgain"/>);
        /// indexed by <see cref="BindingPlan.Number"/>.
        /// </summary>
        private ReadValues?[] reportedTexts = new ReadValues?[64];

        /// <summary>While a code-like text is bound through the metadata (<see cref="BindRemembered"/>), the reports made (<see cref="Report"/>), to be made again for the same text.</summary>
        private readonly List<KeptFinding> textFindings = new List<KeptFinding>();
        private bool keepingTextFindings;

        /// <summary>Per list type of codes or texts, the lists made lately (a <see cref="RecentLists{T}"/>, made by the plan's <see cref="ListArray"/>); indexed by <see cref="BindingPlan.Number"/>.</summary>
        private object?[] recentLists = new object?[64];

        /// <summary>Per list type of codes or texts, the lists bound lately with no finding, by their JSON (<see cref="WrittenLists"/>); indexed by <see cref="BindingPlan.Number"/>.</summary>
        private WrittenLists?[] writtenLists = new WrittenLists?[64];

        /// <summary>
        /// How many pointers were worked out (<see cref="Pointer"/>): every finding, and every value that would give one in
        /// JSON (a form reported only there), asks for its pointer, so a list bound while this did not change gave none and
        /// can be given again from its JSON (<see cref="WrittenLists"/>) whatever the rules kept or the source.
        /// </summary>
        private int pointersAsked;

        /// <summary>The document type of the last record bound and its plan, so that a file of one kind looks its plan up once.</summary>
        private Type? lastDocumentType;
        private BindingPlan? lastDocumentPlan;

        /// <summary>Per object type, the plan position of each of its member names (<see cref="MemberPositions"/>); indexed by <see cref="BindingPlan.Number"/>.</summary>
        private MemberPositions?[] memberPositions = new MemberPositions?[64];

        /// <summary>For the member names of <see cref="lastNames"/>, by <see cref="RecordMembers.NameIndex"/>, their positions in <see cref="lastNamesPlan"/> (-1 unknown), or <see cref="NotLookedUp"/>.</summary>
        private int[] namePositions = new int[64];

        /// <summary>
        /// For the member names of <see cref="lastNames"/>, by <see cref="RecordMembers.NameIndex"/>, the string last made
        /// for that member's text (<see cref="MemberText"/>), or <c>null</c>.
        /// </summary>
        private string?[] lastTexts = new string?[64];

        /// <summary>For the member names of <see cref="lastNames"/>, what their members were bound to lately from kept bytes (<see cref="BindKept"/>).</summary>
        private readonly KeptValueBindings keptBindings = new KeptValueBindings();

        /// <summary>
        /// While a member's kept bytes are bound in full (<see cref="BindKept"/>), the reports made (<see cref="Report"/>),
        /// so that they can be made again for the same bytes in another row; <see cref="keptUnfit"/> says a step was taken
        /// whose outcome depends on more than the bytes (a location, the record's reported pointers, a member kept aside, an undo).
        /// </summary>
        private readonly List<KeptFinding> keptFindings = new List<KeptFinding>();
        private bool keepingFindings;
        private bool keptUnfit;
        private object? lastNames;
        private BindingPlan? lastNamesPlan;

        /// <summary>Where a record member's value alone is written (<see cref="MemberWriter"/>).</summary>
        private readonly BoundBuffer memberBuffer = new BoundBuffer(512);
        private Utf8JsonWriter? memberWriter;
        private JsonWriterOptions memberWriterOptions;

        /// <summary>Why a value could not be made (the record is then unreadable), once the walk is over.</summary>
        private Exception? failure;

        private DocumentBinder()
        {
            root = new Utf8JsonWriter(rootBuffer, WriterOptions);
            writer = root;
        }

        private static JsonWriterOptions WriterOptions => new JsonWriterOptions { Encoder = CanonicalJson.Options.Encoder, SkipValidation = true };

        /// <summary>Binds <paramref name="content"/> as a document of <paramref name="documentType"/>.</summary>
        /// <param name="documentType">A document type of this library.</param>
        /// <param name="content">The record; must be a JSON object.</param>
        /// <param name="locate">Where a pointer is in the source.</param>
        /// <param name="enabledRules">The ids of the rules whose findings are kept.</param>
        public static BindingOutcome Bind(Type documentType, JsonElement content, Func<string, SourceLocation> locate, ISet<string> enabledRules) =>
            content.ValueKind == JsonValueKind.Object
                ? Bind(documentType, JsonMarshal.GetRawUtf8Value(content), locate, enabledRules)
                : new BindingOutcome(null, Array.Empty<Finding>(), Array.Empty<string>());

        /// <summary>Binds a record given as its UTF-8 bytes as a document of <paramref name="documentType"/>.</summary>
        /// <param name="documentType">A document type of this library.</param>
        /// <param name="record">The record's bytes: one JSON object, as the reader read it (comments and trailing commas allowed).</param>
        /// <param name="locate">Where a pointer is in the source.</param>
        /// <param name="enabledRules">The ids of the rules whose findings are kept.</param>
        public static BindingOutcome Bind(Type documentType, ReadOnlySpan<byte> record, Func<string, SourceLocation> locate, ISet<string> enabledRules) =>
            Bind(documentType, record, null, locate, enabledRules);

        /// <summary>Binds a record read from JSON, kept as its UTF-8 bytes, as a document of <paramref name="documentType"/>; findings are located by the record.</summary>
        /// <param name="documentType">A document type of this library.</param>
        /// <param name="utf8">The record's bytes: one JSON object.</param>
        /// <param name="record">The record, which says where a pointer is in the source.</param>
        /// <param name="enabledRules">The ids of the rules whose findings are kept.</param>
        public static BindingOutcome Bind(Type documentType, ReadOnlySpan<byte> utf8, SourceRecord record, ISet<string> enabledRules) =>
            Bind(documentType, utf8, record, null, enabledRules);

        /// <summary>
        /// Binds a record kept as its members (a table row, <see cref="RecordMembers"/>) as a document of
        /// <paramref name="documentType"/>, with no JSON of the whole record: the document and findings are those of binding
        /// the record's bytes (<see cref="RecordMembers.Utf8"/>), which is what is done for a type not made member by member.
        /// </summary>
        /// <param name="documentType">A document type of this library.</param>
        /// <param name="members">The record's members.</param>
        /// <param name="record">The record, which says where a pointer is in the source.</param>
        /// <param name="enabledRules">The ids of the rules whose findings are kept.</param>
        public static BindingOutcome Bind(Type documentType, RecordMembers members, SourceRecord record, ISet<string> enabledRules)
        {
            DocumentBinder binder = cached ?? new DocumentBinder();
            cached = null;
            try
            {
                return binder.Run(documentType, members, record, enabledRules);
            }
            finally
            {
                if (binder.Reset())
                {
                    cached = binder;
                }
            }
        }

        private static BindingOutcome Bind(Type documentType, ReadOnlySpan<byte> record, SourceRecord? locator, Func<string, SourceLocation>? locate, ISet<string> enabledRules)
        {
            DocumentBinder binder = cached ?? new DocumentBinder();
            cached = null;
            try
            {
                return binder.Run(documentType, record, locator, locate, enabledRules);
            }
            finally
            {
                if (binder.Reset())
                {
                    cached = binder;
                }
            }
        }

        private BindingOutcome Run(Type documentType, ReadOnlySpan<byte> source, SourceRecord? bindLocator, Func<string, SourceLocation>? bindLocate, ISet<string> enabled)
        {
            locator = bindLocator;
            locate = bindLocate;
            enabledRules = enabled;
            object? document = null;

            // The record's own bytes, read token by token: no tree, no member or value strings but those a finding or the document needs.
            RecordTokens reader = bindLocator?.IsStrictJson == true ? RecordTokens.Measured(source) : new RecordTokens(source, ReaderOptions);
            reader.Read();
            if (documentType != lastDocumentType)
            {
                lastDocumentPlan = BindingPlan.For(documentType);
                lastDocumentType = documentType;
            }

            BindingPlan plan = lastDocumentPlan!;
            if (plan.Factory != null)
            {
                // The document is made member by member as the record is read.
                if (BindValue(ref reader, source, plan, out object? value))
                {
                    document = Made(documentType, value);
                }
            }
            else
            {
                if (Walk(ref reader, source, plan, null))
                {
                    root.Flush();
                    try
                    {
                        document = JsonSerializer.Deserialize(rootBuffer.WrittenSpan, CanonicalJson.Options.GetTypeInfo(documentType));
                    }
                    catch (Exception e) when (e is JsonException || e is ArgumentException || e is FormatException || e is InvalidOperationException)
                    {
                        Report(RuleDescriptors.UnreadableRecord, string.Empty, "bind", null, true,
                            new FindingArgument("kind", KindName(documentType), documentType.Name),
                            new FindingArgument("reason", e.Message));
                    }
                }
            }

            return new BindingOutcome(document, (IReadOnlyList<Finding>?)findings ?? Array.Empty<Finding>(), reportedInOrder.Count == 0 ? Array.Empty<string>() : reportedInOrder.ToArray());
        }

        /// <summary>
        /// Binds a record kept as its members, member by member as <see cref="BindMembers(ref RecordTokens, ReadOnlySpan{byte}, BindingPlan, Dictionary{string, int}?, out object?, out bool)"/> binds an object's (the record's
        /// members are each given once), a plain text member from its text and any other from the JSON of its value alone;
        /// a document type that is not made member by member is bound from the record's bytes.
        /// </summary>
        private BindingOutcome Run(Type documentType, RecordMembers members, SourceRecord record, ISet<string> enabled)
        {
            if (documentType != lastDocumentType)
            {
                lastDocumentPlan = BindingPlan.For(documentType);
                lastDocumentType = documentType;
            }

            BindingPlan plan = lastDocumentPlan!;
            if (plan.Kind != BindingKind.Structured || plan.Structure != BindingKind.Object || plan.Factory is null)
            {
                return Run(documentType, members.Utf8.Span, record, null, enabled);
            }

            locator = record;
            locate = null;
            enabledRules = enabled;
            object? document = null;
            if (BindMembers(members, plan, out object? value))
            {
                document = Made(documentType, value);
            }

            return new BindingOutcome(document, (IReadOnlyList<Finding>?)findings ?? Array.Empty<Finding>(), reportedInOrder.Count == 0 ? Array.Empty<string>() : reportedInOrder.ToArray());
        }

        /// <summary>
        /// Reads a record's members into the slots of its type and makes it (<see cref="Make"/>); false when it is left out.
        /// A known member that is plain text where text is expected is its text, as <see cref="BindValue"/> makes it; any
        /// other member is read from the JSON of its value alone (<see cref="RecordMembers.TryValue"/>, else
        /// <see cref="RecordMembers.WriteValue"/>), the bytes it has
        /// in the record, by <see cref="BindMember"/>, so that its findings are those of the record's bytes.
        /// </summary>
        private bool BindMembers(RecordMembers members, BindingPlan plan, out object? value)
        {
            string[]? required = plan.Required;
            Span<bool> given = required is null ? Span<bool>.Empty : stackalloc bool[required.Length];
            int slot = TakeSlots(plan.MemberNames.Length);
            Utf8JsonWriter? extension = null;
            int extensionAt = -1;
            if (!ReferenceEquals(members.Names, lastNames) || plan != lastNamesPlan)
            {
                lastNames = members.Names;
                lastNamesPlan = plan;
                namePositions.AsSpan().Fill(NotLookedUp);
                Array.Clear(lastTexts, 0, lastTexts.Length);
                keptBindings.Clear();
            }

            for (int m = 0; m < members.Count; m++)
            {
                string memberName = members.Name(m);
                int nameIndex = members.NameIndex(m);
                if (nameIndex >= namePositions.Length)
                {
                    int old = namePositions.Length;
                    Array.Resize(ref namePositions, Math.Max(old * 2, nameIndex + 1));
                    namePositions.AsSpan(old).Fill(NotLookedUp);
                    Array.Resize(ref lastTexts, namePositions.Length);
                }

                int position = namePositions[nameIndex];
                if (position == NotLookedUp)
                {
                    position = PerPlan(ref memberPositions, plan).Of(plan).TryGetValue(memberName, out int found) ? found : -1;
                    namePositions[nameIndex] = position;
                }

                if (position >= 0)
                {
                    memberName = plan.MemberNames[position];
                }

                Step(new Segment(memberName, 0));
                if (position >= 0 && plan.MemberPlan(position).Kind == BindingKind.Text && members.TryText(m, out ReadOnlySpan<char> text))
                {
                    ref BoundSlot read = ref slots[slot + position];
                    read.Value = MemberText(nameIndex, text);
                    read.Given = true;
                    Given(plan.RequiredAt, given, position);
                }
                else if (members.TryValue(m, out byte[]? kept))
                {
                    BindKept(kept, nameIndex, plan, position, memberName, slot, given, ref extension, ref extensionAt);
                }
                else
                {
                    Utf8JsonWriter valueWriter = MemberWriter(members.ValueOptions);
                    members.WriteValue(m, valueWriter);
                    valueWriter.Flush();
                    ReadOnlySpan<byte> source = memberBuffer.WrittenSpan;
                    var reader = new RecordTokens(source, ReaderOptions);
                    reader.Read();
                    BindMember(ref reader, source, plan, position, memberName, slot, given, ref extension, ref extensionAt);
                }

                pathLength--;
            }

            return Make(plan, slot, given, extension, extensionAt, out value);
        }

        /// <summary>
        /// Binds a record member from the bytes its reader keeps for its value (<see cref="RecordMembers.TryValue"/>) as
        /// <see cref="BindMember"/> binds them: a known member given the same array as before is given what it was bound to
        /// then, and the reports it made then made again at this record's locations, when that binding failed nothing and
        /// every pointer it asked for went into a report of its own bytes (<see cref="KeptValueBindings"/>, <see cref="KeptFinding"/>);
        /// a binding that does so is kept for the next.
        /// </summary>
        private void BindKept(byte[] kept, int nameIndex, BindingPlan plan, int position, string memberName, int slot, scoped Span<bool> given, ref Utf8JsonWriter? extension, ref int extensionAt)
        {
            if (position >= 0 && failure is null && keptBindings.TryGet(nameIndex, kept, out BoundSlot bound, out KeptFinding[]? reports))
            {
                if (bound.Given)
                {
                    slots[slot + position] = bound;
                    Given(plan.RequiredAt, given, position);
                }

                // The reports of the first binding, made again at this record's pointers' locations, each with its pointer asked.
                if (reports != null)
                {
                    foreach (KeptFinding report in reports)
                    {
                        pointersAsked++;
                        Report(report.Rule, report.Pointer, report.MessageId, report.Value, report.MarkReported, report.Arguments);
                    }
                }

                return;
            }

            int pointersBefore = pointersAsked;
            bool givenBefore = position >= 0 && slots[slot + position].Given;
            var reader = new RecordTokens(kept, ReaderOptions);
            reader.Read();
            keepingFindings = position >= 0 && !givenBefore;
            keptUnfit = false;
            keptFindings.Clear();
            BindMember(ref reader, kept, plan, position, memberName, slot, given, ref extension, ref extensionAt);
            if (keepingFindings && !keptUnfit && failure is null && pointersAsked - pointersBefore == keptFindings.Count)
            {
                keptBindings.Keep(nameIndex, kept, slots[slot + position].Given ? slots[slot + position] : default, keptFindings.Count == 0 ? null : keptFindings.ToArray());
            }

            keepingFindings = false;
            keptFindings.Clear();
        }

        /// <summary>
        /// The string of a record member's text: the one made for the same member of the record before (same names, same
        /// <see cref="RecordMembers.NameIndex"/>) when the text is the same, as a table repeats its cells from row to row
        /// (全社会, the same 公开主体 and 公开依据), else a new one, kept for the next record when it is no longer than
        /// <see cref="RecentTexts.LongestKept"/> characters. Strings are immutable, so a text given so is the same as one made anew.
        /// </summary>
        private string MemberText(int nameIndex, ReadOnlySpan<char> text)
        {
            string? last = lastTexts[nameIndex];
            if (last != null && text.SequenceEqual(last.AsSpan()))
            {
                return last;
            }

            string made = text.ToString();
            lastTexts[nameIndex] = made.Length <= RecentTexts.LongestKept ? made : null;
            return made;
        }

        /// <summary>The document a record's walk made, or <c>null</c> when a value could not be made (the record is then reported unreadable).</summary>
        private object? Made(Type documentType, object? value)
        {
            if (failure is null)
            {
                return value;
            }

            Report(RuleDescriptors.UnreadableRecord, string.Empty, "bind", null, true,
                new FindingArgument("kind", KindName(documentType), documentType.Name),
                new FindingArgument("reason", failure.Message));
            return null;
        }

        /// <summary>Takes <paramref name="count"/> slots for the members of an object being made (given back by <see cref="Make"/>); returns the first.</summary>
        private int TakeSlots(int count)
        {
            int slot = slotsUsed;
            if (slotsUsed + count > slots.Length)
            {
                Array.Resize(ref slots, Math.Max(slots.Length * 2, slotsUsed + count));
            }

            slotsUsed += count;
            return slot;
        }

        /// <summary>The writer of a record member's value alone (<see cref="BindMembers(RecordMembers, BindingPlan, out object?)"/>), emptied, with the record's own writer options.</summary>
        private Utf8JsonWriter MemberWriter(JsonWriterOptions options)
        {
            memberBuffer.Clear();
            if (memberWriter is null || memberWriterOptions.Encoder != options.Encoder || memberWriterOptions.SkipValidation != options.SkipValidation || memberWriterOptions.Indented != options.Indented)
            {
                memberWriter = new Utf8JsonWriter(memberBuffer, options);
                memberWriterOptions = options;
            }
            else
            {
                memberWriter.Reset(memberBuffer);
            }

            return memberWriter;
        }

        /// <summary>Makes the binder ready for the next record; false when it grew too large to keep.</summary>
        private bool Reset()
        {
            bool keep = rootBuffer.Capacity <= KeptCapacity && memberBuffer.Capacity <= KeptCapacity && names.Length <= 4096;
            foreach ((BoundBuffer Buffer, Utf8JsonWriter Writer) slot in held)
            {
                keep &= slot.Buffer.Capacity <= KeptCapacity;
            }

            root.Reset(rootBuffer);
            rootBuffer.Clear();
            writer = root;
            depth = 0;
            // Whole, as a step given back is not cleared (its name would otherwise be kept alive by the next record's binder).
            Array.Clear(path, 0, path.Length);
            pathLength = 0;
            Array.Clear(names, 0, namesUsed);
            namesUsed = 0;
            findings = null;
            if (reportedInOrder.Count > 0)
            {
                // Kept for the next record unless one record reported many pointers (its set would be slow to empty).
                if (reportedInOrder.Count > 256)
                {
                    reported = null;
                }
                else
                {
                    reported!.Clear();
                }

                reportedInOrder.Clear();
            }

            failure = null;
            Array.Clear(slots, 0, slotsUsed);
            slotsUsed = 0;
            Array.Clear(items, 0, itemsUsed);
            itemsUsed = 0;
            locate = null;
            locator = null;
            return keep && slots.Length <= 4096 && items.Length <= 4096 && path.Length <= 4096;
        }

        /// <summary>
        /// Reads the value the reader is on as a value of <paramref name="plan"/>'s type, making it directly: an object
        /// the plan can make member by member, a list as an array of its items; any other value is written in
        /// canonical form and read by the type's source-generated metadata (<see cref="BindThroughJson"/>). False when
        /// it is left out. The findings are those of <see cref="Walk"/>, in the same order; the reader is left on the
        /// value's last token.
        /// </summary>
        private bool BindValue(ref RecordTokens reader, ReadOnlySpan<byte> source, BindingPlan plan, out object? value)
        {
            value = null;

            // The usual value first: text where text is expected, which is never remembered as a code nor structured,
            // and is made directly (as MakeDirectly makes it) unless it is blank.
            if (plan.Kind == BindingKind.Text && reader.TokenType == JsonTokenType.String)
            {
                if (IsBlank(ref reader))
                {
                    return false;
                }

                value = texts.Read(ref reader);
                return true;
            }

            // A code-like text read before is what it was read as: asked first, as such a text is never blank, and is
            // neither structured nor made directly.
            ReadValues? known = null;
            if (reader.TokenType == JsonTokenType.String && RemembersText(plan.Kind))
            {
                known = PerPlan(ref remembered, plan);
                if (known.TryGet(ref reader, out value))
                {
                    return true;
                }

                // A text bound before with reports (an unknown code or channel, record after record) is left out again with them.
                if (ReportAgain(ref reader, plan))
                {
                    return false;
                }
            }

            if (reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && IsBlank(ref reader)))
            {
                return false;
            }

            if (plan.Kind == BindingKind.Structured)
            {
                if (plan.Structure == BindingKind.Object && plan.Factory != null && reader.TokenType == JsonTokenType.StartObject)
                {
                    return BindObject(ref reader, source, plan, out value);
                }

                if (plan.Structure == BindingKind.List && plan.MakesArray
                    && !(reader.TokenType == JsonTokenType.String && plan.ItemType == typeof(ServiceMaterial)))
                {
                    value = BindList(ref reader, source, plan);
                    return true;
                }
            }

            if (MakeDirectly(ref reader, plan, texts, out value))
            {
                return true;
            }

            if (known != null)
            {
                return BindRemembered(ref reader, source, plan, known, out value);
            }

            return BindThroughJson(ref reader, source, plan, out value);
        }

        /// <summary>
        /// A value the metadata would read straight back from what <see cref="Walk"/> writes for it, made from the reader
        /// with no JSON in between: text (a number written where text is expected is its text), a date, yes or no, a
        /// whole number. Only values <see cref="Walk"/> keeps without a finding are made here; false for any other, which
        /// then goes the metadata's way with its findings.
        /// </summary>
        private static bool MakeDirectly(ref RecordTokens reader, BindingPlan plan, RecentTexts texts, out object? value)
        {
            value = null;
            switch (plan.Kind)
            {
                case BindingKind.Text when reader.TokenType == JsonTokenType.String:
                    value = texts.Read(ref reader);
                    return true;
                case BindingKind.Text when reader.TokenType == JsonTokenType.Number:
                    value = DecodedText.Utf8(reader.ValueSpan);
                    return true;
                case BindingKind.WholeNumber:
                case BindingKind.LongNumber:
                case BindingKind.Boolean:
                case BindingKind.Date:
                    if (ReadScalar(ref reader, plan.Kind, out long bits))
                    {
                        value = plan.Kind != BindingKind.Boolean ? ScalarBits.Box(plan.Kind, bits) : bits != 0 ? BoxedTrue : BoxedFalse;
                        return true;
                    }

                    return false;
                case BindingKind.Category when reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int item) && item >= 1 && item <= 15:
                    value = DisclosureCategory.FromNumber(item);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// A whole number, a yes or no, or a date that <see cref="BindValue"/> would make directly (<see cref="MakeDirectly"/>),
        /// read as its bits (<see cref="ScalarBits"/>) instead of boxed, for a member whose setter takes bits; false for any
        /// other value (a blank text included), which <see cref="BindValue"/> then reads as before, with its findings.
        /// </summary>
        private static bool ReadScalar(ref RecordTokens reader, BindingKind kind, out long bits)
        {
            bits = 0;
            switch (kind)
            {
                case BindingKind.WholeNumber when reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int whole):
                    bits = whole;
                    return true;
                case BindingKind.LongNumber when reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long longWhole):
                    bits = longWhole;
                    return true;
                case BindingKind.Boolean when reader.TokenType == JsonTokenType.True || reader.TokenType == JsonTokenType.False:
                    bits = ScalarBits.Of(reader.TokenType == JsonTokenType.True);
                    return true;
                case BindingKind.Date when reader.TokenType == JsonTokenType.String && !IsBlank(ref reader):
                    if (CalendarDate.TryParse(reader.GetString(), out CalendarDate date))
                    {
                        bits = ScalarBits.Of(date);
                        return true;
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>Whether a text of this kind is read the same way wherever it stands, so that what it was read as can be remembered by its text.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool RemembersText(BindingKind kind) =>
            kind == BindingKind.Code || kind == BindingKind.Category || kind == BindingKind.Channel || kind == BindingKind.TimeLimit;

        /// <summary>
        /// A code, a channel, an Article 20 item or a time limit written as text that <paramref name="known"/> (what texts
        /// kept with no finding were read as, asked by <see cref="BindValue"/> first) does not have: read through the
        /// metadata (<see cref="BindThroughJson"/>) and remembered when it is kept with no finding; when it is left out
        /// with reports, each at the value's own pointer and nothing else done (no failure, one pointer asked a report),
        /// the reports are remembered instead (<see cref="reportedTexts"/>), so that the same text is left out again with
        /// them (<see cref="ReportAgain"/>): what they say depends on the text and the plan alone.
        /// </summary>
        private bool BindRemembered(ref RecordTokens reader, ReadOnlySpan<byte> source, BindingPlan plan, ReadValues known, out object? value)
        {
            int findingsBefore = findings?.Count ?? 0;
            int reportedBefore = reportedInOrder.Count;
            int pointersBefore = pointersAsked;
            bool plainText = !reader.ValueIsEscaped && !reader.HasValueSequence;
            textFindings.Clear();
            keepingTextFindings = plainText;
            bool kept;
            try
            {
                kept = BindThroughJson(ref reader, source, plan, out value);
            }
            finally
            {
                keepingTextFindings = false;
            }

            if (kept && value != null && !known.Full && failure is null && (findings?.Count ?? 0) == findingsBefore && reportedInOrder.Count == reportedBefore
                && plainText)
            {
                known.Add(reader.GetString()!, value);
            }
            else if (!kept && plainText && failure is null && textFindings.Count > 0 && pointersAsked - pointersBefore == textFindings.Count
                && AllAt(textFindings, PathPointer()))
            {
                ReadValues reports = PerPlan(ref reportedTexts, plan);
                if (!reports.Full)
                {
                    reports.Add(reader.GetString()!, textFindings.ToArray());
                }
            }

            textFindings.Clear();
            return kept;
        }

        /// <summary>Whether every report was made at <paramref name="pointer"/>.</summary>
        private static bool AllAt(List<KeptFinding> reports, string pointer)
        {
            foreach (KeptFinding report in reports)
            {
                if (report.Pointer != pointer)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Makes again, at this record's pointer of the value (asked once a report, as the first binding asked it), the
        /// reports the same text was left out with before (<see cref="BindRemembered"/>); false when it was not.
        /// </summary>
        private bool ReportAgain(ref RecordTokens reader, BindingPlan plan)
        {
            ReadValues? reports = plan.Number < reportedTexts.Length ? reportedTexts[plan.Number] : null;
            if (reports is null || !reports.TryGet(ref reader, out object? kept))
            {
                return false;
            }

            foreach (KeptFinding report in (KeptFinding[])kept!)
            {
                Report(report.Rule, Pointer(), report.MessageId, report.Value, report.MarkReported, report.Arguments);
            }

            return true;
        }

        /// <summary>Reports a member given more than once (once per pointer) and skips its value.</summary>
        private void SkipRepeated(ref RecordTokens reader, string memberName, int count)
        {
            keptUnfit = true;
            string memberPointer = Pointer();
            if (reportedInOrder.Count == 0 || !reported!.Contains(memberPointer))
            {
                Report(RuleDescriptors.DuplicateField, memberPointer, "default", null, true,
                    new FindingArgument("field", memberName),
                    new FindingArgument("count", count.ToString(CultureInfo.InvariantCulture)));
            }

            reader.Skip();
        }

        /// <summary>Marks a member as given when it is one of the members the object cannot do without (<see cref="BindingPlan.RequiredAt"/>).</summary>
        private static void Given(int[]? requiredAt, Span<bool> given, int position)
        {
            if (requiredAt != null && requiredAt[position] >= 0)
            {
                given[requiredAt[position]] = true;
            }
        }

        /// <summary>
        /// What a per-plan table holds for <paramref name="plan"/>, made (and the table grown) at first. Read as an
        /// element, not through a reference to it: a reference into an array of a shared generic type is checked
        /// against the array's type at every use (arrays of references are covariant).
        /// </summary>
        private static T PerPlan<T>(ref T?[] table, BindingPlan plan)
            where T : class, new()
        {
            T?[] current = table;
            int number = plan.Number;
            if (number < current.Length)
            {
                T? kept = current[number];
                if (kept != null)
                {
                    return kept;
                }
            }

            var made = new T();
            Grown(ref table, number) = made;
            return made;
        }

        /// <summary>The slot at <paramref name="number"/> of a per-plan table, grown to hold it (for a value first made).</summary>
        private static ref T? Grown<T>(ref T?[] table, int number)
            where T : class
        {
            if (number >= table.Length)
            {
                Array.Resize(ref table, Math.Max(table.Length * 2, number + 1));
            }

            return ref table[number];
        }

        /// <summary>Whether every member the object cannot do without was given; reports the missing ones (GD-STR) where not.</summary>
        private bool AllGiven(string[] required, Span<bool> given)
        {
            // Most objects give every member they cannot do without: the list of the missing ones is made only when one is.
            if (given.IndexOf(false) < 0)
            {
                return true;
            }

            var missing = new List<string>();
            for (int i = 0; i < required.Length; i++)
            {
                if (!given[i])
                {
                    missing.Add(required[i]);
                }
            }

            Report(RuleDescriptors.MissingMember, Pointer(), "default", null, true,
                new FindingArgument("parts", string.Join("、", missing), string.Join(", ", missing)));
            return false;
        }

        /// <summary>
        /// Reads the names of the object's members from a copy of the reader (which runs ahead of the caller's) onto
        /// <see cref="names"/>; returns the index of the first. Only an object found to repeat a name is read so.
        /// </summary>
        private int ReadMemberNames(RecordTokens ahead, BindingPlan plan)
        {
            int first = namesUsed;
            int last = -1;
            while (ahead.Read() && ahead.TokenType == JsonTokenType.PropertyName)
            {
                PushName(MemberName(ref ahead, plan, ref last, out _));
                ahead.Read();
                ahead.Skip();
            }

            return first;
        }

        /// <summary>The name of the member the reader is on (a known one as the plan spells it) and its plan position (-1 when unknown).</summary>
        private static string MemberName(ref RecordTokens reader, BindingPlan plan, ref int last, out int position)
        {
            position = plan.IndexOf(ref reader, last);
            if (position < 0)
            {
                return reader.GetString()!;
            }

            last = position;
            return plan.MemberNames[position];
        }

        private void PushName(string memberName)
        {
            if (namesUsed == names.Length)
            {
                Array.Resize(ref names, names.Length * 2);
            }

            names[namesUsed++] = memberName;
        }

        /// <summary>
        /// Whether a member name was given before in the object being read, noting it if not: a known member by its plan
        /// position (a bit each, below 64), any other by its text on <see cref="names"/> from <paramref name="first"/> on
        /// (a set once there are many).
        /// </summary>
        private bool GivenBefore(int position, string memberName, ref ulong known, int first, ref HashSet<string>? many)
        {
            if (position >= 0 && position < 64)
            {
                ulong bit = 1UL << position;
                bool before = (known & bit) != 0;
                known |= bit;
                return before;
            }

            if (many is null && namesUsed - first >= 16)
            {
                many = new HashSet<string>(StringComparer.Ordinal);
                for (int i = first; i < namesUsed; i++)
                {
                    many.Add(names[i]);
                }
            }

            if (many != null)
            {
                return !many.Add(memberName);
            }

            for (int i = first; i < namesUsed; i++)
            {
                if (string.Equals(names[i], memberName, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            PushName(memberName);
            return false;
        }

        /// <summary>What binding an object changes beyond its own bytes, taken before it so that it can be undone (<see cref="Undo"/>).</summary>
        private (int Findings, int Reported, Exception? Failure, int Depth) Mark() => (findings?.Count ?? 0, reportedInOrder.Count, failure, depth);

        /// <summary>Takes back the findings, reported pointers, failure and held writers of what was bound since <paramref name="mark"/>.</summary>
        private void Undo((int Findings, int Reported, Exception? Failure, int Depth) mark)
        {
            keptUnfit = true;
            findings?.RemoveRange(mark.Findings, findings.Count - mark.Findings);
            for (int i = mark.Reported; i < reportedInOrder.Count; i++)
            {
                reported!.Remove(reportedInOrder[i]);
            }

            reportedInOrder.RemoveRange(mark.Reported, reportedInOrder.Count - mark.Reported);
            failure = mark.Failure;
            depth = mark.Depth;
        }

        /// <summary>
        /// An object made member by member (see <see cref="WalkObject"/>, whose findings it gives). It is read in one pass
        /// on the assumption that no member name is given twice; when one is (rare), what the pass did is undone and the
        /// object is read again knowing its names, and a name given twice is reported and left out.
        /// </summary>
        private bool BindObject(ref RecordTokens reader, ReadOnlySpan<byte> source, BindingPlan plan, out object? value)
        {
            int start = (int)reader.TokenStartIndex;
            var mark = Mark();
            if (BindMembers(ref reader, source, plan, null, out value, out bool complete))
            {
                return complete;
            }

            Undo(mark);
            RecordTokens again = ReadAgain(ref reader, source, start, out ReadOnlySpan<byte> bytes);
            int first = ReadMemberNames(again, plan);
            BindMembers(ref again, bytes, plan, Counts(first, namesUsed - first), out value, out complete);
            namesUsed = first;
            return complete;
        }

        /// <summary>
        /// For an object whose one-pass read gave up at a name given twice (the reader on that name): reads the rest of
        /// the object, leaving the reader on its end as a read of the whole object leaves it, and gives a new reader over
        /// the object's own bytes (<paramref name="bytes"/>, from <paramref name="start"/>), on its start, to read it again.
        /// Each object is read again at most once, from its own start, so a record of many such objects is read in time
        /// linear in its length; the reader is not copied for every object in case one repeats a name.
        /// </summary>
        private static RecordTokens ReadAgain(ref RecordTokens reader, ReadOnlySpan<byte> source, int start, out ReadOnlySpan<byte> bytes)
        {
            do
            {
                reader.Skip();
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName);

            bytes = source.Slice(start, (int)reader.BytesConsumed - start);
            RecordTokens again = reader.Over(bytes);
            again.Read();
            return again;
        }

        /// <summary>
        /// Reads an object's members into its slots and makes it; <paramref name="complete"/> is false when it is left out.
        /// Without <paramref name="counts"/> (how often each name is given) it gives up, false, at the first name given twice.
        /// </summary>
        private bool BindMembers(ref RecordTokens reader, ReadOnlySpan<byte> source, BindingPlan plan, Dictionary<string, int>? counts, out object? value, out bool complete)
        {
            value = null;
            complete = false;
            string[]? required = plan.Required;
            Span<bool> given = required is null ? Span<bool>.Empty : stackalloc bool[required.Length];
            int slot = TakeSlots(plan.MemberNames.Length);
            Utf8JsonWriter? extension = null;
            int extensionAt = -1;
            int last = -1;
            ulong known = 0;
            int first = namesUsed;
            HashSet<string>? many = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string memberName = MemberName(ref reader, plan, ref last, out int position);

                // A known member is noted by its bit here, with no call (as GivenBefore notes it); any other by its name.
                bool before = false;
                if (counts is null && (uint)position < 64u)
                {
                    ulong bit = 1UL << position;
                    before = (known & bit) != 0;
                    known |= bit;
                }
                else if (counts is null)
                {
                    before = GivenBefore(position, memberName, ref known, first, ref many);
                }

                if (before)
                {
                    Array.Clear(slots, slot, plan.MemberNames.Length);
                    slotsUsed = slot;
                    namesUsed = first;
                    return false;
                }

                reader.Read();
                Step(new Segment(memberName, 0));
                if (counts != null && counts[memberName] > 1)
                {
                    SkipRepeated(ref reader, memberName, counts[memberName]);
                }
                else
                {
                    BindMember(ref reader, source, plan, position, memberName, slot, given, ref extension, ref extensionAt);
                }

                pathLength--;
            }

            namesUsed = first;
            complete = Make(plan, slot, given, extension, extensionAt, out value);
            return true;
        }

        /// <summary>
        /// Binds the value of one member of an object being made (the reader on its first token, the path on the member)
        /// into its slot: a known member by its plan, an unknown one reported and kept aside (<see cref="Unknown"/>).
        /// </summary>
        private void BindMember(ref RecordTokens reader, ReadOnlySpan<byte> source, BindingPlan plan, int position, string memberName, int slot, scoped Span<bool> given, ref Utf8JsonWriter? extension, ref int extensionAt)
        {
            if (position >= 0)
            {
                BindingPlan memberPlan = plan.MemberPlan(position);
                BindingKind scalar = plan.Factory!.ScalarKind(position);
                if (scalar != BindingKind.Structured && scalar == memberPlan.Kind && ReadScalar(ref reader, scalar, out long bits))
                {
                    ref BoundSlot read = ref slots[slot + position];
                    read.Bits = bits;
                    read.InBits = true;
                    read.Given = true;
                    Given(plan.RequiredAt, given, position);
                }
                else if (BindValue(ref reader, source, memberPlan, out object? member))
                {
                    ref BoundSlot read = ref slots[slot + position];
                    read.Value = member;
                    read.Given = true;
                    Given(plan.RequiredAt, given, position);
                }

                return;
            }

            if (plan.KeepsUnknown && extension is null)
            {
                extensionAt = depth;
                extension = Scratch();
                extension.WriteStartObject();
            }

            Utf8JsonWriter parent = writer;
            writer = extension ?? writer;
            Unknown(reader.ParseValue(), memberName, plan);
            writer = parent;
        }

        /// <summary>
        /// Makes an object from the slots its members were read into (from <paramref name="slot"/>), with the unknown members
        /// kept aside, and gives the slots back; false when a member it cannot do without is missing (reported).
        /// </summary>
        private bool Make(BindingPlan plan, int slot, Span<bool> given, Utf8JsonWriter? extension, int extensionAt, out object? value)
        {
            value = null;
            string[]? required = plan.Required;
            int members = plan.MemberNames.Length;
            object? kept = null;
            if (extension != null)
            {
                extension.WriteEndObject();
                extension.Flush();
                kept = Decode(plan.Factory!.ExtensionInfo!, held[extensionAt].Buffer.WrittenSpan);
                depth = extensionAt;
            }

            bool complete = required is null || AllGiven(required, given);
            if (complete && failure is null)
            {
                try
                {
                    value = plan.Factory!.Create(slots, slot, kept);
                }
                catch (Exception e) when (e is JsonException || e is ArgumentException || e is FormatException || e is InvalidOperationException || e is System.Reflection.TargetInvocationException)
                {
                    failure = e is System.Reflection.TargetInvocationException && e.InnerException != null ? e.InnerException : e;
                }
            }

            Array.Clear(slots, slot, members);
            slotsUsed = slot;
            return complete;
        }

        /// <summary>A list made as an array of its items (see <see cref="WalkList"/>, whose findings it gives); a single value stands for a list of it.</summary>
        private object BindList(ref RecordTokens reader, ReadOnlySpan<byte> source, BindingPlan plan)
        {
            int start = (int)reader.TokenStartIndex;

            // A list of codes or texts written with the bytes of one bound lately with no finding is that list: its items are not bound again.
            WrittenLists? written = null;
            int key = 0;
            int pointersBefore = pointersAsked;
            if (plan.SharesLists && reader.TokenType == JsonTokenType.StartArray)
            {
                written = PerPlan(ref writtenLists, plan);
                key = WrittenLists.KeyOf(source.Slice(start));
                if (written.Find(key, source.Slice(start), out int length) is object same)
                {
                    // The same bytes as a whole list bound before: the list ends where that one ended.
                    reader.SkipTo(start + length);
                    return same;
                }
            }

            BindingPlan itemPlan = plan.ItemPlan;
            int first = itemsUsed;
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                if (BindValue(ref reader, source, itemPlan, out object? item))
                {
                    Push(item);
                    NonCanonical(ref reader, source, start, "列表（[…]）", "a list ([…])");
                }
            }
            else
            {
                int index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    Step(new Segment(null, index));
                    if (BindValue(ref reader, source, itemPlan, out object? item))
                    {
                        Push(item);
                    }

                    pathLength--;
                    index++;
                }
            }

            ReadOnlySpan<byte> json = source.Slice(start, (int)reader.BytesConsumed - start);
            object? recent = plan.Number < recentLists.Length ? recentLists[plan.Number] : null;
            object list = plan.MakeArray(items, first, itemsUsed - first, json, ref recent);
            if (recent != null && (plan.Number >= recentLists.Length || recentLists[plan.Number] is null))
            {
                Grown(ref recentLists, plan.Number) = recent;
            }

            if (written != null && pointersAsked == pointersBefore && failure is null)
            {
                written.Keep(key, json, list);
            }

            Array.Clear(items, first, itemsUsed - first);
            itemsUsed = first;
            return list;
        }

        private void Push(object? item)
        {
            if (itemsUsed == items.Length)
            {
                Array.Resize(ref items, items.Length * 2);
            }

            items[itemsUsed++].Value = item;
        }

        /// <summary>
        /// A value the binder does not make itself (text, a code, a number, an amount, a date…): <see cref="Walk"/> writes
        /// it in canonical form into a scratch buffer, and the type's source-generated metadata reads it from there, as
        /// it reads the whole canonical record.
        /// </summary>
        private bool BindThroughJson(ref RecordTokens reader, ReadOnlySpan<byte> source, BindingPlan plan, out object? value)
        {
            value = null;
            int at = depth;
            Utf8JsonWriter scratch = Scratch();
            Utf8JsonWriter parent = writer;
            writer = scratch;
            bool kept;
            try
            {
                kept = Walk(ref reader, source, plan, null);
            }
            finally
            {
                writer = parent;
            }

            if (kept)
            {
                scratch.Flush();
                ReadOnlySpan<byte> canonical = held[at].Buffer.WrittenSpan;
                if (plan.Kind == BindingKind.Code || plan.Kind == BindingKind.Category || plan.Kind == BindingKind.Channel)
                {
                    CanonicalValues known = PerPlan(ref canonicalValues, plan);

                    value = known.Find(canonical);
                    if (value is null)
                    {
                        value = Decode(plan.Info, canonical);
                        if (value != null)
                        {
                            known.Add(canonical, value);
                        }
                    }
                }
                else
                {
                    value = Decode(plan.Info, canonical);
                }
            }

            depth = at;
            return kept;
        }

        /// <summary>A canonical JSON value read by its metadata; a value it cannot read makes the record unreadable once the walk is over.</summary>
        private object? Decode(JsonTypeInfo info, ReadOnlySpan<byte> canonical)
        {
            try
            {
                return JsonSerializer.Deserialize(canonical, info);
            }
            catch (Exception e) when (e is JsonException || e is ArgumentException || e is FormatException || e is InvalidOperationException)
            {
                failure ??= e;
                return null;
            }
        }

        /// <summary>A writer for a value read aside (<see cref="BindThroughJson"/>, kept unknown members): the caller gives its slot back by setting <see cref="depth"/> to what it was.</summary>
        private Utf8JsonWriter Scratch()
        {
            if (depth == held.Count)
            {
                var buffer = new BoundBuffer(512);
                held.Add((buffer, new Utf8JsonWriter(buffer, WriterOptions)));
            }

            (BoundBuffer Buffer, Utf8JsonWriter Writer) slot = held[depth++];
            slot.Buffer.Clear();
            slot.Writer.Reset(slot.Buffer);
            return slot.Writer;
        }

        private static string KindName(Type documentType) =>
            Shapes.DocumentShapes.ForType(documentType)?.Kind.ChineseName ?? documentType.Name;

        private static JsonValueKind KindOf(JsonTokenType token) => token switch
        {
            JsonTokenType.StartObject => JsonValueKind.Object,
            JsonTokenType.StartArray => JsonValueKind.Array,
            JsonTokenType.String => JsonValueKind.String,
            JsonTokenType.Number => JsonValueKind.Number,
            JsonTokenType.True => JsonValueKind.True,
            JsonTokenType.False => JsonValueKind.False,
            JsonTokenType.Null => JsonValueKind.Null,
            _ => JsonValueKind.Undefined,
        };

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Object => "对象 / an object",
            JsonValueKind.Array => "列表 / a list",
            JsonValueKind.String => "文字 / text",
            JsonValueKind.Number => "数字 / a number",
            JsonValueKind.True => "布尔值 / true",
            JsonValueKind.False => "布尔值 / false",
            _ => kind.ToString(),
        };

        private static string Raw(JsonElement element) =>
            element.ValueKind == JsonValueKind.String ? element.GetString() ?? string.Empty : element.GetRawText();

        private static bool IsBlank(JsonElement element) =>
            element.ValueKind == JsonValueKind.Null
            || (element.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(element.GetString()));

        /// <summary>The value the reader is on as a finding shows it: text as written, anything else as its JSON (a list or object is read to its end).</summary>
        private static string Raw(ref RecordTokens reader, ReadOnlySpan<byte> source, int start)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    reader.Skip();
                    return DecodedText.Utf8(source.Slice(start, (int)reader.BytesConsumed - start));
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    return DecodedText.Utf8(source.Slice(start, (int)reader.BytesConsumed - start));
                case JsonTokenType.String:
                    return reader.GetString() ?? string.Empty;
                default:
                    return DecodedText.Utf8(reader.ValueSpan);
            }
        }

        /// <summary>Whether the value the reader is on is blank: <c>null</c>, or text that is empty or white space.</summary>
        private static bool IsBlank(ref RecordTokens reader)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return true;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            return reader.ValueIsEscaped || reader.HasValueSequence ? string.IsNullOrWhiteSpace(reader.GetString()) : IsBlankUtf8(reader.ValueSpan);
        }

        /// <summary><see cref="string.IsNullOrWhiteSpace(string)"/> of UTF-8 text, read without decoding it into a string.</summary>
        internal static bool IsBlankUtf8(ReadOnlySpan<byte> text)
        {
            int i = 0;
            while (i < text.Length)
            {
                byte b = text[i];
                int code;
                int length;
                if (b < 0x80)
                {
                    code = b;
                    length = 1;
                }
                else if ((b & 0xE0) == 0xC0 && i + 1 < text.Length)
                {
                    code = ((b & 0x1F) << 6) | (text[i + 1] & 0x3F);
                    length = 2;
                }
                else if ((b & 0xF0) == 0xE0 && i + 2 < text.Length)
                {
                    code = ((b & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F);
                    length = 3;
                }
                else
                {
                    // A character outside the Basic Multilingual Plane is never white space.
                    return false;
                }

                // No character above U+3000 (ideographic space) is white space: most texts end here, at their first
                // character, without a look-up in the Unicode tables.
                if (code > 0x3000 || !char.IsWhiteSpace((char)code))
                {
                    return false;
                }

                i += length;
            }

            return true;
        }

        /// <summary>
        /// Whether UTF-8 text is a date already in canonical form (yyyy-MM-dd, a real day): it is then written as it
        /// is, which is what <see cref="CalendarDate.TryParse(string?, out CalendarDate)"/> and <see cref="CalendarDate.ToString"/> make of it.
        /// </summary>
        private static bool IsCanonicalDate(ReadOnlySpan<byte> text)
        {
            if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
            {
                return false;
            }

            int year = 0;
            int month = 0;
            int day = 0;
            for (int i = 0; i < 10; i++)
            {
                if (i == 4 || i == 7)
                {
                    continue;
                }

                int digit = text[i] - (byte)'0';
                if (digit < 0 || digit > 9)
                {
                    return false;
                }

                if (i < 4)
                {
                    year = (year * 10) + digit;
                }
                else if (i < 7)
                {
                    month = (month * 10) + digit;
                }
                else
                {
                    day = (day * 10) + digit;
                }
            }

            return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        }

        /// <summary>Where a pointer of the record being bound is in the source.</summary>
        private SourceLocation Locate(string pointer) =>
            locator != null ? locator.Locate(pointer) : locate != null ? locate(pointer) : throw new InvalidOperationException("not binding");

        /// <summary>The pointer of the value being read, built from the path only when asked for.</summary>
        private string Pointer()
        {
            pointersAsked++;
            return PathPointer();
        }

        /// <summary>The pointer of the value being read, not counted as asked (<see cref="pointersAsked"/>).</summary>
        private string PathPointer()
        {
            string pointer = string.Empty;
            for (int i = 0; i < pathLength; i++)
            {
                Segment segment = path[i];
                pointer = segment.Name is null ? JsonPointer.Append(pointer, segment.Index) : JsonPointer.Append(pointer, segment.Name);
            }

            return pointer;
        }

        /// <summary>Takes a step along the path, into a member or an item (given back by taking one off <see cref="pathLength"/>).</summary>
        private void Step(Segment segment)
        {
            if (pathLength == path.Length)
            {
                Array.Resize(ref path, path.Length * 2);
            }

            path[pathLength++] = segment;
        }

        private void Name(string? name)
        {
            if (name != null)
            {
                writer.WritePropertyName(name);
            }
        }

        /// <summary>Writes the text the reader is on, from its UTF-8 when it has no escapes.</summary>
        private void WriteText(ref RecordTokens reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence)
            {
                writer.WriteStringValue(reader.GetString());
            }
            else
            {
                writer.WriteStringValue(reader.ValueSpan);
            }
        }

        /// <summary>
        /// Reads the value the reader is on and writes it, under <paramref name="name"/> when it is a member; false when
        /// it is left out. The reader is left on the value's last token.
        /// </summary>
        private bool Walk(ref RecordTokens reader, ReadOnlySpan<byte> source, BindingPlan plan, string? name)
        {
            int start = (int)reader.TokenStartIndex;
            bool kept = Read(ref reader, source, start, plan, name);
            if (reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray)
            {
                reader.Skip();
            }

            return kept;
        }

        private bool Read(ref RecordTokens reader, ReadOnlySpan<byte> source, int start, BindingPlan plan, string? name)
        {
            JsonValueKind kind = KindOf(reader.TokenType);
            if (kind == JsonValueKind.Null || (kind == JsonValueKind.String && IsBlank(ref reader)))
            {
                return false;
            }

            switch (plan.Kind)
            {
                case BindingKind.Text:
                    if (kind == JsonValueKind.String)
                    {
                        Name(name);
                        WriteText(ref reader);
                        return true;
                    }

                    if (kind == JsonValueKind.Number)
                    {
                        Name(name);
                        writer.WriteStringValue(reader.ValueSpan);
                        return true;
                    }

                    WrongType(ref reader, source, start, "文字", "text");
                    return false;
                case BindingKind.WholeNumber:
                    if (TryReadDecimal(ref reader, kind, out decimal whole) && decimal.Truncate(whole) == whole && whole >= int.MinValue && whole <= int.MaxValue)
                    {
                        Name(name);
                        writer.WriteNumberValue((int)whole);
                        if (kind == JsonValueKind.String)
                        {
                            NonCanonical(ref reader, source, start, "整数（不加引号）", "a whole number (without quotes)");
                        }

                        return true;
                    }

                    WrongType(ref reader, source, start, "整数", "a whole number");
                    return false;
                case BindingKind.Number:
                case BindingKind.LongNumber:
                    if (TryReadDecimal(ref reader, kind, out decimal number) && (plan.Kind != BindingKind.LongNumber || decimal.Truncate(number) == number))
                    {
                        Name(name);
                        writer.WriteNumberValue(number);
                        if (kind == JsonValueKind.String)
                        {
                            NonCanonical(ref reader, source, start, "数字（不加引号）", "a number (without quotes)");
                        }

                        return true;
                    }

                    WrongType(ref reader, source, start, "数字", "a number");
                    return false;
                case BindingKind.Amount when kind != JsonValueKind.Object:
                    return ReadAmount(ref reader, source, start, kind, name);
                case BindingKind.Boolean:
                    bool? flag = ReadBoolean(kind, kind == JsonValueKind.String ? reader.GetString() : null);
                    if (flag.HasValue)
                    {
                        Name(name);
                        writer.WriteBooleanValue(flag.Value);
                        if (kind != JsonValueKind.True && kind != JsonValueKind.False)
                        {
                            NonCanonical(ref reader, source, start, "布尔值 true 或 false", "true or false");
                        }

                        return true;
                    }

                    WrongType(ref reader, source, start, "是或否（true / false）", "true or false");
                    return false;
                case BindingKind.Date:
                    return ReadDate(ref reader, source, start, kind, name);
                case BindingKind.TimeLimit:
                    if (kind == JsonValueKind.String)
                    {
                        Name(name);
                        WriteText(ref reader);
                        return true;
                    }

                    WrongType(ref reader, source, start, "文字（公开时限的原文）", "text (the time limit as written)");
                    return false;
                case BindingKind.Channel:
                    return ReadChannel(ref reader, source, start, kind, name);
                case BindingKind.Category when kind == JsonValueKind.Number:
                    if (reader.TryGetInt32(out int item) && item >= 1 && item <= 15)
                    {
                        Name(name);
                        writer.WriteNumberValue(item);
                        return true;
                    }

                    string raw = DecodedText.Utf8(reader.ValueSpan);
                    Report(RuleDescriptors.UnknownCode, Pointer(), "articleItem", raw, true, new FindingArgument("value", raw));
                    return false;
                case BindingKind.Category:
                case BindingKind.Code:
                    return ReadCode(ref reader, source, start, kind, plan.Codelist!, plan.Kind == BindingKind.Category, name);
            }

            switch (plan.Structure)
            {
                case BindingKind.Object:
                    return WalkObject(ref reader, source, start, plan, name);
                case BindingKind.List:
                    return WalkList(ref reader, source, start, kind, plan, name);
                default:
                    Name(name);
                    reader.ParseValue().WriteTo(writer);
                    return true;
            }
        }

        /// <summary>
        /// An object written member by member, aside (<see cref="Held"/>) and copied once it is known to be kept. Like
        /// <see cref="BindObject"/> it is read in one pass unless a member name turns out to be given twice.
        /// </summary>
        private bool WalkObject(ref RecordTokens reader, ReadOnlySpan<byte> source, int start, BindingPlan plan, string? name)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                WrongType(ref reader, source, start, "对象（含若干字段）", "an object with fields");
                return false;
            }

            var mark = Mark();
            if (WalkMembers(ref reader, source, plan, name, null, out bool kept))
            {
                return kept;
            }

            Undo(mark);
            RecordTokens again = ReadAgain(ref reader, source, start, out ReadOnlySpan<byte> bytes);
            int first = ReadMemberNames(again, plan);
            WalkMembers(ref again, bytes, plan, name, Counts(first, namesUsed - first), out kept);
            namesUsed = first;
            return kept;
        }

        /// <summary>
        /// Writes an object's members aside and then, when it has every essential member, under <paramref name="name"/>;
        /// <paramref name="kept"/> says whether it was. Without <paramref name="counts"/> it gives up, false, at the first name given twice.
        /// </summary>
        private bool WalkMembers(ref RecordTokens reader, ReadOnlySpan<byte> source, BindingPlan plan, string? name, Dictionary<string, int>? counts, out bool kept)
        {
            kept = false;
            string[]? required = plan.Required;
            Span<bool> given = required is null ? Span<bool>.Empty : stackalloc bool[required.Length];
            Utf8JsonWriter parent = writer;
            writer = Held();
            int last = -1;
            ulong known = 0;
            int first = namesUsed;
            HashSet<string>? many = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string memberName = MemberName(ref reader, plan, ref last, out int position);
                if (counts is null && GivenBefore(position, memberName, ref known, first, ref many))
                {
                    namesUsed = first;
                    writer = parent;
                    return false;
                }

                reader.Read();
                Step(new Segment(memberName, 0));
                if (counts != null && counts[memberName] > 1)
                {
                    SkipRepeated(ref reader, memberName, counts[memberName]);
                }
                else if (position >= 0)
                {
                    if (Walk(ref reader, source, plan.MemberPlan(position), memberName))
                    {
                        Given(plan.RequiredAt, given, position);
                    }
                }
                else
                {
                    Unknown(reader.ParseValue(), memberName, plan);
                }

                pathLength--;
            }

            namesUsed = first;
            writer.WriteEndObject();
            writer.Flush();
            BoundBuffer buffer = held[depth - 1].Buffer;
            depth--;
            writer = parent;
            if (required != null && !AllGiven(required, given))
            {
                return true;
            }

            Name(name);
            writer.WriteRawValue(buffer.WrittenSpan, skipInputValidation: true);
            kept = true;
            return true;
        }

        /// <summary>A writer for an object that is left out when it lacks an essential member: it is written aside and copied once it is known to be kept.</summary>
        private Utf8JsonWriter Held()
        {
            Utf8JsonWriter aside = Scratch();
            aside.WriteStartObject();
            return aside;
        }

        private Dictionary<string, int> Counts(int first, int count)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = first; i < first + count; i++)
            {
                counts.TryGetValue(names[i], out int seen);
                counts[names[i]] = seen + 1;
            }

            return counts;
        }

        /// <summary>A member the type does not have (a rare value, read whole): reported, and kept when the type keeps unknown members.</summary>
        private void Unknown(JsonElement value, string memberName, BindingPlan plan)
        {
            keptUnfit = true;
            string memberPointer = Pointer();
            string? suggestion = ClosestName(memberName, plan.Members.Keys);
            if (suggestion is null)
            {
                Report(RuleDescriptors.AdditionalField, memberPointer, "default", Shown(value), false,
                    new FindingArgument("field", memberName));
            }
            else
            {
                Report(RuleDescriptors.AdditionalField, memberPointer, "suggestion", Shown(value), false,
                    new FindingArgument("field", memberName),
                    new FindingArgument("suggestion", suggestion));
            }

            if (plan.KeepsUnknown)
            {
                writer.WritePropertyName(memberName);
                value.WriteTo(writer);
            }
        }

        private bool WalkList(ref RecordTokens reader, ReadOnlySpan<byte> source, int start, JsonValueKind kind, BindingPlan plan, string? name)
        {
            if (kind == JsonValueKind.String && plan.ItemType == typeof(ServiceMaterial))
            {
                Name(name);
                writer.WriteStartArray();
                foreach (string item in MaterialItems(reader.GetString()!))
                {
                    writer.WriteStartObject();
                    writer.WriteString(MaterialName, item);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                NonCanonical(ref reader, source, start, "材料列表（[{\"name\": …}, …]，每项一种材料）", "a list of materials ([{\"name\": …}, …], one per item)");
                return true;
            }

            BindingPlan itemPlan = plan.ItemPlan;
            Name(name);
            writer.WriteStartArray();
            if (kind != JsonValueKind.Array)
            {
                if (Walk(ref reader, source, itemPlan, null))
                {
                    NonCanonical(ref reader, source, start, "列表（[…]）", "a list ([…])");
                }

                writer.WriteEndArray();
                return true;
            }

            int index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Step(new Segment(null, index));
                Walk(ref reader, source, itemPlan, null);
                pathLength--;
                index++;
            }

            writer.WriteEndArray();
            return true;
        }

        /// <summary>
        /// The items of a material list written as one text, as a spreadsheet cell writes it
        /// ("身份证原件；户口簿；其他相关材料"): split as <see cref="ItemList"/> splits one item a line, without its numbering (1. / （1）).
        /// </summary>
        private static IEnumerable<string> MaterialItems(string text) =>
            ItemList.Split(text, ItemList.LineSeparators)
                .Select(item => ItemNumbering.Replace(item, string.Empty, 1).Trim())
                .Where(item => item.Length > 0);

        private bool ReadDate(ref RecordTokens reader, ReadOnlySpan<byte> source, int start, JsonValueKind kind, string? name)
        {
            if (kind == JsonValueKind.String || kind == JsonValueKind.Number)
            {
                if (kind == JsonValueKind.String && !reader.ValueIsEscaped && !reader.HasValueSequence && IsCanonicalDate(reader.ValueSpan))
                {
                    Name(name);
                    writer.WriteStringValue(reader.ValueSpan);
                    return true;
                }

                string written = kind == JsonValueKind.String ? reader.GetString()! : DecodedText.Utf8(reader.ValueSpan);
                if (CalendarDate.TryParse(written, out CalendarDate date))
                {
                    Name(name);
                    writer.WriteStringValue(date.ToString());
                    return true;
                }

                Report(RuleDescriptors.UnreadableDate, Pointer(), "default", written, true, new FindingArgument("value", written));
                return false;
            }

            WrongType(ref reader, source, start, "日期文字（yyyy-MM-dd）", "a date as text (yyyy-MM-dd)");
            return false;
        }

        private bool ReadCode(ref RecordTokens reader, ReadOnlySpan<byte> source, int start, JsonValueKind kind, CodelistReader codelist, bool writeNumber, string? name)
        {
            if (kind != JsonValueKind.String)
            {
                WrongType(ref reader, source, start, codelist.ChineseName + "的代码或名称（文字）", "the code or name of a " + codelist.EnglishName + " (text)");
                return false;
            }

            if (!codes.TryGetValue(codelist, out ReadValues? known))
            {
                codes[codelist] = known = new ReadValues();
            }

            string? text = null;
            CodelistEntry? value = known.TryGet(ref reader, out object? found) ? (CodelistEntry)found! : null;
            if (value is null)
            {
                text = reader.GetString()!;
                value = codelist.Parse(text);
                if (value != null)
                {
                    known.Add(text, value);
                }
            }

            if (value != null)
            {
                Name(name);
                if (writeNumber)
                {
                    writer.WriteNumberValue(value.Number);
                }
                else
                {
                    writer.WriteStringValue(value.Code);
                }

                return true;
            }

            text ??= reader.GetString()!;
            CodelistEntry? closest = codelist.Closest(text);
            string allowedZh = string.Join("、", codelist.Values.Take(8).Select(v => v.ChineseName)) + (codelist.Values.Count > 8 ? "等" : string.Empty);
            string allowedEn = string.Join(", ", codelist.Values.Take(8).Select(v => v.Code)) + (codelist.Values.Count > 8 ? ", …" : string.Empty);
            var list = new FindingArgument("codelist", codelist.ChineseName, codelist.EnglishName);
            if (closest is null)
            {
                Report(RuleDescriptors.UnknownCode, Pointer(), "knownValues", text, true,
                    new FindingArgument("value", text), list, new FindingArgument("allowed", allowedZh, allowedEn));
            }
            else
            {
                Report(RuleDescriptors.UnknownCode, Pointer(), "suggestion", text, true,
                    new FindingArgument("value", text), list,
                    new FindingArgument("closest", closest.ChineseName, closest.EnglishName + ", " + closest.ChineseName),
                    new FindingArgument("code", closest.Code));
            }

            return false;
        }

        /// <summary>An amount written as a number or as text ("251000元", "25.1万元") becomes its object form; the unit is the one written, never assumed.</summary>
        private bool ReadAmount(ref RecordTokens reader, ReadOnlySpan<byte> source, int start, JsonValueKind kind, string? name)
        {
            if ((kind == JsonValueKind.Number || kind == JsonValueKind.String) && ReportAmount.TryParse(Raw(ref reader, source, start), out ReportAmount? amount))
            {
                Name(name);
                JsonSerializer.Serialize(writer, amount!, (JsonTypeInfo<ReportAmount>)CanonicalJson.Options.GetTypeInfo(typeof(ReportAmount)));
                NonCanonical(ref reader, source, start, "金额对象（amount、unit、text）", "an amount object (amount, unit, text)");
                return true;
            }

            WrongType(ref reader, source, start, "金额（数字，可带单位，如 251000元、25.1万元）", "an amount (a number, with its unit if written, e.g. 251000元 or 25.1万元)");
            return false;
        }

        private bool ReadChannel(ref RecordTokens reader, ReadOnlySpan<byte> source, int start, JsonValueKind kind, string? name)
        {
            if (kind != JsonValueKind.String)
            {
                WrongType(ref reader, source, start, "公开渠道的代码或名称（文字）", "a channel's code or name (text)");
                return false;
            }

            if (channels.TryGet(ref reader, out object? found) && found is string known)
            {
                Name(name);
                writer.WriteStringValue(known);
                return true;
            }

            string text = reader.GetString()!;
            if (PublicationChannel.TryParse(text, out PublicationChannel? channel))
            {
                string canonical = channel!.ToString();
                channels.Add(text, canonical);
                Name(name);
                writer.WriteStringValue(canonical);
                return true;
            }

            bool bareOther = DisclosureChannel.Closest(text) == DisclosureChannel.Other && PublicationChannel.Suggest(text) is null;
            PublicationChannel? closest = PublicationChannel.Suggest(text);
            var value = new FindingArgument("value", text);
            string pointer = Pointer();
            if (bareOther)
            {
                Report(RuleDescriptors.UnknownChannel, pointer, "otherWithoutName", text, true, value);
            }
            else if (closest is null)
            {
                Report(RuleDescriptors.UnknownChannel, pointer, "unknown", text, true, value);
            }
            else if (closest.OtherName is null)
            {
                Report(RuleDescriptors.UnknownChannel, pointer, "suggestion", text, true, value,
                    new FindingArgument("closest", closest.ChineseName, closest.Channel.EnglishName + ", " + closest.ChineseName),
                    new FindingArgument("code", closest.ToString()));
            }
            else
            {
                Report(RuleDescriptors.UnknownChannel, pointer, "otherSuggestion", text, true, value,
                    new FindingArgument("name", closest.OtherName),
                    new FindingArgument("code", closest.ToString()));
            }

            return false;
        }

        private static bool TryReadDecimal(ref RecordTokens reader, JsonValueKind kind, out decimal number)
        {
            number = 0;
            if (kind == JsonValueKind.Number)
            {
                return reader.TryGetDecimal(out number);
            }

            if (kind == JsonValueKind.String)
            {
                string folded = ChineseText.Fold(reader.GetString());
                return decimal.TryParse(folded, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out number);
            }

            return false;
        }

        private static bool? ReadBoolean(JsonValueKind kind, string? text)
        {
            switch (kind)
            {
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                case JsonValueKind.String:
                    return YesNoWords.Read(ChineseText.Fold(text));

                default:
                    return null;
            }
        }

        private static string? ClosestName(string name, IEnumerable<string> candidates)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (string candidate in candidates)
            {
                int distance = ChineseText.EditDistance(name, candidate);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = candidate;
                }
            }

            return best != null && bestDistance <= Math.Max(1, name.Length / 3) ? best : null;
        }

        /// <summary>A value as a finding shows it: text as written, anything else as JSON, cut at 60 characters; <c>null</c> for a blank value.</summary>
        private static string? Shown(JsonElement element) => IsBlank(element) ? null : Cut(Raw(element));

        /// <summary>The value the reader is on as a finding shows it (see <see cref="Shown(JsonElement)"/>); a list or object is read to its end.</summary>
        private static string? Shown(ref RecordTokens reader, ReadOnlySpan<byte> source, int start) =>
            IsBlank(ref reader) ? null : Cut(Raw(ref reader, source, start));

        private static string Cut(string raw) => raw.Length > 60 ? raw.Substring(0, 60) + "…" : raw;

        private void WrongType(ref RecordTokens reader, ReadOnlySpan<byte> source, int start, string expectedZh, string expectedEn)
        {
            JsonValueKind kind = KindOf(reader.TokenType);
            string shown = Shown(ref reader, source, start) ?? Raw(ref reader, source, start);
            string[] found = Describe(kind).Split('/');
            Report(RuleDescriptors.WrongType, Pointer(), "default", shown, true,
                new FindingArgument("expected", expectedZh, expectedEn),
                new FindingArgument("found", found[0].Trim(), found[found.Length - 1].Trim()),
                new FindingArgument("value", shown));
        }

        private void NonCanonical(ref RecordTokens reader, ReadOnlySpan<byte> source, int start, string expectedZh, string expectedEn)
        {
            keptUnfit = true;
            string pointer = Pointer();
            SourceLocation where = Locate(pointer);
            if (where.Sheet != null || where.Cell != null)
            {
                return;
            }

            string shown = Shown(ref reader, source, start) ?? Raw(ref reader, source, start);
            Report(RuleDescriptors.NonCanonicalForm, pointer, "default", shown, false,
                new FindingArgument("expected", expectedZh, expectedEn),
                new FindingArgument("value", shown));
        }

        private void Report(RuleDescriptor rule, string pointer, string messageId, string? value, bool markReported, params FindingArgument[] arguments)
        {
            if (keepingFindings || keepingTextFindings)
            {
                var kept = new KeptFinding(rule, pointer, messageId, value, markReported, arguments);
                if (keepingFindings)
                {
                    keptFindings.Add(kept);
                }

                if (keepingTextFindings)
                {
                    textFindings.Add(kept);
                }
            }

            if (markReported)
            {
                if ((reported ??= new HashSet<string>(StringComparer.Ordinal)).Add(pointer))
                {
                    reportedInOrder.Add(pointer);
                }
            }

            if (enabledRules.Contains(rule.Id))
            {
                (findings ??= new List<Finding>()).Add(new Finding(rule.Id, rule.Severity, rule.Category, Locate(pointer), rule.Message(messageId), arguments) { Value = value });
            }
        }

        /// <summary>One step of the path to the value being read: a member's name, or (when the name is <c>null</c>) a list item's index.</summary>
        private readonly struct Segment
        {
            public Segment(string? name, int index)
            {
                Name = name;
                Index = index;
            }

            public string? Name { get; }

            public int Index { get; }
        }
    }
}
