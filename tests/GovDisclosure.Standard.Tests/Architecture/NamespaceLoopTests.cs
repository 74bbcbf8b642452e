using System;
using System.Linq;

namespace GovDisclosure.Standard.Tests.Architecture
{
    /// <summary>No namespace of ours uses, directly or through others, a namespace that uses it back.</summary>
    public class NamespaceLoopTests
    {
        private const string Validation = "GovDisclosure.Standard.Validation";

        /// <summary>
        /// Validation and its rule folders count as one node: the public façade (<c>RuleSet</c>,
        /// <c>DisclosureValidator</c>, the standard set) shares the <c>Validation</c> namespace with the
        /// base types the rules derive from, so the folders and the façade use each other. Splitting
        /// them is a breaking rename of the most used namespace and is left to its own change.
        /// </summary>
        private static string Node(string ns) => ns.StartsWith(Validation + ".", StringComparison.Ordinal) ? Validation : ns;

        [Fact]
        public void No_namespace_of_the_shipped_assemblies_is_part_of_a_loop()
        {
            NamespaceGraph graph = NamespaceGraph.Of(Layers.All.Select(l => l.Assembly.Location), Node);
            var loops = graph.Loops();
            Assert.True(loops.Count == 0, "Namespace loops:\n" + string.Join("\n", loops.Select(l => string.Join(" ⇄ ", l) + "\n" + graph.Describe(l))));
        }

        [Fact]
        public void Unfolded_the_only_loop_is_within_validation_and_its_rule_folders()
        {
            // Without the grouping above, every namespace outside Validation is still in no loop: the one strongly connected
            // component is Validation with its rule folders, and no namespace of another layer or of the core joins it.
            NamespaceGraph graph = NamespaceGraph.Of(Layers.All.Select(l => l.Assembly.Location));
            var outside = graph.Loops().Where(loop => loop.Any(n => n != Validation && !n.StartsWith(Validation + ".", StringComparison.Ordinal))).ToList();
            Assert.True(outside.Count == 0, "Namespace loops beyond Validation:\n" + string.Join("\n", outside.Select(l => string.Join(" ⇄ ", l) + "\n" + graph.Describe(l))));
        }

        [Fact]
        public void The_graph_sees_the_arrows_that_exist()
        {
            NamespaceGraph graph = NamespaceGraph.Of(Layers.All.Select(l => l.Assembly.Location));
            Assert.Contains("GovDisclosure.Standard.Catalogue", graph.Edges["GovDisclosure.Standard.Validation.CatalogueEntries"].Keys);
            Assert.Contains("GovDisclosure.Standard.Input.Tabular", graph.Edges["GovDisclosure.Standard.Input"].Keys);
        }

        [Fact]
        public void The_graph_finds_a_loop_where_there_is_one()
        {
            // Unfolded, Validation and its rule folders do use each other: the check can fail.
            NamespaceGraph graph = NamespaceGraph.Of(Layers.All.Select(l => l.Assembly.Location));
            Assert.Contains(graph.Loops(), loop => loop.Contains(Validation) && loop.Contains(Validation + ".Structure"));
        }
    }
}
