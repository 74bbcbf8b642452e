using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Json;

namespace GovDisclosure.Standard.Input
{
    /// <summary>Reads the <see cref="DocumentEnvelope"/> of a JSON document: the members around its record array, streaming past the array.</summary>
    public static class JsonEnvelopeReader
    {
        /// <summary>
        /// Reads the envelope of a JSON document, streaming past its record array (the first top-level member holding an
        /// array whose name is not a field of a record, as <see cref="JsonRecordReader"/> chooses it); <c>null</c> for a
        /// top-level array, a single record, or input that is not such a JSON object. A member value larger than
        /// <see cref="InputLimits.MaxRecordSize"/>, or more than <see cref="DocumentEnvelope.MaxMembers"/> members, is a located error.
        /// </summary>
        /// <param name="utf8">The document in UTF-8 (a byte-order mark is skipped); read to its end and left open.</param>
        /// <param name="limits">The input guard.</param>
        /// <param name="file">The file name for locations.</param>
        /// <exception cref="InputException">The JSON is malformed or over a limit.</exception>
        public static DocumentEnvelope? Read(Stream utf8, InputLimits? limits = null, string? file = null)
        {
            if (utf8 is null)
            {
                throw new ArgumentNullException(nameof(utf8));
            }

            InputLimits guard = limits ?? InputLimits.Default;
            var where = new SourceLocation { File = file };
            var buffer = new byte[64 * 1024];
            int length = 0;
            bool final = false;
            var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = Math.Max(guard.MaxDepth, 2) + 2, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var members = new List<KeyValuePair<string, JsonElement>>();
            string? records = null;
            int recordsPosition = 0;
            string? pending = null;
            bool started = false;
            bool first = true;
            long skipping = -1;
            try
            {
                while (true)
                {
                    if (!final && length < buffer.Length)
                    {
                        int read = utf8.Read(buffer, length, buffer.Length - length);
                        final = read == 0;
                        length += read;
                        if (first && length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                        {
                            Buffer.BlockCopy(buffer, 3, buffer, 0, length - 3);
                            length -= 3;
                        }

                        first = false;
                        if (!final)
                        {
                            continue;
                        }
                    }

                    var reader = new Utf8JsonReader(buffer.AsSpan(0, length), final, state);
                    bool done = false;
                    while (true)
                    {
                        Utf8JsonReader before = reader;
                        if (skipping >= 0)
                        {
                            if (!reader.Read())
                            {
                                break;
                            }

                            if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == skipping)
                            {
                                skipping = -1;
                            }

                            continue;
                        }

                        if (!reader.Read())
                        {
                            break;
                        }

                        if (!started)
                        {
                            if (reader.TokenType != JsonTokenType.StartObject)
                            {
                                return null;
                            }

                            started = true;
                            continue;
                        }

                        if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
                        {
                            done = true;
                            break;
                        }

                        if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                        {
                            pending = reader.GetString();
                            continue;
                        }

                        if (pending is null)
                        {
                            continue;
                        }

                        if (reader.TokenType == JsonTokenType.StartArray && records is null && !DocumentKindDetector.AllFieldCodes.Contains(pending))
                        {
                            records = pending;
                            recordsPosition = members.Count;
                            skipping = reader.CurrentDepth;
                            pending = null;
                            continue;
                        }

                        if (reader.TokenType == JsonTokenType.StartArray || reader.TokenType == JsonTokenType.StartObject)
                        {
                            Utf8JsonReader probe = reader;
                            if (!probe.TrySkip())
                            {
                                reader = before;
                                break;
                            }
                        }

                        if (members.Count >= DocumentEnvelope.MaxMembers)
                        {
                            throw new InputException(where, new BilingualText($"文档的顶层成员超过 {DocumentEnvelope.MaxMembers} 个，不是记录数组外的文档信息。", $"The document has more than {DocumentEnvelope.MaxMembers} top-level members: they are not an envelope around a record array."));
                        }

                        using (JsonDocument value = JsonDocument.ParseValue(ref reader))
                        {
                            members.Add(new KeyValuePair<string, JsonElement>(pending, value.RootElement.Clone()));
                        }

                        pending = null;
                    }

                    if (done || final)
                    {
                        break;
                    }

                    int consumed = (int)reader.BytesConsumed;
                    state = reader.CurrentState;
                    if (consumed == 0 && length == buffer.Length)
                    {
                        if (buffer.Length >= guard.MaxRecordSize)
                        {
                            throw new InputException(where, InputLimits.Exceeded("文档信息中一个成员的字节数", "The size in bytes of a member of the document's envelope", "record", guard.MaxRecordSize));
                        }

                        Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, guard.MaxRecordSize));
                    }
                    else
                    {
                        Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
                        length -= consumed;
                    }
                }
            }
            catch (JsonException e)
            {
                throw new InputException(where with { Line = e.LineNumber + 1, Column = e.BytePositionInLine + 1 }, new BilingualText("JSON 语法错误：" + e.Message, "JSON syntax error: " + e.Message), e);
            }

            return records is null ? null : new DocumentEnvelope(records, recordsPosition, members);
        }
    }
}
