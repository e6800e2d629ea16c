using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan;

/// <summary>
/// One instance of the flattened mapping: a source, a target or a transformation with its definition. Instances of a
/// mapplet are named <c>MAPPLET_INSTANCE.inner</c>, as sessions name them; its Input and Output transformations stay
/// as pass-through nodes.
/// </summary>
public sealed record GraphNode(string Name, InstanceKind Kind, string Type, Transformation? Transformation, SourceDefinition? Source, TargetDefinition? Target, TextPosition Position, string ObjectPath)
{
    /// <summary>Why the node cannot be expanded or lowered (a mapplet missing from the inputs or holding itself), or null.</summary>
    public string? Problem { get; init; }
}

/// <summary>A connector of the flattened mapping: a port of one node feeding a port of another.</summary>
public sealed record GraphLink(string FromNode, string FromPort, string ToNode, string ToPort);

/// <summary>
/// A mapping as a graph of instances and port links, with mapplets expanded in place (DG: Mapplets > Mapplet Input and
/// Output; a connector to a mapplet instance names a port of its Input transformation, one from it a port of its
/// Output transformation), reusable transformations resolved from the folder, and shortcuts resolved to the object
/// they name in a folder of the inputs.
/// </summary>
public sealed class MappingGraph
{
    private const int MaxMappletDepth = 8;
    private readonly List<GraphNode> nodes = [];
    private readonly List<GraphLink> links = [];
    private readonly List<string> problems = [];
    private readonly Folder folder;
    private readonly IReadOnlyList<Folder> folders;

    private MappingGraph(Folder folder, IReadOnlyList<Folder> folders)
    {
        this.folder = folder;
        this.folders = folders;
    }

    /// <summary>The nodes in the mapping's instance order (a mapplet's nodes where the mapplet instance stands).</summary>
    public IReadOnlyList<GraphNode> Nodes => nodes;

    public IReadOnlyList<GraphLink> Links => links;

    /// <summary>The object path of the mapping (<c>FOLDER/M:NAME</c>).</summary>
    public string MappingPath { get; private set; } = string.Empty;

    /// <summary>What could not be resolved (a mapplet or transformation not in the inputs), one sentence each.</summary>
    public IReadOnlyList<string> Problems => problems;

    /// <summary>The graph of a mapping of <paramref name="folder"/>; <paramref name="folders"/> are every folder of the inputs, for shortcuts.</summary>
    public static MappingGraph Of(Folder folder, Mapping mapping, IReadOnlyList<Folder> folders)
    {
        var graph = new MappingGraph(folder, folders);
        var path = ObjectPath.Child(folder.Name, ObjectPath.Mapping, mapping.Name);
        graph.MappingPath = path;
        graph.Add(string.Empty, path, mapping.Transformations, mapping.Instances, mapping.Connectors, []);
        return graph;
    }

    /// <summary>The first node named <paramref name="name"/> (any letter case), or null.</summary>
    public GraphNode? Node(string name) => Indexed().Nodes.GetValueOrDefault(name);

    /// <summary>The links into a node, in connector order.</summary>
    public IEnumerable<GraphLink> Into(string node) => Indexed().Into.TryGetValue(node, out var into) ? into : [];

    /// <summary>The links out of a node, in connector order.</summary>
    public IEnumerable<GraphLink> OutOf(string node) => Indexed().OutOf.TryGetValue(node, out var outOf) ? outOf : [];

    /// <summary>
    /// The nodes by name (the first of a name) and the links by the node they enter and leave, each list in connector
    /// order: built once, when the graph is complete and first asked, so every lookup costs one hash instead of a scan.
    /// </summary>
    private GraphIndex Indexed() => LazyInitializer.EnsureInitialized(ref index, () => new GraphIndex(nodes, links));

    private GraphIndex? index;

    private sealed class GraphIndex
    {
        public GraphIndex(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphLink> links)
        {
            foreach (var node in nodes)
            {
                Nodes.TryAdd(node.Name, node);
            }

            foreach (var link in links)
            {
                Add(Into, link.ToNode, link);
                Add(OutOf, link.FromNode, link);
            }
        }

