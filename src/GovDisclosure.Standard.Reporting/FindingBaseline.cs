using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// A baseline (基线): the findings a team has accepted, so that a CI check fails only on new ones
    /// (<c>validate --baseline</c>, <see cref="ValidationRunOptions.Baseline"/>). Written by <c>validate --write-baseline</c>
    /// or a <see cref="BaselineRecorder"/>, it is a JSON file listing, per file, rule, field (the JSON pointer within the
    /// record) and offending value, how many such findings are accepted:
    /// <code>
    /// { "version": 1, "accepted": [ { "file": "data/catalogue.json", "ruleId": "GD-CAT-009", "pointer": "/responsibleBody", "value": "有关部门", "count": 2 } ] }
    /// </code>
    /// Record numbers, lines and cells are left out, so inserting or moving records does not make accepted findings
    /// new; a third finding where two are accepted is new. Unreadable records (GD-STR-001) are never accepted.
    /// </summary>
    public sealed class FindingBaseline
    {
        /// <summary>The largest baseline file read, in bytes.</summary>
        public const long MaxBytes = 64L << 20;

        /// <summary>The format version written and read.</summary>
        public const int FormatVersion = 1;

        private const string What = "基线文件|baseline file";

        private const string UnreadableRule = "GD-STR-001";

        private FindingBaseline(IReadOnlyDictionary<BaselineKey, int> counts)
        {
            Counts = counts;
            Count = counts.Values.Sum(c => (long)c);
        }

        /// <summary>A baseline that accepts nothing.</summary>
        public static FindingBaseline Empty { get; } = new FindingBaseline(new Dictionary<BaselineKey, int>());

        /// <summary>How many findings the baseline accepts.</summary>
        public long Count { get; }

        internal IReadOnlyDictionary<BaselineKey, int> Counts { get; }

        /// <summary>Reads the baseline file at <paramref name="path"/>.</summary>
        /// <param name="path">The file.</param>
        /// <returns>The baseline.</returns>
        /// <exception cref="InputException">The file cannot be read or holds a mistake (located).</exception>
        public static FindingBaseline Load(string path) =>
            Parse(SettingsFile.Open(path ?? throw new ArgumentNullException(nameof(path)), What, MaxBytes));

        /// <summary>Reads a baseline from a stream.</summary>
        /// <param name="stream">The file's bytes (UTF-8 JSON).</param>
        /// <param name="name">The file's name, used in locations.</param>
        /// <returns>The baseline.</returns>
        /// <exception cref="InputException">The file holds a mistake (located) or is too large.</exception>
        public static FindingBaseline Read(Stream stream, string name) =>
            Parse(SettingsFile.Of(stream ?? throw new ArgumentNullException(nameof(stream)), name ?? throw new ArgumentNullException(nameof(name)), What, MaxBytes));

        /// <summary>Writes the baseline as UTF-8 JSON, sorted by file, rule, field and value so that it diffs well.</summary>
        /// <param name="stream">Where to write.</param>
        public void Write(Stream stream)
        {
            using var writer = new Utf8JsonWriter(stream ?? throw new ArgumentNullException(nameof(stream)), new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            writer.WriteStartObject();
            writer.WriteNumber("version", FormatVersion);
            writer.WriteStartArray("accepted");
            var keys = Counts.Keys.ToList();
            keys.Sort(BaselineKey.Compare);
            foreach (BaselineKey key in keys)
            {
                writer.WriteStartObject();
                writer.WriteString("file", key.File);
                writer.WriteString("ruleId", key.RuleId);
                writer.WriteString("pointer", key.Pointer);
                if (key.Value != null)
                {
                    writer.WriteString("value", key.Value);
                }

                writer.WriteNumber("count", Counts[key]);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        /// <summary>Whether a finding of this rule can be accepted at all (an unreadable record never can).</summary>
        internal static bool Accepts(string ruleId) => ruleId != UnreadableRule;

        /// <summary>A baseline of the given findings counted by key.</summary>
        internal static FindingBaseline Of(IReadOnlyDictionary<BaselineKey, int> counts) => new FindingBaseline(counts);

        private static FindingBaseline Parse(SettingsFile file)
        {
            Utf8JsonReader reader = file.Reader();
            if (file.IsBlank || !file.Read(ref reader) || reader.TokenType != JsonTokenType.StartObject)
            {
                throw file.Error(reader.TokenStartIndex, "基线文件应为一个 JSON 对象，如 BaselineRecorder 所写。", "a baseline file is one JSON object, as a BaselineRecorder writes it.");
            }

            var counts = new Dictionary<BaselineKey, int>();
            bool versioned = false;
            file.ReadMembers(ref reader, (string member, long memberAt, ref Utf8JsonReader value) =>
            {
                switch (member)
                {
                    case "version":
                        if (value.TokenType != JsonTokenType.Number || !value.TryGetInt32(out int version) || version != FormatVersion)
                        {
                            throw file.Error(value.TokenStartIndex, $"不支持的基线格式版本；本工具读取 version {FormatVersion}。", $"unsupported baseline format version; this tool reads version {FormatVersion}.");
                        }

                        versioned = true;
                        break;
                    case "accepted":
                        ReadAccepted(file, ref value, counts);
                        break;
                    default:
                        throw file.Error(memberAt, $"未知的成员“{member}”；基线文件的成员为 version、accepted。", $"unknown member '{member}'; a baseline file has the members version and accepted.");
                }
            });

            if (!versioned)
            {
                throw file.Error(0, $"基线文件缺少 \"version\": {FormatVersion}。", $"the baseline file lacks \"version\": {FormatVersion}.");
            }

            return new FindingBaseline(counts);
        }

        private static void ReadAccepted(SettingsFile file, ref Utf8JsonReader reader, Dictionary<BaselineKey, int> counts)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw file.Expected(ref reader, "被接受问题的数组|an array of accepted findings");
            }

            while (file.Read(ref reader) && reader.TokenType != JsonTokenType.EndArray)
            {
                long entryAt = reader.TokenStartIndex;
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw file.Expected(ref reader, "一个被接受的问题（{ \"file\": …, \"ruleId\": …, \"pointer\": …, \"count\": … }）|an accepted finding ({ \"file\": …, \"ruleId\": …, \"pointer\": …, \"count\": … })");
                }

                string? path = null, ruleId = null, pointer = null, value = null;
                int count = 1;
                while (file.Read(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
                {
                    long memberAt = reader.TokenStartIndex;
                    string member = file.Text(ref reader);
                    file.Read(ref reader);
                    if (member == "count")
                    {
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out count) || count < 1)
                        {
                            throw file.Error(reader.TokenStartIndex, "count 应为 1 或更大的整数。", "count should be a whole number of 1 or more.");
                        }

                        continue;
                    }

                    if (member != "file" && member != "ruleId" && member != "pointer" && member != "value")
                    {
                        throw file.Error(memberAt, $"未知的成员“{member}”；被接受的问题的成员为 file、ruleId、pointer、value、count。", $"unknown member '{member}'; an accepted finding has the members file, ruleId, pointer, value and count.");
                    }

                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw file.Expected(ref reader, $"{member} 的文字|the text of {member}");
                    }

                    string text = file.Text(ref reader);
                    switch (member)
                    {
                        case "file":
                            path = text;
                            break;
                        case "ruleId":
                            ruleId = text;
                            break;
                        case "pointer":
                            pointer = text;
                            break;
                        default:
                            value = text;
                            break;
                    }
                }

                if (path is null || ruleId is null || pointer is null)
                {
                    string missing = path is null ? "file" : ruleId is null ? "ruleId" : "pointer";
                    throw file.Error(entryAt, $"被接受的问题缺少“{missing}”。", $"the accepted finding lacks '{missing}'.");
                }

                var key = new BaselineKey(ruleId, path.Replace('\\', '/'), pointer, BaselineKey.ValueOf(value));
                counts[key] = counts.TryGetValue(key, out int earlier) ? checked(earlier + count) : count;
            }
        }
    }
}
