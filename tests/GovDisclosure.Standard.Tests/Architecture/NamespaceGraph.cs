using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace GovDisclosure.Standard.Tests.Architecture
{
    /// <summary>
    /// Which namespace of ours uses which, read from the compiled IL of every shipped assembly (signatures,
    /// base types, attributes, fields, and every type, method and field a method body touches), so that a
    /// stale <c>using</c> counts for nothing and a fully qualified name counts as much as any other.
    /// </summary>
    internal sealed class NamespaceGraph
    {
        private const string Ours = "GovDisclosure.Standard";

        private NamespaceGraph(Dictionary<string, Dictionary<string, SortedSet<string>>> edges)
        {
            Edges = edges;
        }

        /// <summary>namespace → namespace it uses → the types of the first that use the second.</summary>
        public Dictionary<string, Dictionary<string, SortedSet<string>>> Edges { get; }

        /// <summary>The graph of the given assemblies.</summary>
        /// <param name="assemblyPaths">The assemblies.</param>
        public static NamespaceGraph Of(IEnumerable<string> assemblyPaths)
        {
            var edges = new Dictionary<string, Dictionary<string, SortedSet<string>>>(StringComparer.Ordinal);
            foreach (string path in assemblyPaths)
            {
                using AssemblyDefinition assembly = AssemblyDefinition.ReadAssembly(path);
                foreach (TypeDefinition type in assembly.MainModule.GetTypes())
                {
                    string from = NamespaceOf(type);
                    if (!IsOurs(from))
                    {
                        continue;
                    }

                    foreach (TypeReference used in Uses(type))
                    {
                        string to = NamespaceOf(used);
                        if (IsOurs(to) && to != from)
                        {
                            Add(edges, from, to, OuterMost(type).Name + " → " + OuterMost(used.GetElementType()).Name);
                        }
                    }
                }
            }

            return new NamespaceGraph(edges);
        }

        /// <summary>A graph of the given arrows, whatever their names: to prove the search for loops on a graph made for it.</summary>
        /// <param name="arrows">Which node uses which.</param>
        public static NamespaceGraph Of(IEnumerable<(string From, string To)> arrows)
        {
            var edges = new Dictionary<string, Dictionary<string, SortedSet<string>>>(StringComparer.Ordinal);
            foreach ((string from, string to) in arrows)
            {
                Add(edges, from, to, from + " → " + to);
            }

            return new NamespaceGraph(edges);
        }

        /// <summary>The strongly connected components with more than one namespace: each is a loop.</summary>
        public IReadOnlyList<string[]> Loops()
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var low = new Dictionary<string, int>(StringComparer.Ordinal);
            var stack = new Stack<string>();
            var onStack = new HashSet<string>(StringComparer.Ordinal);
            var loops = new List<string[]>();
            int next = 0;

            void Visit(string node)
            {
                index[node] = low[node] = next++;
                stack.Push(node);
                onStack.Add(node);
                foreach (string target in Edges.TryGetValue(node, out var targets) ? targets.Keys : Enumerable.Empty<string>())
                {
                    if (!index.ContainsKey(target))
                    {
                        Visit(target);
                        low[node] = Math.Min(low[node], low[target]);
                    }
                    else if (onStack.Contains(target))
                    {
                        low[node] = Math.Min(low[node], index[target]);
                    }
                }

                if (low[node] == index[node])
                {
                    var component = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != node);
                    if (component.Count > 1)
                    {
                        loops.Add(component.OrderBy(n => n, StringComparer.Ordinal).ToArray());
                    }
                }
            }

            foreach (string node in Edges.Keys.Concat(Edges.Values.SelectMany(v => v.Keys)).Distinct().OrderBy(n => n, StringComparer.Ordinal))
            {
                if (!index.ContainsKey(node))
                {
                    Visit(node);
                }
            }

            return loops;
        }

        /// <summary>The edges within a loop, with the types that make them, for a failure message.</summary>
        public string Describe(string[] loop) => string.Join(Environment.NewLine, loop.SelectMany(from =>
            (Edges.TryGetValue(from, out var targets) ? targets : new Dictionary<string, SortedSet<string>>())
                .Where(t => loop.Contains(t.Key))
                .Select(t => "  " + from + " → " + t.Key + ": " + string.Join(", ", t.Value.Take(6)))));

        private static void Add(Dictionary<string, Dictionary<string, SortedSet<string>>> edges, string from, string to, string why)
        {
            if (!edges.TryGetValue(from, out var targets))
            {
                edges[from] = targets = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            }

            if (!targets.TryGetValue(to, out var reasons))
            {
                targets[to] = reasons = new SortedSet<string>(StringComparer.Ordinal);
            }

            reasons.Add(why);
        }

        private static bool IsOurs(string ns) => ns == Ours || ns.StartsWith(Ours + ".", StringComparison.Ordinal);

        private static TypeReference OuterMost(TypeReference type)
        {
            while (type.DeclaringType != null)
            {
                type = type.DeclaringType;
            }

            return type;
        }

        private static string NamespaceOf(TypeReference type)
        {
            TypeReference element = type;
            while (element is TypeSpecification spec)
            {
                element = spec.ElementType;
            }

            return OuterMost(element).Namespace ?? string.Empty;
        }

        private static IEnumerable<TypeReference> Uses(TypeDefinition type)
        {
            var found = new List<TypeReference>();
            void Add(TypeReference? t)
            {
                if (t is null || t is GenericParameter)
                {
                    return;
                }

                found.Add(t);
                if (t is GenericInstanceType generic)
                {
                    foreach (TypeReference argument in generic.GenericArguments)
                    {
                        Add(argument);
                    }
                }
                else if (t is TypeSpecification spec)
                {
                    Add(spec.ElementType);
                }
            }

            void Attributes(ICustomAttributeProvider provider)
            {
                foreach (CustomAttribute attribute in provider.CustomAttributes)
                {
                    Add(attribute.AttributeType);
                    foreach (CustomAttributeArgument argument in attribute.ConstructorArguments)
                    {
                        Add(argument.Value as TypeReference);
                    }
                }
            }

            Add(type.BaseType);
            Attributes(type);
            foreach (InterfaceImplementation implemented in type.Interfaces)
            {
                Add(implemented.InterfaceType);
            }

            foreach (FieldDefinition field in type.Fields)
            {
                Add(field.FieldType);
                Attributes(field);
            }

            foreach (PropertyDefinition property in type.Properties)
            {
                Add(property.PropertyType);
                Attributes(property);
            }

            foreach (MethodDefinition method in type.Methods)
            {
                Add(method.ReturnType);
                Attributes(method);
                foreach (ParameterDefinition parameter in method.Parameters)
                {
                    Add(parameter.ParameterType);
                }

                if (!method.HasBody)
                {
                    continue;
                }

                foreach (VariableDefinition variable in method.Body.Variables)
                {
                    Add(variable.VariableType);
                }

                foreach (Instruction instruction in method.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference t:
                            Add(t);
                            break;
                        case MethodReference m:
                            Add(m.DeclaringType);
                            Add(m.ReturnType);
                            if (m is GenericInstanceMethod gm)
                            {
                                foreach (TypeReference argument in gm.GenericArguments)
                                {
                                    Add(argument);
                                }
                            }

                            break;
                        case FieldReference f:
                            Add(f.DeclaringType);
                            Add(f.FieldType);
                            break;
                    }
                }
            }

            return found;
        }
    }
}
