using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Review;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Tests.Architecture
{
    /// <summary>
    /// The shipped assemblies, bottom first, with the namespaces each owns and the third-party
    /// assemblies it may use. An assembly may depend only on assemblies listed before it.
    /// </summary>
    internal static class Layers
    {
        public static readonly Layer Core = new Layer(typeof(DocumentKind).Assembly, new[] { "Ardalis.SmartEnum", "System.Text.Json" });

        public static readonly Layer IO = new Layer(typeof(SourceInput).Assembly, new[] { "Sylvan.Data.Csv", "DocumentFormat.OpenXml", "System.IO.Packaging", "System.Text.Encoding.CodePages" });

        public static readonly Layer Validation = new Layer(typeof(RuleSet).Assembly, Array.Empty<string>());

        public static readonly Layer Reporting = new Layer(typeof(ValidationRun).Assembly, Array.Empty<string>());

        public static readonly Layer Review = new Layer(typeof(ReviewDiff).Assembly, Array.Empty<string>());

        /// <summary>Each layer with the layers it may use.</summary>
        public static IEnumerable<(Layer Layer, Layer[] Below)> WithAllowed()
        {
            yield return (Core, Array.Empty<Layer>());
            yield return (IO, new[] { Core });
            yield return (Validation, new[] { Core });
            yield return (Reporting, new[] { Core, IO, Validation });
            yield return (Review, new[] { Core });
        }

        public static IEnumerable<Layer> All => WithAllowed().Select(l => l.Layer);
    }

    /// <summary>One shipped assembly.</summary>
    internal sealed class Layer
    {
        public Layer(Assembly assembly, string[] thirdParty)
        {
            Assembly = assembly;
            ThirdParty = thirdParty;
        }

        public Assembly Assembly { get; }

        public string Name => Assembly.GetName().Name!;

        /// <summary>Third-party assemblies this layer may reference besides the framework.</summary>
        public string[] ThirdParty { get; }

        /// <summary>The namespaces of the layer's types (compiler-generated types left out).</summary>
        public string[] Namespaces => Assembly.GetTypes()
            .Where(t => t.Namespace != null && t.Namespace.StartsWith("GovDisclosure.Standard", StringComparison.Ordinal))
            .Select(t => t.Namespace!).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToArray();

        public override string ToString() => Name;
    }
}
