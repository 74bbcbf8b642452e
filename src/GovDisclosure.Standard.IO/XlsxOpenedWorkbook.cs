using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Threading;
using GovDisclosure.Standard.Json;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// What <see cref="SourceInput.Open(string, InputOptions?)"/> learnt when it opened a workbook (打开的工作簿) and chose
    /// its sheet: the sheet names, the sheet chosen and the ZIP entry of its worksheet part, the shared-strings table,
    /// which cell formats are dates, the merged ranges and the envelope. The first reader of the records takes it over
    /// (<see cref="TryReopen"/>): it reads the sheet's entry straight from the ZIP archive, with no second opening of the
    /// package by the Open XML SDK, no second measuring of its parts and no second reading of the shared strings or
    /// styles — all of which, on the same bytes, give what they gave at opening. It is taken only when the reader would
    /// choose the same sheet and the entry is still the one measured (same name, CRC-32 and length); otherwise the
    /// reader opens the workbook afresh, as before. The shared-strings table (in files past a size) then belongs to the
    /// reader that took it, which disposes it; one never taken is closed with its files when collected.
    /// </summary>
    internal sealed class XlsxOpenedWorkbook
    {
        private XlsxSharedStrings? sharedStrings;

        /// <summary>Every ZIP entry of the package as opening measured it: name, CRC-32 (<see cref="Stamp"/>), unpacked length, in order.</summary>
        private readonly IReadOnlyList<(string Name, uint Crc, long Length)> entries;

        public XlsxOpenedWorkbook(IReadOnlyList<string> sheetNames, int sheetIndex, string entryName, uint crc, long length, XlsxSheetMerges merges, XlsxSharedStrings sharedStrings, List<bool> dateStyles, DocumentEnvelope? envelope, IReadOnlyList<(string Name, uint Crc, long Length)> entries)
        {
            this.entries = entries;
            SheetNames = sheetNames;
            SheetIndex = sheetIndex;
            EntryName = entryName;
            Crc = crc;
            Length = length;
            Merges = merges;
            this.sharedStrings = sharedStrings;
            DateStyles = dateStyles;
            Envelope = envelope;
        }

        /// <summary>The names of every sheet of the workbook, in order.</summary>
        public IReadOnlyList<string> SheetNames { get; }

        /// <summary>The 0-based index of the sheet chosen.</summary>
        public int SheetIndex { get; }

        /// <summary>The name of the ZIP entry that holds the sheet's worksheet part.</summary>
        public string EntryName { get; }

        /// <summary>The entry's CRC-32 as the archive's directory gives it (<see cref="Stamp"/>).</summary>
        public uint Crc { get; }

        /// <summary>The entry's unpacked length in bytes.</summary>
        public long Length { get; }

        /// <summary>The merged ranges of the sheet chosen.</summary>
        public XlsxSheetMerges Merges { get; }

        /// <summary>Which cell formats (by index) show a number as a date.</summary>
        public List<bool> DateStyles { get; }

        /// <summary>The members around the records, from the envelope sheet, or <c>null</c>.</summary>
        public DocumentEnvelope? Envelope { get; }

        /// <summary>
        /// Reopens the sheet's entry in <paramref name="stream"/> for a reader that chose sheet <paramref name="chosen"/>:
        /// the archive (left open on the stream), the entry and the shared-strings table, which is handed over once.
        /// <c>false</c> — nothing taken, the stream at its start — when another sheet is chosen, the table was taken
        /// already, or the archive no longer holds the entry as measured.
        /// </summary>
        public bool TryReopen(Stream stream, int chosen, out ZipArchive archive, out ZipArchiveEntry entry, out XlsxSharedStrings strings)
        {
            archive = null!;
            entry = null!;
            strings = null!;
            if (chosen != SheetIndex || Volatile.Read(ref sharedStrings) is null || !stream.CanSeek)
            {
                return false;
            }

            long start = stream.Position;
            ZipArchive? opened = null;
            try
            {
                opened = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
                if (opened.GetEntry(EntryName) is ZipArchiveEntry found && Stamp(found) == Crc && found.Length == Length
                    && Interlocked.Exchange(ref sharedStrings, null) is XlsxSharedStrings taken)
                {
                    archive = opened;
                    entry = found;
                    strings = taken;
                    return true;
                }
            }
            catch (Exception e) when (e is InvalidDataException || e is IOException || e is ArgumentException || e is NotSupportedException)
            {
                // Read as before, by the SDK, which reports what is wrong.
            }

            opened?.Dispose();
            stream.Position = start;
            return false;
        }

        /// <summary>
        /// The envelope found at opening, for <see cref="SourceInput.Envelope"/> reading it afresh with sheet
        /// <paramref name="chosen"/>: taken when that is the sheet chosen at opening and every ZIP entry of
        /// <paramref name="stream"/> is still as measured then (the same names, CRC-32s and lengths, in the same order), so that
        /// opening the package again — measuring its parts, reading its shared strings, styles and header — would find it
        /// again. <c>false</c> otherwise (the stream at its start), or when the stream is no ZIP archive the framework reads.
        /// </summary>
        public bool TryEnvelope(Stream stream, int chosen, out DocumentEnvelope? envelope)
        {
            envelope = null;
            if (chosen != SheetIndex || !stream.CanSeek)
            {
                return false;
            }

            long start = stream.Position;
            try
            {
                using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
                IReadOnlyCollection<ZipArchiveEntry> found = archive.Entries;
                if (found.Count == entries.Count)
                {
                    int i = 0;
                    bool same = true;
                    foreach (ZipArchiveEntry entry in found)
                    {
                        (string name, uint crc, long length) = entries[i++];
                        same &= string.Equals(entry.FullName, name, StringComparison.Ordinal) && Stamp(entry) == crc && entry.Length == length;
                    }

                    if (same)
                    {
                        envelope = Envelope;
                        return true;
                    }
                }
            }
            catch (Exception e) when (e is InvalidDataException || e is IOException || e is ArgumentException || e is NotSupportedException)
            {
                // Read as before, by the SDK, which reports what is wrong.
            }

            stream.Position = start;
            return false;
        }

        /// <summary>What tells an entry's bytes apart beside its length: its CRC-32 (its packed length where the framework does not give the CRC).</summary>
        public static uint Stamp(ZipArchiveEntry entry) =>
#if NET
            entry.Crc32;
#else
            unchecked((uint)entry.CompressedLength);
#endif

        /// <summary>
        /// The name of the one ZIP entry holding <paramref name="part"/> (its URI, with the leading slash), with its CRC-32 and
        /// length, among the entries of the archive; <c>null</c> when none or several (in any letter case) spell it exactly.
        /// </summary>
        public static (string Name, uint Crc, long Length)? EntryOf(IReadOnlyList<(string Name, uint Crc, long Length)> entries, string part)
        {
            (string Name, uint Crc, long Length)? found = null;
            foreach ((string Name, uint Crc, long Length) entry in entries)
            {
                if (part.Length == entry.Name.Length + 1 && part[0] == '/' && string.Compare(part, 1, entry.Name, 0, entry.Name.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    if (found != null || string.CompareOrdinal(part, 1, entry.Name, 0, entry.Name.Length) != 0)
                    {
                        return null;
                    }

                    found = entry;
                }
            }

            return found;
        }
    }
}
