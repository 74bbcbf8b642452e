using GovDisclosure.Standard.Generators.Model;

namespace GovDisclosure.Standard.Generators.Json
{
    /// <summary>One member of a JSON object: its name, where the name is written, and its value.</summary>
    internal sealed class JsonProperty
    {
        public JsonProperty(string name, SourceSpan nameSpan, JsonValue value)
        {
            Name = name;
            NameSpan = nameSpan;
            Value = value;
        }

        public string Name { get; }

        public SourceSpan NameSpan { get; }

        public JsonValue Value { get; }
    }
}
