using System;
using System.Buffers;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// The reused UTF-8 buffer the binder writes a record's canonical JSON into: it grows as needed
    /// and is emptied, not freed, between records.
    /// </summary>
    internal sealed class BoundBuffer : IBufferWriter<byte>
    {
        private byte[] bytes;
        private int written;

        public BoundBuffer(int capacity)
        {
            bytes = new byte[capacity];
        }

        /// <summary>The bytes written since the buffer was last emptied.</summary>
        public ReadOnlySpan<byte> WrittenSpan => new ReadOnlySpan<byte>(bytes, 0, written);

        /// <summary>How many bytes the buffer holds without growing.</summary>
        public int Capacity => bytes.Length;

        /// <summary>Empties the buffer, keeping its memory.</summary>
        public void Clear() => written = 0;

        /// <inheritdoc/>
        public void Advance(int count)
        {
            if (count < 0 || written + count > bytes.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            written += count;
        }

        /// <inheritdoc/>
        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return new Memory<byte>(bytes, written, bytes.Length - written);
        }

        /// <inheritdoc/>
        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return new Span<byte>(bytes, written, bytes.Length - written);
        }

        private void Ensure(int sizeHint)
        {
            int needed = Math.Max(sizeHint, 1);
            if (bytes.Length - written < needed)
            {
                Array.Resize(ref bytes, Math.Max(bytes.Length * 2, written + needed));
            }
        }
    }
}