        public Dictionary<string, GraphNode> Nodes { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, List<GraphLink>> Into { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, List<GraphLink>> OutOf { get; } = new(StringComparer.OrdinalIgnoreCase);

        private static void Add(Dictionary<string, List<GraphLink>> byNode, string node, GraphLink link)
        {
            if (!byNode.TryGetValue(node, out var list))
            {
                byNode[node] = list = [];
            }

            list.Add(link);
        }
    }

    /// <summary>
    /// The nodes in an order where every node comes after the nodes that feed it; ties keep the mapping's instance
    /// order, so the order is the same on every run. Null when the links form a cycle.
    /// </summary>
    public IReadOnlyList<GraphNode>? TopologicalOrder()
    {
        var index = nodes.Select((n, i) => (n.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.OrdinalIgnoreCase);
        var incoming = nodes.ToDictionary(n => n.Name, n => Into(n.Name).Select(l => l.FromNode).Where(index.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase).Count(), StringComparer.OrdinalIgnoreCase);
        var ready = new SortedSet<int>(nodes.Where(n => incoming[n.Name] == 0).Select(n => index[n.Name]));
        var order = new List<GraphNode>();
        while (ready.Count > 0)
        {
            var next = nodes[ready.Min];
            ready.Remove(ready.Min);
            order.Add(next);
            foreach (var target in OutOf(next.Name).Select(l => l.ToNode).Where(index.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (--incoming[target] == 0)
                {
                    ready.Add(index[target]);
                }
            }
        }

        return order.Count == nodes.Count ? order : null;
    }

    private void Add(string prefix, string path, IReadOnlyList<Transformation> local, IReadOnlyList<Instance> instances, IReadOnlyList<Connector> connectors, IReadOnlyList<string> within)
    {
        var mapplets = new Dictionary<string, (string Inner, Mapplet Mapplet)>(StringComparer.OrdinalIgnoreCase);
        foreach (var instance in instances)
        {
            var name = prefix + instance.Name;
            var objectPath = ObjectPath.Child(path, ObjectPath.Transformation, instance.Name);
            switch (instance.Kind)
            {
                case InstanceKind.Source:
                    nodes.Add(new GraphNode(name, instance.Kind, "Source Definition", null, Find(instance.TransformationName, f => f.Sources, ShortcutObjectType.Source), null, instance.Position, objectPath));
                    break;
                case InstanceKind.Target:
                    nodes.Add(new GraphNode(name, instance.Kind, "Target Definition", null, null, Find(instance.TransformationName, f => f.Targets, ShortcutObjectType.Target), instance.Position, objectPath));
                    break;
                case InstanceKind.Mapplet:
                    var found = Find(instance.TransformationName, f => f.Mapplets, ShortcutObjectType.Mapplet);
                    if (found is not null && within.Contains(found.Name, StringComparer.OrdinalIgnoreCase))
                    {
                        // DG: Mapplets cannot hold themselves; an export that says otherwise is expanded no further.
                        problems.Add($"mapplet '{found.Name}' of instance {name} contains itself ({string.Join(" > ", [.. within, found.Name])}): a mapplet cannot run inside itself");
                        nodes.Add(new GraphNode(name, InstanceKind.Mapplet, "Mapplet", null, null, null, instance.Position, objectPath) { Problem = problems[^1] });
                        break;
                    }

                    if (found is not { } mapplet || within.Count >= MaxMappletDepth)
                    {
                        problems.Add($"mapplet '{instance.TransformationName}' of instance {name} is not in the inputs: export it with the mapping");
                        nodes.Add(new GraphNode(name, InstanceKind.Mapplet, "Mapplet", null, null, null, instance.Position, objectPath) { Problem = problems[^1] });
                        break;
                    }

                    mapplets[instance.Name] = (name + ".", mapplet);
                    Add(name + ".", ObjectPath.Child(path, ObjectPath.Mapplet, instance.Name), mapplet.Transformations, mapplet.Instances, mapplet.Connectors, [.. within, mapplet.Name]);
                    break;
                default:
                    var transformation = local.FirstOrDefault(t => t.Name.Equals(instance.TransformationName, StringComparison.OrdinalIgnoreCase))
                        ?? Find(instance.TransformationName, f => f.Transformations, ShortcutObjectType.Transformation);
                    if (transformation is null)
                    {
                        problems.Add($"transformation '{instance.TransformationName}' of instance {name} is not in the inputs");
                    }

                    nodes.Add(new GraphNode(name, instance.Kind, transformation?.Type ?? instance.TransformationType, transformation, null, null, instance.Position, objectPath));
                    break;
            }
        }

        foreach (var connector in connectors)
        {
            var (fromNode, fromPort) = Endpoint(prefix, connector.FromInstance, connector.FromField, mapplets, output: true);
            var (toNode, toPort) = Endpoint(prefix, connector.ToInstance, connector.ToField, mapplets, output: false);
            links.Add(new GraphLink(fromNode, fromPort, toNode, toPort));
        }
    }

    /// <summary>A connector end at a mapplet instance is the port of the mapplet's Output (or Input) transformation that has its name.</summary>
    private static (string Node, string Port) Endpoint(string prefix, string instance, string field, Dictionary<string, (string Inner, Mapplet Mapplet)> mapplets, bool output)
    {
        if (!mapplets.TryGetValue(instance, out var mapplet))
        {
            return (prefix + instance, field);
        }

        var type = output ? "Output Transformation" : "Input Transformation";
        var inner = mapplet.Mapplet.Instances
            .Where(i => i.TransformationType.Equals(type, StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault(i => mapplet.Mapplet.Transformations.FirstOrDefault(t => t.Name.Equals(i.TransformationName, StringComparison.OrdinalIgnoreCase))?.Ports
                .Any(p => p.Name.Equals(field, StringComparison.OrdinalIgnoreCase)) == true);
        return inner is null ? (prefix + instance, field) : (mapplet.Inner + inner.Name, field);
    }

    /// <summary>An object of this folder by name, else the object a shortcut of this folder names in another folder of the inputs.</summary>
    private T? Find<T>(string name, Func<Folder, IReadOnlyList<T>> objects, ShortcutObjectType type)
        where T : class, IModelObject
    {
        if (objects(folder).FirstOrDefault(o => o.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } own)
        {
            return own;
        }

        var shortcut = folder.Shortcuts.FirstOrDefault(s => s.ObjectType == type && s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        var target = shortcut is null ? null : folders.FirstOrDefault(f => f.Name.Equals(shortcut.FolderName, StringComparison.OrdinalIgnoreCase));
        return target is null ? null : objects(target).FirstOrDefault(o => o.Name.Equals(shortcut!.RefObjectName, StringComparison.OrdinalIgnoreCase));
    }
}
