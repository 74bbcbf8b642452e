using GovDisclosure.Standard.Generators.Model;

namespace GovDisclosure.Standard.Generators.Json
{
    /// <summary>The outcome of reading a JSON text: the root value, or the first syntax error and where it is.</summary>
    internal sealed class JsonReadResult
    {
        private JsonReadResult(JsonValue? root, string? error, SourceSpan errorSpan)
        {
            Root = root;
            Error = error;
            ErrorSpan = errorSpan;
        }

        public JsonValue? Root { get; }

        public string? Error { get; }

        public SourceSpan ErrorSpan { get; }

        public static JsonReadResult Success(JsonValue root) => new JsonReadResult(root, null, default);

        public static JsonReadResult Failure(string error, SourceSpan span) => new JsonReadResult(null, error, span);
    }
}
