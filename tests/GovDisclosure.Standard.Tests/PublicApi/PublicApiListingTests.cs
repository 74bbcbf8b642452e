using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GovDisclosure.Standard.Tests.PublicApi
{
    /// <summary>The listing's shape on small compiled examples, checked against PublicApiGenerator's documented output.</summary>
    public sealed class PublicApiListingTests
    {
        private static string ListingOf(string source)
        {
            string[] trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Example",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
                trusted.Select(p => MetadataReference.CreateFromFile(p)),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            return PublicApiListing.Generate(CompiledAssembly.Load(image.ToArray(), "Example"));
        }

        [Fact]
        public void Members_are_grouped_fields_constructors_properties_events_methods_nested_types_then_ordered_by_name()
        {
            string listing = ListingOf(@"
namespace Ex
{
    public class Order
    {
        public delegate void Delegate2();
        public int Field2;
        public void Method2() { }
        public event System.EventHandler? Event1;
        public int Property2 { get; set; }
        public int Field1;
        public int Property1 { get; set; }
        public void Method1() { }
        public class Nested { }
    }
}");
            Assert.Equal(
@"namespace Ex
{
    public class Order
    {
        public int Field1;
        public int Field2;
        public Order() { }
        public int Property1 { get; set; }
        public int Property2 { get; set; }
        public event System.EventHandler? Event1;
        public void Method1() { }
        public void Method2() { }
        public delegate void Delegate2();
        public class Nested
        {
            public Nested() { }
        }
    }
}".Replace("\r\n", "\n"), listing);
        }

        [Fact]
        public void Static_members_follow_instance_members_and_operators_sort_by_their_symbol()
        {
            string listing = ListingOf(@"
namespace Ex
{
    public readonly struct Money : System.IEquatable<Money>
    {
        public static Money Zero => default;
        public static bool operator ==(Money a, Money b) => true;
        public static bool operator !=(Money a, Money b) => false;
        public static Money Parse(string text) => default;
        public bool Equals(Money other) => true;
        public override bool Equals(object? obj) => false;
        public override int GetHashCode() => 0;
        public const int Scale = 2;
    }
}");
            Assert.Equal(
@"namespace Ex
{
    public readonly struct Money : System.IEquatable<Ex.Money>
    {
        public const int Scale = 2;
        public static Ex.Money Zero { get; }
        public bool Equals(Ex.Money other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public static Ex.Money Parse(string text) { }
        public static bool operator !=(Ex.Money a, Ex.Money b) { }
        public static bool operator ==(Ex.Money a, Ex.Money b) { }
    }
}".Replace("\r\n", "\n"), listing);
        }

        [Fact]
        public void Records_are_listed_as_classes_without_their_compiler_generated_members()
        {
            string listing = ListingOf(@"
namespace Ex
{
    public record Person(string Name, int? Age)
    {
        public string? Nickname { get; init; }
    }
}");
            Assert.Equal(
@"namespace Ex
{
    public class Person : System.IEquatable<Ex.Person>
    {
        public Person(string Name, int? Age) { }
        public int? Age { get; init; }
        public string Name { get; init; }
        public string? Nickname { get; init; }
    }
}".Replace("\r\n", "\n"), listing);
        }

        [Fact]
        public void Declarations_show_modifiers_generic_constraints_base_types_interfaces_and_defaults()
        {
            string listing = ListingOf(@"
using System.Collections.Generic;
namespace Ex
{
    public abstract class Base<T> : IComparer<T>, System.IDisposable where T : class, System.IComparable<T>, new()
    {
        protected Base(IReadOnlyList<T>? seed = null, bool strict = false) { }
        public abstract int Compare(T? x, T? y);
        public virtual void Dispose() { }
        public static TOut Map<TOut>(T value) where TOut : struct => default;
    }
    public static class Extensions
    {
        public static string Shout(this string text, params char[] marks) => text;
    }
    [System.Obsolete(""Use Base"")]
    public enum Level : byte { Low = 1, High = 3 }
}");
            Assert.Equal(
@"namespace Ex
{
    public abstract class Base<T> : System.Collections.Generic.IComparer<T>, System.IDisposable
        where T :  class, System.IComparable<T>, new ()
    {
        protected Base(System.Collections.Generic.IReadOnlyList<T>? seed = null, bool strict = false) { }
        public abstract int Compare(T? x, T? y);
        public virtual void Dispose() { }
        public static TOut Map<TOut>(T value)
            where TOut :  struct { }
    }
    public static class Extensions
    {
        public static string Shout(this string text, params char[] marks) { }
    }
    [System.Obsolete(""Use Base"")]
    public enum Level : byte
    {
        Low = 1,
        High = 3,
    }
}".Replace("\r\n", "\n"), listing);
        }

        [Fact]
        public void Internal_and_private_members_and_types_are_not_listed()
        {
            string listing = ListingOf(@"
namespace Ex
{
    public sealed class Shown
    {
        internal Shown() { }
        private int hidden;
        internal void Hidden() { }
        public int Value { get; private set; }
        protected internal int Both { get; set; }
    }
    internal class NotShown { }
}");
            Assert.Equal(
@"namespace Ex
{
    public sealed class Shown
    {
        protected int Both { get; set; }
        public int Value { get; }
    }
}".Replace("\r\n", "\n"), listing);
        }

        [Fact]
        public void Namespaces_are_blocks_in_ordinal_order_with_assembly_attributes_first()
        {
            string listing = ListingOf(@"
[assembly: System.CLSCompliant(false)]
namespace B { public interface IZ { int Count { get; } void Go(); } }
namespace A.C { public class Y { } }
namespace A { public class X { } }
");
            Assert.Equal(
@"[assembly: System.CLSCompliant(false)]
namespace A
{
    public class X
    {
        public X() { }
    }
}
namespace A.C
{
    public class Y
    {
        public Y() { }
    }
}
namespace B
{
    public interface IZ
    {
        int Count { get; }
        void Go();
    }
}".Replace("\r\n", "\n"), listing);
        }
    }
}
