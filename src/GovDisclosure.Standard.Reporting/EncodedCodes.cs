using System;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// The short texts a report writes again and again (a rule's id, category code and message id, a severity or record
    /// status, an argument's name), each encoded once for the report's writer (<see cref="JsonEncodedText"/>): a finding
    /// copies their bytes instead of checking and transcoding each string every time. A text is found first by the
    /// identity of its string object (the rule's own strings and the labels' constants come back as the same objects), then
    /// by its characters; one a writer, not for sharing between threads.
    /// </summary>
    internal sealed class EncodedCodes
    {
        /// <summary>How many texts are encoded at most; another is written as a string each time, as it was.</summary>
        private const int MostKept = 1024;

        /// <summary>Texts longer than this are written as strings (a code is short; a finding's text is not a code).</summary>
        private const int LongestKept = 64;

        private const int Slots = 128;

        private readonly JavaScriptEncoder encoder;
        private readonly Slot[] slots = new Slot[Slots];
        /// <summary>
        /// Every text encoded, by its characters. Its values are objects, not the encoded texts themselves: a dictionary over
        /// reference types runs the framework's precompiled code, where one over <see cref="JsonEncodedText"/> is compiled
        /// when a run writes its first finding.
        /// </summary>
        private readonly Dictionary<string, KeptText> known = new Dictionary<string, KeptText>(StringComparer.Ordinal);

        /// <summary>Encodes as a writer with <paramref name="encoder"/> does.</summary>
        /// <param name="encoder">The writer's encoder (<see cref="JsonWriterOptions.Encoder"/>).</param>
        public EncodedCodes(JavaScriptEncoder encoder)
        {
            this.encoder = encoder ?? throw new ArgumentNullException(nameof(encoder));
        }

        /// <summary>Writes <paramref name="name"/> with <paramref name="value"/>: the bytes <see cref="Utf8JsonWriter.WriteString(JsonEncodedText, string)"/> writes.</summary>
        public void Write(Utf8JsonWriter writer, JsonEncodedText name, string value)
        {
            if (TryGet(value, out JsonEncodedText encoded))
            {
                writer.WriteString(name, encoded);
            }
            else
            {
                writer.WriteString(name, value);
            }
        }

        /// <summary>Writes the start of an object named <paramref name="name"/>, as <see cref="Utf8JsonWriter.WriteStartObject(string)"/> does.</summary>
        public void WriteStartObject(Utf8JsonWriter writer, string name)
        {
            if (TryGet(name, out JsonEncodedText encoded))
            {
                writer.WriteStartObject(encoded);
            }
            else
            {
                writer.WriteStartObject(name);
            }
        }

        /// <summary>
        /// <paramref name="text"/> encoded, when it is kept: <c>false</c> for <c>null</c>, a long text, one past
        /// <see cref="MostKept"/>, or one the encoder refuses (not well-formed UTF-16), which the writer then writes itself.
        /// </summary>
        public bool TryGet(string? text, out JsonEncodedText encoded)
        {
            encoded = default;
            if (text is null || text.Length > LongestKept)
            {
                return false;
            }

            ref Slot slot = ref slots[SlotOf(text)];
            if (ReferenceEquals(slot.Text, text))
            {
                encoded = slot.Encoded;
                return true;
            }

            if (known.TryGetValue(text, out KeptText? kept))
            {
                encoded = kept.Encoded;
            }
            else
            {
                if (known.Count >= MostKept)
                {
                    return false;
                }

                try
                {
                    encoded = JsonEncodedText.Encode(text, encoder);
                }
                catch (ArgumentException)
                {
                    return false;
                }

                known.Add(text, new KeptText(encoded));
            }

            slot.Text = text;
            slot.Encoded = encoded;
            return true;
        }

        /// <summary>
        /// The slot of a short text: a hash of all its characters (rule ids differ in one digit). Not the string's own hash
        /// code, which is randomized and slower; the slot only decides what is remembered, a hit is still the same object.
        /// </summary>
        private static int SlotOf(string text)
        {
            uint h = 2166136261;
            for (int i = 0; i < text.Length; i++)
            {
                h = (h ^ text[i]) * 16777619;
            }

            h ^= h >> 15;
            return (int)(h & (Slots - 1));
        }

        /// <summary>A text's encoding, as <see cref="known"/> keeps it.</summary>
        private sealed class KeptText
        {
            public KeptText(JsonEncodedText encoded)
            {
                Encoded = encoded;
            }

            public JsonEncodedText Encoded { get; }
        }

        /// <summary>A text last found in its slot, and its encoding.</summary>
        private struct Slot
        {
            public string? Text;
            public JsonEncodedText Encoded;
        }
    }
}
