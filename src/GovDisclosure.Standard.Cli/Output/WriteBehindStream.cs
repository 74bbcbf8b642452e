using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace GovDisclosure.Standard.Cli.Output
{
    /// <summary>
    /// The report file, written behind the run (报告文件的后台写出): the bytes the report writer writes are gathered in blocks of
    /// <see cref="BlockSize"/>, and each full block is written to the file by a thread of the stream's own while the run goes on
    /// reading and checking records. The thread that reads the input also takes the results in input order and writes the
    /// report; on a file with many findings (a report several times the input's size) the file system's copy of those bytes
    /// was a tenth of that thread's time, which the other cores now do. At most <see cref="BlocksInFlight"/> blocks are
    /// held: a writer faster than the disk waits for a block to be written. The file gets the same bytes in the same
    /// order. <see cref="Flush"/> returns once every byte written before it is in the file (and the file flushed), as a
    /// <see cref="FileStream"/>'s does; a failure of the file (a full disk) is thrown by the next <see cref="Write(ReadOnlySpan{byte})"/>,
    /// <see cref="Flush"/> or <see cref="Dispose(bool)"/>, the file's own exception, and nothing is written after it.
    /// For one writing thread at a time, as any stream.
    /// </summary>
    internal sealed class WriteBehindStream : Stream
    {
        /// <summary>How many bytes are handed to the file at a time: the report writers' own runs (64 KiB), so a run is one write.</summary>
        public const int BlockSize = 1024 * 1024;

        /// <summary>How many blocks are held at most (filled, being written, or free): 256 KiB, whatever the report's size.</summary>
        public const int BlocksInFlight = 4;

        private readonly Stream file;
        private readonly int blockSize;
        private readonly object gate = new object();
        private readonly Queue<(byte[] Block, int Length)> filled = new Queue<(byte[] Block, int Length)>(BlocksInFlight);
        private readonly Stack<byte[]> free = new Stack<byte[]>(BlocksInFlight);
        private byte[] block;
        private int used;
        private int blocksMade = 1;

        /// <summary>Whether the thread is writing a block it has taken (so the file has not got it yet).</summary>
        private bool writing;
        private bool closing;
        private bool disposed;
        private long position;
        private Thread? thread;
        private ExceptionDispatchInfo? failure;

        /// <summary>A stream that writes to <paramref name="file"/> behind its writer; <paramref name="file"/> is disposed with it.</summary>
        public WriteBehindStream(Stream file)
            : this(file, BlockSize)
        {
        }

        /// <summary>As <see cref="WriteBehindStream(Stream)"/>, with blocks of <paramref name="blockSize"/> bytes (tests use a few bytes).</summary>
        internal WriteBehindStream(Stream file, int blockSize)
        {
            this.file = file ?? throw new ArgumentNullException(nameof(file));
            if (!file.CanWrite)
            {
                throw new ArgumentException("The file must be writable.", nameof(file));
            }

            this.blockSize = blockSize > 0 ? blockSize : throw new ArgumentOutOfRangeException(nameof(blockSize));
            block = new byte[blockSize];
        }

        /// <inheritdoc />
        public override bool CanRead => false;

        /// <inheritdoc />
        public override bool CanSeek => false;

        /// <inheritdoc />
        public override bool CanWrite => !disposed;

        /// <inheritdoc />
        public override long Length => throw new NotSupportedException();

        /// <summary>How many bytes have been written to the stream (not all of them in the file yet).</summary>
        public override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        /// <inheritdoc />
        public override void Write(byte[] buffer, int offset, int count)
        {
            if (buffer is null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            Write(new ReadOnlySpan<byte>(buffer, offset, count));
        }

        /// <inheritdoc />
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            ThrowIfClosedOrFailed();
            while (!buffer.IsEmpty)
            {
                int taken = Math.Min(buffer.Length, blockSize - used);
                buffer.Slice(0, taken).CopyTo(block.AsSpan(used));
                used += taken;
                position += taken;
                buffer = buffer.Slice(taken);
                if (used == blockSize)
                {
                    HandOver();
                }
            }
        }

        /// <inheritdoc />
        public override void WriteByte(byte value)
        {
            ThrowIfClosedOrFailed();
            block[used++] = value;
            position++;
            if (used == blockSize)
            {
                HandOver();
            }
        }

        /// <summary>Returns once every byte written so far is in the file and the file is flushed.</summary>
        public override void Flush()
        {
            ThrowIfClosedOrFailed();
            if (used > 0)
            {
                HandOver();
            }

            lock (gate)
            {
                while ((filled.Count > 0 || writing) && failure is null)
                {
                    Monitor.Wait(gate);
                }
            }

            Volatile.Read(ref failure)?.Throw();
            file.Flush();
        }

        /// <inheritdoc />
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        /// <inheritdoc />
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        /// <inheritdoc />
        public override void SetLength(long value) => throw new NotSupportedException();

        /// <summary>Writes what is left, ends the thread and disposes the file; a failure of the file is thrown after the file is disposed.</summary>
        protected override void Dispose(bool disposing)
        {
            if (!disposing || disposed)
            {
                base.Dispose(disposing);
                return;
            }

            try
            {
                if (failure is null)
                {
                    Flush();
                }
            }
            finally
            {
                disposed = true;
                lock (gate)
                {
                    closing = true;
                    Monitor.PulseAll(gate);
                }

                thread?.Join();
                file.Dispose();
                base.Dispose(disposing);
            }

            failure?.Throw();
        }

        /// <summary>Hands the block being filled to the thread and takes a free one, waiting while every block is held.</summary>
        private void HandOver()
        {
            lock (gate)
            {
                failure?.Throw();
                filled.Enqueue((block, used));
                Monitor.PulseAll(gate);
                if (thread is null)
                {
                    thread = new Thread(WriteBlocks) { IsBackground = true, Name = "govdisclosure report file" };
                    thread.Start();
                }

                while (free.Count == 0 && blocksMade == BlocksInFlight && failure is null)
                {
                    Monitor.Wait(gate);
                }

                failure?.Throw();
                if (free.Count > 0)
                {
                    block = free.Pop();
                }
                else
                {
                    block = new byte[blockSize];
                    blocksMade++;
                }

                used = 0;
            }
        }

        /// <summary>The thread's work: the filled blocks written to the file in order, until the stream is closed or the file fails.</summary>
        private void WriteBlocks()
        {
            while (true)
            {
                (byte[] Block, int Length) next;
                lock (gate)
                {
                    while (filled.Count == 0 && !closing)
                    {
                        Monitor.Wait(gate);
                    }

                    if (filled.Count == 0)
                    {
                        return;
                    }

                    next = filled.Dequeue();
                    writing = true;
                }

                try
                {
                    file.Write(next.Block, 0, next.Length);
                }
                catch (Exception e)
                {
                    lock (gate)
                    {
                        // Nothing is written after a failure: the blocks behind it are let go, and the writer hears of it.
                        failure = ExceptionDispatchInfo.Capture(e);
                        filled.Clear();
                        writing = false;
                        Monitor.PulseAll(gate);
                    }

                    return;
                }

                lock (gate)
                {
                    free.Push(next.Block);
                    writing = false;
                    Monitor.PulseAll(gate);
                }
            }
        }

        private void ThrowIfClosedOrFailed()
        {
            if (disposed)
            {
                throw new ObjectDisposedException(nameof(WriteBehindStream));
            }

            // Set by the thread under the gate; a failure not seen here yet is seen by the next hand-over, which takes the gate.
            Volatile.Read(ref failure)?.Throw();
        }
    }
}
