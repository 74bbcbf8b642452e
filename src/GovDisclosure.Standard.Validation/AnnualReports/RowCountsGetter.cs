using System;
using System.Reflection;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// The getter of a row of counts of table 三 from the table, made once per row from the fields on the row's pointer
    /// (一到三级, e.g. <c>outcomes/withheld/stateSecret</c>): one delegate that calls each field's typed get accessor in
    /// turn, stopping at the first absent part. Every report's cells are read through these, twice a report in a run
    /// (for its rules and for GD-AR-018/019), so a row costs a call a field instead of a walk of the fields'
    /// <see cref="FieldShape.ValueOf"/> (an untyped getter, its check of the owner's type and its exception wrapper, a field).
    /// </summary>
    internal static class RowCountsGetter
    {
        /// <summary>
        /// The getter of the counts at the end of <paramref name="path"/> (fields, the first of <see cref="ApplicationTable"/>,
        /// each of the type that declares the next, the last of type <see cref="ApplicantCounts"/>): the same value as
        /// following the path with <see cref="FieldShape.ValueOf"/>, <c>null</c> where a part on the way is absent.
        /// </summary>
        /// <param name="path">One to three fields.</param>
        public static Func<ApplicationTable, ApplicantCounts?> Of(FieldShape[] path)
        {
            if (path is null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            if (path.Length == 0 || path.Length > 3 || path[path.Length - 1].Property.PropertyType != typeof(ApplicantCounts)
                || !Array.TrueForAll(path, IsClassProperty))
            {
                return Walk(path);
            }

            Type[] owners = Array.ConvertAll(path, f => f.Property.DeclaringType!);
            if (owners[0] != typeof(ApplicationTable))
            {
                return Walk(path);
            }

            Type[] parts = new Type[path.Length - 1];
            for (int i = 0; i < parts.Length; i++)
            {
                // Each part the next field reads from: exactly the type that declares it (else the walk, which casts).
                parts[i] = path[i].Property.PropertyType;
                if (parts[i] != owners[i + 1])
                {
                    return Walk(path);
                }
            }

            Delegate[] gets = new Delegate[path.Length];
            for (int i = 0; i < path.Length; i++)
            {
                MethodInfo accessor = path[i].Property.GetGetMethod(nonPublic: true)!;
                gets[i] = accessor.CreateDelegate(typeof(Func<,>).MakeGenericType(owners[i], path[i].Property.PropertyType));
            }

            return path.Length switch
            {
                1 => (Func<ApplicationTable, ApplicantCounts?>)gets[0],
                2 => Compose(nameof(Two), parts, gets),
                _ => Compose(nameof(Three), parts, gets),
            };
        }

        /// <summary>The path followed field by field (what the typed getter stands for), for a path it cannot type.</summary>
        private static Func<ApplicationTable, ApplicantCounts?> Walk(FieldShape[] path) => table =>
        {
            object? at = table;
            for (int i = 0; i < path.Length && at != null; i++)
            {
                at = path[i].ValueOf(at);
            }

            return (ApplicantCounts?)at;
        };

        private static bool IsClassProperty(FieldShape field)
        {
            PropertyInfo property = field.Property;
            MethodInfo? accessor = property.GetGetMethod(nonPublic: true);
            return accessor != null && !accessor.IsStatic && property.DeclaringType is Type owner && !owner.IsValueType
                && !owner.ContainsGenericParameters && property.GetIndexParameters().Length == 0 && !property.PropertyType.IsValueType;
        }

        /// <summary>
        /// <see cref="Two{TPart}"/> or <see cref="Three{TPart, TSubPart}"/> for the parts' types, called through a delegate made
        /// for it (as <see cref="PropertyGetter"/> makes its getters), not a reflection call, which emits and compiles a stub.
        /// </summary>
        private static Func<ApplicationTable, ApplicantCounts?> Compose(string name, Type[] parts, Delegate[] gets)
        {
            MethodInfo compose = typeof(RowCountsGetter).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(parts);
            return gets.Length == 2
                ? ((Func<Delegate, Delegate, Func<ApplicationTable, ApplicantCounts?>>)compose.CreateDelegate(typeof(Func<Delegate, Delegate, Func<ApplicationTable, ApplicantCounts?>>)))(gets[0], gets[1])
                : ((Func<Delegate, Delegate, Delegate, Func<ApplicationTable, ApplicantCounts?>>)compose.CreateDelegate(typeof(Func<Delegate, Delegate, Delegate, Func<ApplicationTable, ApplicantCounts?>>)))(gets[0], gets[1], gets[2]);
        }

        /// <summary>A row two fields down: the part, then its counts.</summary>
        private static Func<ApplicationTable, ApplicantCounts?> Two<TPart>(Delegate first, Delegate second)
            where TPart : class
        {
            var part = (Func<ApplicationTable, TPart?>)first;
            var counts = (Func<TPart, ApplicantCounts?>)second;
            return table => part(table) is TPart p ? counts(p) : null;
        }

        /// <summary>A row three fields down: the part, its sub-part, then its counts.</summary>
        private static Func<ApplicationTable, ApplicantCounts?> Three<TPart, TSubPart>(Delegate first, Delegate second, Delegate third)
            where TPart : class
            where TSubPart : class
        {
            var part = (Func<ApplicationTable, TPart?>)first;
            var subPart = (Func<TPart, TSubPart?>)second;
            var counts = (Func<TSubPart, ApplicantCounts?>)third;
            return table => part(table) is TPart p && subPart(p) is TSubPart s ? counts(s) : null;
        }
    }
}
