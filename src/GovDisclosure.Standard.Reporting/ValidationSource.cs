using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>One input of a <see cref="ValidationRun"/> (待校验的输入): a file path or a caller's stream, with how to read it.</summary>
    public sealed class ValidationSource
    {
        private readonly string? path;
        private readonly Stream? stream;

        private ValidationSource(string name, string? path, Stream? stream, InputOptions options)
        {
            Name = name;
            this.path = path;
            this.stream = stream;
            Options = options;
        }

        /// <summary>The name reports and locations use: the path as given, or the name given to a stream.</summary>
        public string Name { get; }

        /// <summary>What to force instead of detecting (format, kind, encoding, sheet).</summary>
        public InputOptions Options { get; }

        /// <summary>A file.</summary>
        /// <param name="path">The file.</param>
        /// <param name="options">What to force instead of detecting; its display name, when set, names the file in reports.</param>
        /// <returns>The source.</returns>
        public static ValidationSource FromFile(string path, InputOptions? options = null)
        {
            if (path is null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            InputOptions effective = options ?? new InputOptions();
            return new ValidationSource(effective.DisplayName ?? path, path, null, effective);
        }

        /// <summary>
        /// The files of a folder (一个文件夹中的文件) that name a known format by their extension (<c>.json</c>, <c>.jsonl</c>,
        /// <c>.csv</c>, <c>.xlsx</c>, <c>.xls</c>, <c>.html</c>, <c>.pdf</c> …), in ordinal order of their names; its sub-folders
        /// and other files (notes, images) are not read.
        /// </summary>
        /// <param name="folder">The folder.</param>
        /// <param name="options">What to force instead of detecting, for every file.</param>
        /// <returns>The sources; empty when the folder holds no such file.</returns>
        /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
        public static IReadOnlyList<ValidationSource> FromFolder(string folder, InputOptions? options = null)
        {
            if (folder is null)
            {
                throw new ArgumentNullException(nameof(folder));
            }

            InputOptions effective = (options ?? new InputOptions()) with { DisplayName = null };
            return Directory.EnumerateFiles(folder)
                .Where(path => SourceInput.FormatOfName(path) != null)
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => FromFile(path, effective))
                .ToArray();
        }

        /// <summary>A caller's stream (an upload, a blob): read, never closed. It must be readable; one that cannot seek (a request body, a pipe) is read once, to its end, into a temporary file.</summary>
        /// <param name="stream">The content.</param>
        /// <param name="name">The name reports use (e.g. the uploaded file's name; its extension helps tell the format).</param>
        /// <param name="options">What to force instead of detecting.</param>
        /// <returns>The source.</returns>
        public static ValidationSource FromStream(Stream stream, string name, InputOptions? options = null)
        {
            if (stream is null)
            {
                throw new ArgumentNullException(nameof(stream));
            }

            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            return new ValidationSource(name, null, stream, options ?? new InputOptions());
        }

        /// <summary>Opens the input.</summary>
        /// <param name="kind">The document kind to read when the options force none (<c>null</c>: detect it).</param>
        internal SourceInput Open(DocumentKind? kind = null)
        {
            InputOptions named = Options with { DisplayName = Name, Kind = Options.Kind ?? kind };
            return path != null ? SourceInput.Open(path, named) : SourceInput.Open(stream!, named);
        }
    }
}
