using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Schema;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// How the binder reads a value of one model type, worked out once per type (from the field
    /// catalogue and the type itself, <see cref="ModelLayout"/>, as the source-generated
    /// <see cref="JsonTypeInfo"/> metadata declares it, without configuring that metadata) and shared by
    /// every record: which kind of value it is, its code list, and for an object its members.
    /// </summary>
    internal sealed class BindingPlan
    {
        private static readonly ConcurrentDictionary<Type, BindingPlan> Plans = new ConcurrentDictionary<Type, BindingPlan>();

        private static readonly string[] NoNames = Array.Empty<string>();
        private static readonly byte[][] NoUtf8Names = Array.Empty<byte[]>();
        private static readonly Type[] NoTypes = Array.Empty<Type>();

        private static int made;

        /// <summary>The generic list types whose metadata is a list of their one type argument.</summary>
        private static readonly Type[] ListDefinitions =
        {
            typeof(List<>), typeof(IList<>), typeof(IReadOnlyList<>), typeof(ICollection<>), typeof(IReadOnlyCollection<>), typeof(IEnumerable<>),
        };

        private readonly ListArray? arrays;

        private BindingPlan?[] memberPlans = Array.Empty<BindingPlan?>();

        /// <summary>
        /// For an object: at 1 + a member's position (at 0 for the start of the object), the position of the member found
        /// after it last time (<see cref="IndexOf"/>'s first guess); at first the next in declared order.
        /// </summary>
        private readonly int[] followers = { 0 };
        private JsonTypeInfo? typeInfo;
        private BindingPlan? itemPlan;

        /// <summary>Per part type, the members without which a value of it is left out (<see cref="FieldPresence.Essential"/> in the field catalogue).</summary>
        private static readonly Dictionary<Type, string[]> RequiredMembers = RequiredMembersOf(DocumentShapes.Objects);

        /// <summary>
        /// Per shape that has any, the names of its essential members: loops, not a query over (type, names) tuples, which
        /// is compiled when the first record is bound.
        /// </summary>
        private static Dictionary<Type, string[]> RequiredMembersOf(IReadOnlyList<ObjectShape> shapes)
        {
            var required = new Dictionary<Type, string[]>();
            foreach (ObjectShape shape in shapes)
            {
                var names = new List<string>();
                foreach (FieldShape field in shape.Fields)
                {
                    if (field.Presence == FieldPresence.Essential)
                    {
                        names.Add(field.Name);
                    }
                }

                if (names.Count > 0)
                {
                    required.Add(shape.Type, names.ToArray());
                }
            }

            return required;
        }

        private BindingPlan(Type type)
        {
            Number = System.Threading.Interlocked.Increment(ref made) - 1;
            Type = type;
            Kind = KindOf(type);
            Codelist = CodelistReader.For(type);
            if (Kind == BindingKind.Structured || Kind == BindingKind.Amount)
            {
                switch (StructureOf(type, out Type? itemType))
                {
                    case BindingKind.Object:
                        Structure = BindingKind.Object;
                        ModelLayout layout = ModelLayout.For(type) ?? throw new NotSupportedException($"The binder cannot read the members of {type} by reflection.");
                        var members = new Dictionary<string, Type>(StringComparer.Ordinal);
                        for (int i = 0; i < layout.MemberNames.Length; i++)
                        {
                            members[layout.MemberNames[i]] = layout.MemberTypes[i];
                        }

                        KeepsUnknown = layout.Extension != null;
                        Members = members;
                        MemberNames = layout.MemberNames;
                        MemberUtf8Names = MemberNames.Select(n => Encoding.UTF8.GetBytes(n)).ToArray();
                        MemberTypes = layout.MemberTypes;
                        followers = new int[MemberNames.Length + 1];
                        for (int next = 0; next < followers.Length; next++)
                        {
                            followers[next] = next % Math.Max(1, MemberNames.Length);
                        }

                        memberPlans = new BindingPlan?[MemberNames.Length];
                        Required = RequiredMembers.TryGetValue(type, out string[]? required) ? required : null;
                        RequiredAt = Required is null ? null : MemberNames.Select(n => Array.IndexOf(Required, n)).ToArray();
                        Factory = ObjectFactory.For(layout);
                        break;
                    case BindingKind.List:
                        Structure = BindingKind.List;
                        ItemType = itemType ?? typeof(object);
                        MakesArray = type.IsInterface && type.IsAssignableFrom(ItemType.MakeArrayType());
                        arrays = MakesArray ? ListArray.For(type, ItemType, IsShared(KindOf(ItemType))) : null;
                        SharesLists = arrays?.SharesLists == true;
                        break;
                    default:
                        Structure = BindingKind.AsWritten;
                        break;
                }
            }
        }

        /// <summary>The plan's number, one for each plan made (from 0), by which a binder keeps what it remembers per type in an array.</summary>
        public int Number { get; }

        /// <summary>The model type (not nullable).</summary>
        public Type Type { get; }

        /// <summary>How a value of the type is read.</summary>
        public BindingKind Kind { get; }

        /// <summary>How a value of the type written as an object or a list is read: <see cref="BindingKind.Object"/>, <see cref="BindingKind.List"/> or <see cref="BindingKind.AsWritten"/>; for other types <see cref="BindingKind.Structured"/>.</summary>
        public BindingKind Structure { get; } = BindingKind.Structured;

        /// <summary>The type's code list, or <c>null</c>.</summary>
        public CodelistReader? Codelist { get; }

        /// <summary>For an object: its members' JSON names and declared types.</summary>
        public IReadOnlyDictionary<string, Type> Members { get; } = new Dictionary<string, Type>();

        /// <summary>For an object: its members' JSON names, in the order the metadata declares them (the order records usually follow).</summary>
        public string[] MemberNames { get; } = NoNames;

        /// <summary>For an object: <see cref="MemberNames"/> in UTF-8, to match a member name as the reader sees it without making a string of it.</summary>
        public byte[][] MemberUtf8Names { get; } = NoUtf8Names;

        /// <summary>For an object: the declared type of each of <see cref="MemberNames"/>.</summary>
        public Type[] MemberTypes { get; } = NoTypes;

        /// <summary>For an object: whether it keeps unknown members (extension data).</summary>
        public bool KeepsUnknown { get; }

        /// <summary>For an object: the members without which it is left out, or <c>null</c>.</summary>
        public string[]? Required { get; }

        /// <summary>For an object with <see cref="Required"/> members: for each of <see cref="MemberNames"/>, its index in <see cref="Required"/>, or -1.</summary>
        public int[]? RequiredAt { get; }

        /// <summary>For an object: how the binder makes it itself, or <c>null</c> when it is read through its JSON metadata.</summary>
        public ObjectFactory? Factory { get; }

        /// <summary>For a list: whether an array of its items is a value of the type (a list interface), so the binder can make it itself.</summary>
        public bool MakesArray { get; }

        /// <summary>
        /// For a list the binder makes as an array: whether it is a list of codes or texts shared between records
        /// (<see cref="RecentLists{T}"/>), so that one written with the bytes of a list bound lately with no finding is
        /// that list (<see cref="WrittenLists"/>).
        /// </summary>
        public bool SharesLists { get; }

        /// <summary>The type's source-generated metadata, for a value the binder reads through it.</summary>
        public JsonTypeInfo Info => typeInfo ??= CanonicalJson.Options.GetTypeInfo(Type);

        /// <summary>For a list: the type of its items.</summary>
        public Type ItemType { get; } = typeof(object);

        /// <summary>For a list: the plan of its items (<see cref="ItemType"/>), worked out once.</summary>
        public BindingPlan ItemPlan => itemPlan ??= For(ItemType);

        /// <summary>For a list the binder makes as an array (<see cref="MakesArray"/>): the list of <paramref name="count"/> items from <paramref name="items"/> at <paramref name="first"/> (see <see cref="ListArray"/>).</summary>
        /// <param name="items">The bound items.</param>
        /// <param name="first">Where the list's items start.</param>
        /// <param name="count">How many items the list has.</param>
        /// <param name="written">The list's JSON in the record.</param>
        /// <param name="recent">The binder's lists of this type made lately (<see cref="RecentLists{T}"/>; made at first), for a list of items the binder shares.</param>
        public object MakeArray(BoundSlot[] items, int first, int count, ReadOnlySpan<byte> written, ref object? recent) => arrays!.Make(items, first, count, written, ref recent);

        /// <summary>The plan of the member at <paramref name="index"/> of <see cref="MemberNames"/>, worked out once.</summary>
        /// <param name="index">The member's position.</param>
        public BindingPlan MemberPlan(int index) => memberPlans[index] ??= For(MemberTypes[index]);

        /// <summary>
        /// The position in <see cref="MemberNames"/> of the member name the reader is on (a property-name token), or -1
        /// for a name the type does not have. Names are compared as the reader sees them (escapes undone), starting
        /// after <paramref name="after"/>, since records usually list members in the declared order.
        /// </summary>
        /// <param name="reader">A reader on a property name.</param>
        /// <param name="after">The position of the member read before, or -1.</param>
        public int IndexOf(ref RecordTokens reader, int after)
        {
            int count = MemberUtf8Names.Length;
            bool plain = !reader.ValueIsEscaped && !reader.HasValueSequence;
            ReadOnlySpan<byte> name = plain ? reader.ValueSpan : default;

            // The member that followed this one last time comes first: a file's records list their members in one order.
            int guess = followers[after + 1];
            if (guess < count && Is(ref reader, plain, name, guess))
            {
                return guess;
            }

            int i = after;
            for (int step = 1; step <= count; step++)
            {
                // (after + step) % count, without a division per member.
                if (++i == count)
                {
                    i = 0;
                }

                if (Is(ref reader, plain, name, i))
                {
                    // A lost write (another thread's record, the same plan) only costs a guess.
                    followers[after + 1] = i;
                    return i;
                }
            }

            return -1;
        }

        private bool Is(ref RecordTokens reader, bool plain, ReadOnlySpan<byte> name, int i) =>
            plain ? name.SequenceEqual(MemberUtf8Names[i]) : reader.ValueTextEquals(MemberUtf8Names[i]);

        /// <summary>The plan for a declared type (a nullable type is read as its underlying type).</summary>
        public static BindingPlan For(Type declaredType) =>
            Plans.GetOrAdd(declaredType, t => Plans.GetOrAdd(Nullable.GetUnderlyingType(t) ?? t, u => new BindingPlan(u)));

        /// <summary>
        /// Whether the binder gives a value of this kind read again as the same object (a text by <see cref="RecentTexts"/>,
        /// a code-like value by what it remembers of it), so that a list of such values can be shared (<see cref="RecentLists{T}"/>).
        /// </summary>
        private static bool IsShared(BindingKind kind) =>
            kind == BindingKind.Text || kind == BindingKind.Code || kind == BindingKind.Category || kind == BindingKind.Channel || kind == BindingKind.TimeLimit;

        /// <summary>
        /// How a value of a structured type is written: <see cref="BindingKind.Object"/> for a model type of the field
        /// catalogue (<see cref="DocumentShapes"/>), <see cref="BindingKind.List"/> for an array or a generic list type
        /// (with <paramref name="itemType"/>, its items' type), as the source-generated metadata has them; any other type is
        /// asked of its metadata (an object, a list, else <see cref="BindingKind.AsWritten"/>).
        /// </summary>
        /// <param name="type">A structured type.</param>
        /// <param name="itemType">For a list, its items' type.</param>
        internal static BindingKind StructureOf(Type type, out Type? itemType)
        {
            itemType = null;
            if (DocumentShapes.Of(type) != null)
            {
                return BindingKind.Object;
            }

            if (type.IsArray && type.GetArrayRank() == 1)
            {
                itemType = type.GetElementType();
                return BindingKind.List;
            }

            if (type.IsGenericType && Array.IndexOf(ListDefinitions, type.GetGenericTypeDefinition()) >= 0)
            {
                itemType = type.GetGenericArguments()[0];
                return BindingKind.List;
            }

            JsonTypeInfo info = CanonicalJson.Options.GetTypeInfo(type);
            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object:
                    return BindingKind.Object;
                case JsonTypeInfoKind.Enumerable:
                    itemType = info.ElementType;
                    return BindingKind.List;
                default:
                    return BindingKind.AsWritten;
            }
        }

        private static BindingKind KindOf(Type type)
        {
            if (type == typeof(string))
            {
                return BindingKind.Text;
            }

            if (type == typeof(int))
            {
                return BindingKind.WholeNumber;
            }

            if (type == typeof(long))
            {
                return BindingKind.LongNumber;
            }

            if (type == typeof(decimal) || type == typeof(double))
            {
                return BindingKind.Number;
            }

            if (type == typeof(ReportAmount))
            {
                return BindingKind.Amount;
            }

            if (type == typeof(bool))
            {
                return BindingKind.Boolean;
            }

            if (type == typeof(CalendarDate))
            {
                return BindingKind.Date;
            }

            if (type == typeof(DisclosureTimeLimit))
            {
                return BindingKind.TimeLimit;
            }

            if (type == typeof(PublicationChannel))
            {
                return BindingKind.Channel;
            }

            if (type == typeof(DisclosureCategory))
            {
                return BindingKind.Category;
            }

            return CodelistReader.For(type) != null ? BindingKind.Code : BindingKind.Structured;
        }
    }
}
