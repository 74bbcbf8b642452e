using System;
using System.Linq;
using NetArchTest.Rules;

namespace GovDisclosure.Standard.Tests.Architecture
{
    /// <summary>Every arrow points down: Core ← IO, Core ← Validation, (IO, Validation) ← Reporting; Core ← Review.</summary>
    public class LayeringTests
    {
        public static TheoryData<string> LayerNames() => new TheoryData<string>(Layers.All.Select(l => l.Name));

        [Theory]
        [MemberData(nameof(LayerNames))]
        public void A_layer_references_no_project_assembly_above_or_beside_it(string name)
        {
            (Layer layer, Layer[] below) = Layers.WithAllowed().Single(l => l.Layer.Name == name);
            string[] allowed = below.Select(l => l.Name).ToArray();
            string[] wrong = layer.Assembly.GetReferencedAssemblies()
                .Select(a => a.Name!)
                .Where(n => n.StartsWith("GovDisclosure", StringComparison.Ordinal) && !allowed.Contains(n))
                .ToArray();
            Assert.True(wrong.Length == 0, name + " references " + string.Join(", ", wrong) + "; it may use only " + (allowed.Length == 0 ? "nothing of ours" : string.Join(", ", allowed)));
        }

        [Theory]
        [MemberData(nameof(LayerNames))]
        public void No_type_of_a_layer_uses_a_namespace_of_a_layer_above_or_beside_it(string name)
        {
            (Layer layer, Layer[] below) = Layers.WithAllowed().Single(l => l.Layer.Name == name);
            string[] own = layer.Namespaces.Concat(below.SelectMany(l => l.Namespaces)).ToArray();
            string[] forbidden = Layers.All.Where(l => l != layer && !below.Contains(l))
                .SelectMany(l => l.Namespaces)
                .Where(n => !own.Contains(n))
                .Distinct()
                .ToArray();
            if (forbidden.Length == 0)
            {
                return;
            }

            TestResult result = Types.InAssembly(layer.Assembly).Should().NotHaveDependencyOnAny(forbidden).GetResult();
            Assert.True(result.IsSuccessful, name + " uses a layer above or beside it: " + string.Join(", ", result.FailingTypeNames ?? Array.Empty<string>()));
        }

        [Fact]
        public void The_core_carries_no_reader_or_writer_dependency()
        {
            string[] references = Layers.Core.Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
            Assert.DoesNotContain("Sylvan.Data.Csv", references);
            Assert.DoesNotContain("DocumentFormat.OpenXml", references);
        }

        [Theory]
        [MemberData(nameof(LayerNames))]
        public void A_layer_uses_only_its_own_third_party_packages_and_those_below(string name)
        {
            (Layer layer, Layer[] below) = Layers.WithAllowed().Single(l => l.Layer.Name == name);
            string[] ours = Layers.All.Select(l => l.Name).ToArray();
            string[] allowed = layer.ThirdParty.Concat(below.SelectMany(l => l.ThirdParty)).ToArray();
            string[] thirdParty = Layers.All.SelectMany(l => l.ThirdParty).ToArray();
            string[] wrong = layer.Assembly.GetReferencedAssemblies().Select(a => a.Name!)
                .Where(n => thirdParty.Contains(n) && !allowed.Contains(n) && !ours.Contains(n))
                .ToArray();
            Assert.True(wrong.Length == 0, name + " references " + string.Join(", ", wrong));
        }
    }
}
