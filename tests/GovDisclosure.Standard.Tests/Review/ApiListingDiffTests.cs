using System.Linq;
using GovDisclosure.Standard.Review;
using static GovDisclosure.Standard.Tests.Review.ReviewSamples;

namespace GovDisclosure.Standard.Tests.Review
{
    public sealed class ApiListingDiffTests
    {
        private static ReviewChange Only(string from, string to) => Single(ReviewDiff.Compare(ListingText, ListingText.Replace(from, to)));

        [Fact]
        public void A_removed_member_is_breaking()
        {
            ReviewChange change = Only("        public static Example.Money Parse(string text) { }\n", string.Empty);
            Assert.Equal((ChangeKind.Breaking, "Example.Money::Parse", (string?)null), (change.Kind, change.Path, change.NewValue));
            Assert.Equal("public static Example.Money Parse(string text) { }", change.OldValue);
        }

        [Fact]
        public void A_changed_signature_is_breaking_and_shows_both_versions()
        {
            ReviewChange change = Only("public static Example.Money Parse(string text) { }", "public static Example.Money Parse(string text, System.IFormatProvider? provider) { }");
            Assert.Equal((ChangeKind.Breaking, "Example.Money::Parse"), (change.Kind, change.Path));
            Assert.Contains("signature", change.Message.English);
            Assert.Contains("provider", change.NewValue);
        }

        [Fact]
        public void A_changed_attribute_or_constraint_is_a_changed_signature()
        {
            Assert.Equal((ChangeKind.Breaking, "Example.Registry`1::Get"), Pair(Only("[System.Obsolete(\"Use Find\")]\n", string.Empty)));
            Assert.Equal((ChangeKind.Breaking, "Example.Registry`1"), Pair(Only("where T :  class", "where T :  class, new ()")));
        }

        [Fact]
        public void An_attribute_written_over_several_lines_belongs_to_the_type_after_it()
        {
            const string Listing = "namespace Example\n{\n    [Example.Options(Converters=new System.Type[] {\n            typeof(Example.A),\n            typeof(Example.B)})]\n    public class Context\n    {\n        public Context() { }\n    }\n}\n";
            Assert.Empty(ReviewDiff.Compare(Listing, Listing).Changes);
            Assert.Equal((ChangeKind.Breaking, "Example.Context"), Pair(Single(ReviewDiff.Compare(Listing, Listing.Replace("typeof(Example.B)", "typeof(Example.C)")))));
        }

        [Fact]
        public void A_new_member_or_type_is_additive()
        {
            Assert.Equal((ChangeKind.Additive, "Example.Money::Zero"), Pair(Only("        public decimal Amount { get; }\n", "        public decimal Amount { get; }\n        public static Example.Money Zero { get; }\n")));
            Assert.Equal((ChangeKind.Additive, "Example.Nested.Full"), Pair(Only("    public static class Empty { }", "    public static class Empty { }\n    public interface Full { }")));
        }

        [Fact]
        public void A_removed_type_or_delegate_is_breaking()
        {
            Assert.Equal((ChangeKind.Breaking, "Example.Changed"), Pair(Only("    public delegate void Changed(Example.Money money);\n", string.Empty)));
            Assert.Equal((ChangeKind.Breaking, "Example.Nested.Empty"), Pair(Only("    public static class Empty { }\n", string.Empty)));
        }

        [Fact]
        public void An_enum_member_removed_or_renumbered_is_breaking_and_a_new_one_additive()
        {
            Assert.Equal((ChangeKind.Breaking, "Example.Level::Township"), Pair(Only("        Township = 1,\n", string.Empty)));
            Assert.Equal((ChangeKind.Breaking, "Example.Level::Township"), Pair(Only("Township = 1,", "Township = 2,")));
            Assert.Equal((ChangeKind.Additive, "Example.Level::Village"), Pair(Only("        Township = 1,\n", "        Township = 1,\n        Village = 2,\n")));
        }

        [Fact]
        public void Gaining_an_interface_is_additive_but_sealing_or_changing_the_base_is_breaking()
        {
            Assert.Equal(ChangeKind.Additive, Only("public readonly struct Money : System.IEquatable<Example.Money>", "public readonly struct Money : System.IComparable<Example.Money>, System.IEquatable<Example.Money>").Kind);
            Assert.Equal(ChangeKind.Breaking, Only("public class Registry<T>", "public sealed class Registry<T>").Kind);
            string derived = ListingText.Replace("public class Registry<T>", "public class Registry<T> : Example.Base");
            Assert.Equal(ChangeKind.Breaking, Single(ReviewDiff.Compare(derived, derived.Replace(": Example.Base", ": Example.Other"))).Kind);
        }

        [Fact]
        public void Assembly_attributes_are_editorial()
        {
            DiffResult report = ReviewDiff.Compare(ListingText, ListingText.Replace("InternalsVisibleTo(\"Tests\")", "InternalsVisibleTo(\"Tests2\")"));
            Assert.Equal(new[] { ChangeKind.Editorial, ChangeKind.Editorial }, report.Changes.Select(c => c.Kind));
        }

        [Theory]
        [InlineData("public int Count { get; }", "Count")]
        [InlineData("public string[] Names { get; init; }", "Names")]
        [InlineData("public static readonly Example.Level Default;", "Default")]
        [InlineData("public const int Scale = 2;", "Scale")]
        [InlineData("[System.Obsolete(\"a]b\")] public System.Collections.Generic.IReadOnlyList<T> Find<T>(string code) { }", "Find")]
        [InlineData("public static bool operator ==(Example.Money a, Example.Money b) { }", "operator ==")]
        [InlineData("public int this[int index] { get; }", "this[]")]
        [InlineData("public event System.EventHandler? Changed;", "Changed")]
        [InlineData("protected Registry(System.Collections.Generic.Dictionary<string, T> seed) { }", "Registry")]
        [InlineData("County = 0,", "County")]
        public void Member_names_are_read_from_signatures(string signature, string name) =>
            Assert.Equal(name, ApiListingComparison.MemberName(signature));

        private static (ChangeKind, string) Pair(ReviewChange change) => (change.Kind, change.Path);
    }
}
