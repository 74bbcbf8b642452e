using System;
using System.Text.Json;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// What a JSON syntax error says, without System.Text.Json's own position suffix
    /// ("LineNumber: 110 | BytePositionInLine: 16"), which counts from 0 and would contradict the
    /// 1-based line and column the readers report.
    /// </summary>
    internal static class JsonSyntaxError
    {
        public static string Describe(JsonException error)
        {
            string message = error.Message;
            int suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return (suffix < 0 ? message : message.Substring(0, suffix)).TrimEnd(' ', '.') + ".";
        }
    }
}
