using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// One field of a document or of a part of one (字段): its JSON name, its title in Chinese and
    /// English, whether the standard requires it, and, where it is a table column, its header, the
    /// header variants read as it, and how its cells are written. Every other place that speaks of a
    /// field (the tabular layout, the completeness rules, the JSON Schemas, the annual-report labels,
    /// binding) takes these facts from here.
    /// </summary>
    public sealed class FieldShape
    {
        private PropertyInfo? property;
        private Func<object, object?>? getter;

        /// <summary>The form of the type of the last value of this field checked (<see cref="FormOf"/>), so that the next one of the same type is put through no type test.</summary>
        private FormOfType? lastValueForm;

        /// <summary>The same for the last list item of this field checked (a list's type and its items' are told apart, so they do not displace each other).</summary>
        private FormOfType? lastItemForm;

        /// <summary>The form every value of this field has when its declared type fixes its run-time type (<see cref="ExactForm"/>); worked out at first use.</summary>
        private DeclaredForm? declaredForm;

        /// <summary>The field <see cref="ExemptWhenFalse"/> names in the shape of the last owner checked.</summary>
        private ShapeOfType? lastExemption;

        internal FieldShape(string name, BilingualText title, FieldPresence presence, CellType? cellType, IReadOnlyList<string> aliases, BilingualText? number = null, string? exemptWhenFalse = null, FormLabel? form = null)
        {
            Name = name;
            Title = title;
            Presence = presence;
            CellType = cellType;
            Aliases = aliases;
            Number = number;
            ExemptWhenFalse = exemptWhenFalse;
            Form = form;
        }

        /// <summary>The JSON property name, e.g. <c>timeLimit</c>.</summary>
        public string Name { get; }

        /// <summary>The field's title, e.g. 公开时限 / time limit; for a table column, its Chinese title is the standard header.</summary>
        public BilingualText Title { get; }

        /// <summary>The number the field's row is printed with on a form, e.g. 三（一） / III.(1) in an annual report; <c>null</c> when none.</summary>
        public BilingualText? Number { get; }

        /// <summary>How the field's row or column is printed on a form and read from a published one; <c>null</c> when it is not a row or column of a form.</summary>
        internal FormLabel? Form { get; }

        /// <summary>How much the standard needs the field.</summary>
        public FieldPresence Presence { get; }

        /// <summary>Whether the standard requires the field (<see cref="FieldPresence.Required"/> or <see cref="FieldPresence.Essential"/>).</summary>
        public bool IsRequired => Presence != FieldPresence.Optional;

        /// <summary>
        /// The JSON name of a yes/no field of the same object whose <c>false</c> makes this required
        /// field unnecessary, e.g. <c>isCharged</c> for 收费标准 (a free service has no fees); <c>null</c> when none.
        /// </summary>
        public string? ExemptWhenFalse { get; }

        /// <summary>How the field's cells are written when it is a table column (表格列); <c>null</c> when it is not one.</summary>
        public CellType? CellType { get; }

        /// <summary>The standard header of the field's table column (标准表头), <c>null</c> when it is not a column.</summary>
        public string? Header => CellType is null ? null : Title.Chinese;

        /// <summary>Other headers read as this column (variants seen in published tables); the JSON name is always read too.</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>The type of the field's value in the model.</summary>
        public Type ValueType => Property.PropertyType;

        /// <summary>The code list the field's values come from (for a list, its items'), or <c>null</c>.</summary>
        public Type? Codelist
        {
            get
            {
                Type type = Nullable.GetUnderlyingType(ValueType) ?? ValueType;
                Type item = ItemType(type) ?? type;
                return IsCodelist(item) ? item : null;
            }
        }

        /// <summary>The type a part shape would describe: the value's type, or its items' for a list.</summary>
        internal Type PartType
        {
            get
            {
                Type type = Nullable.GetUnderlyingType(ValueType) ?? ValueType;
                return ItemType(type) ?? type;
            }
        }

        internal PropertyInfo Property => property ?? throw new InvalidOperationException($"The field '{Name}' is not attached to a shape.");

        /// <summary>The field's value in <paramref name="owner"/> (a document or part of this field's shape).</summary>
        /// <param name="owner">The object that has the field.</param>
        public object? ValueOf(object owner) => (getter ??= PropertyGetter.For(Property))(owner ?? throw new ArgumentNullException(nameof(owner)));

        /// <summary>
        /// Whether <paramref name="owner"/> gives the field as the completeness rules count it: a text
        /// that is not blank; a list with at least one item that gives its own required parts; any
        /// other value that is there. A field exempt by <see cref="ExemptWhenFalse"/> counts as given.
        /// </summary>
        /// <param name="owner">The object that has the field.</param>
        public bool IsGivenIn(object owner)
        {
            if (ExemptWhenFalse != null && Property.DeclaringType != null)
            {
                ShapeOfType? exemption = lastExemption;
                if (exemption is null || exemption.Type != owner.GetType())
                {
                    lastExemption = exemption = new ShapeOfType(owner.GetType(), DocumentShapes.Of(owner.GetType())?.Field(ExemptWhenFalse));
                }

                if (exemption.Field?.ValueOf(owner) is false)
                {
                    return true;
                }
            }

            return IsGiven(ValueOf(owner), item: false, DeclaredValueForm);
        }

        /// <summary>Whether <paramref name="value"/>, a value of this field, is given as <see cref="IsGivenIn"/> judges the field's value (no exemption).</summary>
        /// <param name="value">A value of the field, or <c>null</c>.</param>
        internal bool IsGivenValue(object? value) => IsGiven(value, item: false, DeclaredValueForm);

        /// <summary>The form every value of this field has when its declared type fixes its run-time type (<see cref="ExactForm"/>), worked out at first use; else <c>null</c>.</summary>
        private FormOfType? DeclaredValueForm => (declaredForm ??= new DeclaredForm(ExactForm(Property.PropertyType))).Form;

        /// <summary>
        /// The form of every value declared as <paramref name="declared"/>, when the declaration fixes the value's run-time
        /// type: a value type (boxed as itself; a nullable one as its underlying type), or a sealed class that is not an
        /// array (an array of a class may hold an array of a class derived from it); else <c>null</c>, and each value's
        /// type is looked at.
        /// </summary>
        private static FormOfType? ExactForm(Type declared)
        {
            Type type = Nullable.GetUnderlyingType(declared) ?? declared;
            return type.IsValueType || (type.IsSealed && !type.IsArray && !type.ContainsGenericParameters) ? FormOf(type) : null;
        }

        /// <summary>
        /// The form of every item of a list of run-time type <paramref name="list"/>, when the list's type fixes it: an array,
        /// a <see cref="List{T}"/>, a <see cref="System.Collections.ObjectModel.ReadOnlyCollection{T}"/> or a value list
        /// (which read their items by index and in order from storage of their item type) whose item type is exact
        /// (<see cref="ExactForm"/>); else <c>null</c>.
        /// </summary>
        private static FormOfType? ItemsForm(Type list)
        {
            Type? item = null;
            if (list.IsArray && list.GetArrayRank() == 1)
            {
                item = list.GetElementType();
            }
            else if (list.IsGenericType)
            {
                Type definition = list.GetGenericTypeDefinition();
                if (definition == typeof(List<>) || definition == typeof(System.Collections.ObjectModel.ReadOnlyCollection<>) || definition == typeof(Collections.ValueList<>))
                {
                    item = list.GetGenericArguments()[0];
                }
            }

            return item is null ? null : ExactForm(item);
        }

        /// <summary>
        /// What a value of <paramref name="type"/> counts as (<see cref="GivenForm"/>), by the same tests in the same order
        /// as a value was put through one by one: text; an indexed list; any other sequence; a value type; an object with a
        /// shape in the field catalogue (<see cref="DocumentShapes.Of"/>); any other object.
        /// </summary>
        private static FormOfType FormOf(Type type)
        {
            if (type == typeof(string))
            {
                return new FormOfType(type, GivenForm.Text, null);
            }

            if (typeof(IList).IsAssignableFrom(type))
            {
                return new FormOfType(type, GivenForm.Indexed, null, ItemsForm(type));
            }

            if (typeof(IEnumerable).IsAssignableFrom(type))
            {
                return new FormOfType(type, GivenForm.Listed, null, ItemsForm(type));
            }

            if (type.IsValueType)
            {
                return new FormOfType(type, GivenForm.Value, null);
            }

            ObjectShape? shape = DocumentShapes.Of(type);
            return new FormOfType(type, shape is null ? GivenForm.Other : GivenForm.Shaped, shape);
        }

        /// <summary>The title as a short label: <c>公开时限 (time limit)</c>.</summary>
        public override string ToString() => Title.Chinese + " (" + Title.English + ")";

        internal void Attach(PropertyInfo attached)
        {
            property = attached;
            getter = null;
            lastValueForm = null;
            lastItemForm = null;
            declaredForm = null;
            lastExemption = null;
        }

        /// <summary>Whether <paramref name="value"/> (of this field, or an item of its list) is given; <paramref name="exact"/> is its form when its run-time type is known to be that one's.</summary>
        private bool IsGiven(object? value, bool item, FormOfType? exact)
        {
            if (value is null)
            {
                return false;
            }

            // A value whose declared type fixes its run-time type has that type's form; any other's type's form is
            // remembered (one per field for values, one for list items): the interface and class tests of a type switch
            // are made once per type, not for every value of every record.
            FormOfType? known = exact;
            if (known is null)
            {
                Type type = value.GetType();
                known = item ? lastItemForm : lastValueForm;
                if (known is null || known.Type != type)
                {
                    known = FormOf(type);
                    if (item)
                    {
                        lastItemForm = known;
                    }
                    else
                    {
                        lastValueForm = known;
                    }
                }
            }

            switch (known.Form)
            {
                case GivenForm.Text:
                    return !string.IsNullOrWhiteSpace((string)value);
                case GivenForm.Indexed:
                    // By index: the same items in the same order, without an enumerator per check.
#if NET8_0_OR_GREATER
                    // Its form says it is a list: taken as one with no second interface test.
                    IList indexed = System.Runtime.CompilerServices.Unsafe.As<IList>(value);
#else
                    IList indexed = (IList)value;
#endif
                    for (int i = 0; i < indexed.Count; i++)
                    {
                        if (IsGiven(indexed[i], item: true, known.Items))
                        {
                            return true;
                        }
                    }

                    return false;
                case GivenForm.Listed:
                    foreach (object? element in (IEnumerable)value)
                    {
                        if (IsGiven(element, item: true, known.Items))
                        {
                            return true;
                        }
                    }

                    return false;
                case GivenForm.Value:
                    // A number, a date or a yes/no that is there is given; no text of it is needed.
                    return true;
                case GivenForm.Other:
                    return !string.IsNullOrWhiteSpace(value.ToString());
            }

            if (!item)
            {
                return true;
            }

            // By index: no enumerator per item checked.
            IReadOnlyList<FieldShape> fields = known.Shape!.Fields;
            for (int i = 0; i < fields.Count; i++)
            {
                FieldShape field = fields[i];
                if (field.IsRequired && !field.IsGiven(field.ValueOf(value), item: false, field.DeclaredValueForm))
                {
                    return false;
                }
            }

            return true;
        }

        private static Type? ItemType(Type type)
        {
            if (type == typeof(string))
            {
                return null;
            }

            Type? enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? type
                : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            return enumerable?.GetGenericArguments()[0];
        }

        private static bool IsCodelist(Type type)
        {
            for (Type? t = type.BaseType; t != null; t = t.BaseType)
            {
                if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(CodelistValue<>))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A type and the field the field catalogue names for it (one look-up remembered; replaced whole, so safe to share between threads).</summary>
        private sealed record ShapeOfType(Type Type, FieldShape? Field);

        /// <summary>A type, its <see cref="GivenForm"/> and its shape when it has one (remembered; replaced whole, so safe to share between threads).</summary>
        private sealed record FormOfType(Type Type, GivenForm Form, ObjectShape? Shape, FormOfType? Items = null);

        /// <summary>The form a field's declared type fixes for its values, or <c>null</c> (worked out once; replaced whole, so safe to share between threads).</summary>
        private sealed record DeclaredForm(FormOfType? Form);
    }
}
