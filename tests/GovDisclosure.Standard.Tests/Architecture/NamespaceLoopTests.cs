using System.Linq;

namespace GovDisclosure.Standard.Tests.Architecture
{
    /// <summary>No namespace of ours uses, directly or through others, a namespace that uses it back.</summary>
    public class NamespaceLoopTests
    {
        [Fact]
        public void No_namespace_of_the_shipped_assemblies_is_part_of_a_loop()
        {
            NamespaceGraph graph = NamespaceGraph.Of(Layers.All.Select(l => l.Assembly.Location));
            var loops = graph.Loops();
            Assert.True(loops.Count == 0, "Namespace loops:\n" + string.Join("\n", loops.Select(l => string.Join(" ⇄ ", l) + "\n" + graph.Describe(l))));
        }

        [Fact]
        public void The_graph_sees_the_arrows_that_exist()
        {
            NamespaceGraph graph = NamespaceGraph.Of(Layers.All.Select(l => l.Assembly.Location));
            Assert.Contains("GovDisclosure.Standard.Catalogue", graph.Edges["GovDisclosure.Standard.Validation.CatalogueEntries"].Keys);
            Assert.Contains("GovDisclosure.Standard", graph.Edges["GovDisclosure.Standard.Input"].Keys);
        }
    }
}
