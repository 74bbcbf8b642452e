using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace GovDisclosure.Standard.Generators.Tests.Infrastructure
{
    /// <summary>
    /// What the headers of a packed assembly say: whether it carries ReadyToRun (precompiled) code, for which
    /// platform, and which compilation its metadata comes from (the module version id, kept by the ReadyToRun compiler).
    /// </summary>
    internal sealed record ReadyToRunImage(bool HasNativeCode, ushort Machine, Guid ModuleVersionId)
    {
        public static ReadyToRunImage Read(Stream assembly)
        {
            using MemoryStream copy = new MemoryStream();
            assembly.CopyTo(copy);
            copy.Position = 0;
            using PEReader reader = new PEReader(copy);
            CorHeader cor = reader.PEHeaders.CorHeader ?? throw new InvalidDataException("not a .NET assembly");
            MetadataReader metadata = reader.GetMetadataReader();
            return new ReadyToRunImage(
                cor.ManagedNativeHeaderDirectory.Size > 0,
                (ushort)reader.PEHeaders.CoffHeader.Machine,
                metadata.GetGuid(metadata.GetModuleDefinition().Mvid));
        }

        /// <summary>
        /// The PE machine value a ReadyToRun image for <paramref name="runtimeIdentifier"/> (os-arch) has: the
        /// architecture's value, XOR-ed with the operating system's (0 for Windows), as the runtime's loader checks it.
        /// </summary>
        public static ushort MachineOf(string runtimeIdentifier)
        {
            string[] parts = runtimeIdentifier.Split('-');
            ushort architecture = parts[1] switch
            {
                "x64" => 0x8664,
                "arm64" => 0xAA64,
                _ => throw new ArgumentException("unknown architecture: " + runtimeIdentifier),
            };
            ushort system = parts[0] switch
            {
                "win" => 0,
                "linux" => 0x7B79,
                "osx" => 0x4644,
                _ => throw new ArgumentException("unknown operating system: " + runtimeIdentifier),
            };
            return (ushort)(architecture ^ system);
        }

        /// <summary>This machine's portable runtime identifier (linux-x64, win-arm64, …).</summary>
        public static string HostRuntimeIdentifier()
        {
            string system = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
            return system + "-" + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        }
    }
}
