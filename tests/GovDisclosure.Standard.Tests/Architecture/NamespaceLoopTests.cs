using System;
using System.Linq;

namespace GovDisclosure.Standard.Tests.Architecture
{
    /// <summary>No namespace of ours uses, directly or through others, a namespace that uses it back.</summary>
    public class NamespaceLoopTests
    {
        private const string Validation = "GovDisclosure.Standard.Validation";

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
            Assert.Contains("GovDisclosure.Standard.Catalogue", graph.Edges[Validation + ".CatalogueEntries"].Keys);
            Assert.Contains("GovDisclosure.Standard.Input.Tabular", graph.Edges["GovDisclosure.Standard.Input"].Keys);

            // Within validation: the façade composes the rule folders, and the rule folders are written against Validation.Rules.
            Assert.Contains(Validation + ".Structure", graph.Edges[Validation].Keys);
            Assert.Contains(Validation + ".Rules", graph.Edges[Validation + ".AnnualReports"].Keys);
        }

        [Fact]
        public void The_search_finds_every_loop_and_nothing_else()
        {
            // A three-step loop, a two-step loop it points into, and a namespace that only uses the first.
            NamespaceGraph graph = NamespaceGraph.Of(new[]
            {
                ("A", "B"), ("B", "C"), ("C", "A"),
                ("C", "D"), ("D", "E"), ("E", "D"),
                ("F", "A"), ("E", "G"),
            });

            var loops = graph.Loops().Select(l => string.Join(" ", l)).OrderBy(l => l, StringComparer.Ordinal).ToArray();

            Assert.Equal(new[] { "A B C", "D E" }, loops);
            Assert.Contains("C → A", graph.Describe(new[] { "A", "B", "C" }));
        }

        [Fact]
        public void A_graph_whose_arrows_all_point_one_way_has_no_loop()
        {
            NamespaceGraph graph = NamespaceGraph.Of(new[] { ("Top", "Middle"), ("Middle", "Bottom"), ("Top", "Bottom") });

            Assert.Empty(graph.Loops());
        }
    }
}
