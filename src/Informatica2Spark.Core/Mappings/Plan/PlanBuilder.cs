using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan;

/// <summary>What a plan is built with: the session's expression settings, the file the mapping is in (for locations), and the targets to load (all when empty).</summary>
public sealed record PlanOptions(ExpressionSettings Settings, string File)
{
    public IReadOnlyList<string> Targets { get; init; } = [];
}

/// <summary>
/// Builds the <see cref="MappingPlan"/> of a mapping: the instances in dependency order, each lowered by the lowering
/// of its type, following the connectors port by port; then each target load from the stream that feeds it. An
/// instance that cannot be translated is reported with its reason and its output ports stand for typed placeholders,
/// so the instances after it are still judged; every target load that depends on it is refused with the reason.
/// </summary>
public sealed class PlanBuilder
{
    private readonly MappingGraph graph;
    private readonly List<PlanStep> steps = [];
    private readonly List<SourceRead> reads = [];
    private readonly List<Diagnostic> diagnostics = [];
    private readonly List<RejectOutput> rejects = [];
    private readonly List<LookupRead> lookupReads = [];
    private readonly Dictionary<string, Relation> lookupViews = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> lookupCalls = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, Relation> newest = [];
    private readonly Dictionary<(string Node, string Port), PortValue> ports = new(new NodePortComparer());
    private readonly HashSet<string> views = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> failed = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> tainted = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> placeholders = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedDictionary<string, RunTimeValue> runTimeValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlanSequence> sequences = new(StringComparer.OrdinalIgnoreCase);
    private int streams;

    private PlanBuilder(MappingGraph graph, Mapping mapping, PlanOptions options)
    {
        this.graph = graph;
        Settings = options.Settings;
        File = options.File;
        Parameters = [.. mapping.Variables.Select(v => PcTypes.FromDatatype(v.DataType, v.Precision ?? 0, v.Scale) is { } type
            ? new ParameterSymbol(v.Name, type, !v.IsParameter, v.Aggregation) : null).OfType<ParameterSymbol>()];
        Lookups = [.. graph.Nodes.Select(UnconnectedLookup).OfType<LookupSymbol>()];
    }

    internal ExpressionSettings Settings { get; }

    internal MappingGraph Graph => graph;

    internal string File { get; }

    internal IReadOnlyList<ParameterSymbol> Parameters { get; }

    internal IReadOnlyList<LookupSymbol> Lookups { get; }

    /// <summary>The plan of a mapping whose graph is <paramref name="graph"/>.</summary>
    public static MappingPlan Build(MappingGraph graph, Mapping mapping, PlanOptions options)
    {
        var builder = new PlanBuilder(graph, mapping, options);
        return builder.Run(mapping, options.Targets);
    }

    internal Relation Newest(int stream) => newest[stream];

    internal void Report(IEnumerable<Diagnostic> found) => diagnostics.AddRange(found);

    /// <summary>Notes the run-time values a translated expression refers to, once per name.</summary>
    internal void Use(IEnumerable<RunTimeValue> values)
    {
        foreach (var value in values)
        {
            runTimeValues.TryAdd(value.Name, value);
        }
    }

    /// <summary>Registers a source the driver reads into a view before the steps run.</summary>
    internal Relation Read(string source, string qualifier, IReadOnlyList<string> columns, IReadOnlyList<PlanColumn> planColumns, IReadOnlyList<string>? sources = null, string? query = null)
    {
        var view = UniqueView(PlanScript.ViewName(source) + "__read");
        reads.Add(new SourceRead(source, qualifier, view, columns) { Sources = sources ?? [source], Query = query });
        var relation = new Relation(view, ++streams, 0, planColumns);
        newest[relation.Stream] = relation;
        return relation;
    }

    /// <summary>Registers the source of a lookup once (the driver reads it into a view), and returns its rows.</summary>
    internal Relation ReadLookup(string lookup, Func<string, LookupRead> read, IReadOnlyList<PlanColumn> columns)
    {
        if (lookupViews.TryGetValue(lookup, out var known))
        {
            return known;
        }

        var view = UniqueView(PlanScript.ViewName(lookup) + "__lookup");
        lookupReads.Add(read(view));
        var relation = new Relation(view, ++streams, 0, columns);
        newest[relation.Stream] = relation;
        lookupViews[lookup] = relation;
        return relation;
    }

    /// <summary>Records, for the report of an unconnected lookup, one place that calls it.</summary>
    internal void NoteLookupCall(string lookup, string call)
    {
        if (!lookupCalls.TryGetValue(lookup, out var calls))
        {
            lookupCalls[lookup] = calls = [];
        }

        if (!calls.Contains(call, StringComparer.Ordinal))
        {
            calls.Add(call);
        }
    }

    internal Relation AddStep(LoweringContext context, string suffix, string comment, Func<string, SqlQuery> query, int? stream, IReadOnlyList<PlanColumn> columns)
    {
        var view = UniqueView(PlanScript.ViewName(context.Instance) + suffix);
        if (!tainted.Contains(context.Instance))
        {
            steps.Add(new PlanStep(view, context.Instance, context.Node.Type, comment, query(view)));
        }

        var number = stream ?? ++streams;
        var relation = new Relation(view, number, newest.TryGetValue(number, out var previous) ? previous.Version + 1 : 0, columns);
        newest[number] = relation;
        return relation;
    }

    /// <summary>A Sequence Generator's port value: a stand-in that <see cref="AttachSequences"/> makes a column of the stream it feeds.</summary>
    internal PortValue SequenceValue(PlanSequence sequence, PlanColumn column)
    {
        sequences.TryAdd(sequence.Instance, sequence);
        return new PortValue(new Relation($"{PlanScript.ViewName(sequence.Instance)}__sequence", 0, 0, [column]) { Sequence = sequence.Instance }, column);
    }

    /// <summary>
    /// Replaces the Sequence Generator values among <paramref name="inputs"/> by columns computed in the one stream the
    /// other inputs come from (a step of the sequence's instance). A sequence feeds one transformation or target:
    /// PowerCenter gives each of several its own block of values, which is refused.
    /// </summary>
    /// <exception cref="LoweringRefusedException">No other input brings rows, or the sequence already feeds another instance.</exception>
    private void AttachSequences(string consumer, Dictionary<string, PortValue> inputs)
    {
        var uses = inputs.Where(i => i.Value.Relation.Sequence is not null).ToList();
        if (uses.Count == 0)
        {
            return;
        }

        var rows = inputs.Values.Where(v => v.Relation.Sequence is null).Select(v => v.Relation).ToList();
        var real = rows.Where(r => !r.IsPlaceholder).ToList();
        var streamsIn = (real.Count > 0 ? real : rows).Select(r => r.Stream).Distinct().ToList();
        if (streamsIn.Count != 1)
        {
            throw new LoweringRefusedException(streamsIn.Count == 0
                ? $"{consumer} takes values of {uses[0].Value.Relation.Sequence} and no port of a pipeline, so the rows they number are not known"
                : $"{consumer} takes ports from {streamsIn.Count} pipelines that do not share their rows");
        }

        var stream = newest[streamsIn[0]];
        foreach (var group in uses.GroupBy(u => u.Value.Relation.Sequence!, StringComparer.OrdinalIgnoreCase))
        {
            var sequence = sequences[group.Key];
            if (sequence.Views.Count > 0)
            {
                throw new LoweringRefusedException($"{group.Key} already numbers the rows of another transformation; PowerCenter gives each one it feeds its own block of values, which is not translated");
            }

            var ports = group.Select(g => g.Value.Column).DistinctBy(c => c.Name).ToList();
            if (!stream.IsPlaceholder)
            {
                stream = Number(new LoweringContext(this, graph.Node(group.Key)!, new Dictionary<string, PortValue>()), stream, sequence, ports, $"numbers the rows of {consumer}");
            }

            foreach (var (port, value) in group)
            {
                inputs[port] = new PortValue(stream, value.Column);
            }
        }

        foreach (var (port, value) in inputs.Where(i => i.Value.Relation.Sequence is null && i.Value.Relation.Stream == stream.Stream).ToList())
        {
            inputs[port] = value with { Relation = stream };
        }
    }

    /// <summary>
    /// Adds a step of <paramref name="context"/>'s instance that continues <paramref name="stream"/> with the values of
    /// <paramref name="sequence"/> as <paramref name="columns"/> (<see cref="Lowerings.SequenceGeneratorLowering.Value"/>),
    /// and records the step's view as the one whose rows the driver counts to advance the sequence.
    /// </summary>
    internal Relation Number(LoweringContext context, Relation stream, PlanSequence sequence, IReadOnlyList<PlanColumn> columns, string comment)
    {
        var start = Lowerings.SequenceGeneratorLowering.Start(sequence);
        if (start is SqlParameter parameter)
        {
            Use([new RunTimeValue(sequence.Variable!, PcType.BigInt, Expressions.Sql.SparkDialect.ParameterMarker(parameter.Name))]);
        }

        var order = new PlanColumn($"{context.Instance}.__order", PcType.BigInt);
        var numbered = new SqlSubquery(new SqlSelect([new SqlSelectItem(new SqlStar()), new SqlSelectItem(new SqlFunction("monotonically_increasing_id", []), order.Name)], new SqlTable(stream.View)), "numbered");
        var relation = AddStep(context, string.Empty, comment,
            _ => new SqlSelect([new SqlSelectItem(new SqlStar()), .. columns.Select(p => new SqlSelectItem(Lowerings.SequenceGeneratorLowering.Value(sequence, start, order.Name, p.Name), p.Name))], numbered),
            stream.Stream, [.. stream.Columns, order, .. columns]);
        sequences[sequence.Instance] = sequence with { Views = [relation.View] };
        return relation;
    }

    internal void AddReject(LoweringContext context, Relation relation, PlanColumn error)
    {
        var view = UniqueView(PlanScript.ViewName(context.Instance) + "__rejects");
        if (tainted.Contains(context.Instance))
        {
            return;
        }

        steps.Add(new PlanStep(view, context.Instance, context.Node.Type, "the rows with a row error, counted and kept apart",
            new SqlSelect([new SqlSelectItem(new SqlStar())], new SqlTable(relation.View)) { Where = new SqlIsNull(new SqlColumn(error.Name), Negated: true) }));
        rejects.Add(new RejectOutput(context.Instance, view, error.Name));
    }

    private MappingPlan Run(Mapping definition, IReadOnlyList<string> targets)
    {
        var reports = new List<InstanceReport>();
        var order = graph.TopologicalOrder();
        var mapping = definition.Name;
        if (order is null)
        {
            // DG: Mappings > Linking Ports: the Designer refuses a link that would make a cycle; an export that holds one
            // has no order to run its transformations in.
            var cycle = $"the connectors of mapping {mapping} form a cycle, so its transformations have no order to run in";
            var location = new SourceLocation(File, definition.Position.Line, definition.Position.Column, graph.MappingPath);
            return new MappingPlan(
                mapping, [], [],
                [.. graph.Nodes.Where(n => n.Kind == InstanceKind.Target && (targets.Count == 0 || targets.Contains(n.Name, StringComparer.OrdinalIgnoreCase))).Select(n => new TargetLoad(n.Name, null, [], [], cycle))],
                [.. graph.Nodes.Where(n => n.Kind is InstanceKind.Transformation or InstanceKind.Mapplet).Select(n => new InstanceReport(n.Name, n.Type, InstanceStatus.Unsupported, [cycle], []))],
                [DiagnosticCodes.LoadNotTranslated.Create(cycle, location)]);
        }

        foreach (var node in order.Where(n => n.Kind is InstanceKind.Transformation or InstanceKind.Mapplet))
        {
            reports.Add(Lower(node));
        }

        var loads = order.Where(n => n.Kind == InstanceKind.Target && (targets.Count == 0 || targets.Contains(n.Name, StringComparer.OrdinalIgnoreCase)))
            .Select(Load).ToList();
        var instances = reports.Select(r => lookupCalls.TryGetValue(r.Instance, out var calls) ? r with { Notes = [.. r.Notes, .. calls] } : r).ToList();
        return new MappingPlan(mapping, reads, steps, loads, instances, diagnostics)
        {
            Rejects = rejects, Lookups = lookupReads, RunTimeValues = [.. runTimeValues.Values],
            Sequences = [.. sequences.Values.Where(s => s.Views.Count > 0).OrderBy(s => s.Instance, StringComparer.Ordinal)],
        };
    }

    private InstanceReport Lower(GraphNode node)
    {
        var inputs = new Dictionary<string, PortValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var link in graph.Into(node.Name))
        {
            inputs[link.ToPort] = ports.GetValueOrDefault((link.FromNode, link.FromPort)) ?? Placeholder(node, link);
        }

        var blockedBy = graph.Into(node.Name).Select(l => l.FromNode).Where(n => failed.Contains(n) || tainted.Contains(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (blockedBy.Count > 0)
        {
            tainted.Add(node.Name);
        }

        var context = new LoweringContext(this, node, inputs);
        try
        {
            if (LinkedTwice(graph.Into(node.Name), "port") is { } twice)
            {
                throw new LoweringRefusedException(twice);
            }

            AttachSequences(node.Name, inputs);
            if (node.Problem is { } problem)
            {
                throw new LoweringRefusedException(problem);
            }

            var lowering = LoweringRegistry.Find(node.Type)
                ?? throw new LoweringRefusedException($"{node.Type} transformations are not translated");
            foreach (var (port, value) in lowering.Lower(context))
            {
                ports[(node.Name, port)] = value;
            }

            var notes = blockedBy.Count > 0 ? [.. context.Notes, $"translated, but it is fed by {string.Join(", ", blockedBy)}, {(blockedBy.Count == 1 ? "which is" : "which are")} not: its steps wait for them"] : context.Notes;
            return new InstanceReport(node.Name, node.Type, context.Approximated ? InstanceStatus.Approximated : InstanceStatus.Translated, notes, context.Expressions);
        }
        catch (LoweringRefusedException refused)
        {
            failed.Add(node.Name);
            foreach (var port in node.Transformation?.Ports.Where(p => p.Direction.HasFlag(PortDirection.Output)) ?? [])
            {
                ports[(node.Name, port.Name)] = Placeholder(node.Name, port.Name, LoweringContext.PortType(port) ?? PcType.Unknown);
            }

            return new InstanceReport(node.Name, node.Type, InstanceStatus.Unsupported, [refused.Message, .. context.Notes], context.Expressions);
        }
    }

    /// <summary>A typed stand-in for a port whose producer is not translated (or is a source, which only a qualifier reads).</summary>
    private PortValue Placeholder(GraphNode node, GraphLink link)
    {
        var from = graph.Node(link.FromNode);
        var type = from?.Source?.Fields.FirstOrDefault(f => f.Name.Equals(link.FromPort, StringComparison.OrdinalIgnoreCase)) is { } field
            ? PcTypes.FromDatatype(field.DataType ?? "string", field.Precision ?? 0, field.Scale)
            : from?.Transformation?.Ports.FirstOrDefault(p => p.Name.Equals(link.FromPort, StringComparison.OrdinalIgnoreCase)) is { } port ? LoweringContext.PortType(port) : null;
        return Placeholder(link.FromNode, link.FromPort, type ?? PcType.Unknown);
    }

    private PortValue Placeholder(string node, string port, PcType type)
    {
        var column = new PlanColumn($"{node}.{port}", type);
        if (!placeholders.TryGetValue(node, out var stream))
        {
            placeholders[node] = stream = -1 - placeholders.Count;
        }

        var relation = new Relation($"{PlanScript.ViewName(node)}__unavailable", stream, 0, [column]) { IsPlaceholder = true };
        newest.TryAdd(relation.Stream, relation);
        return new PortValue(relation, column);
    }

    private TargetLoad Load(GraphNode target)
    {
        var links = graph.Into(target.Name).ToList();
        var path = Upstream(target.Name);
        var blocked = path.Where(failed.Contains).ToList();
        if (links.Count == 0)
        {
            return new TargetLoad(target.Name, null, [], path, "no port of the mapping is linked to this target");
        }

        if (blocked.Count > 0)
        {
            return new TargetLoad(target.Name, null, [], path, "its rows pass through transformations that are not translated: " + string.Join(", ", blocked.Select(b => $"{b} ({graph.Node(b)?.Type})")));
        }

        var values = links.Select(l => (Link: l, Value: ports.GetValueOrDefault((l.FromNode, l.FromPort)))).ToList();
        if (values.FirstOrDefault(v => v.Value is null) is { Link: { } unresolved })
        {
            return new TargetLoad(target.Name, null, [], path, graph.Node(unresolved.FromNode)?.Kind == InstanceKind.Source
                ? "it is linked straight to a source definition, without a Source Qualifier"
                : $"field {unresolved.ToPort} is linked from {unresolved.FromNode}.{unresolved.FromPort}, which is not an output port of that instance");
        }

        if (target.Target is { } definition
            && values.FirstOrDefault(v => !definition.Fields.Any(f => f.Name.Equals(v.Link.ToPort, StringComparison.OrdinalIgnoreCase))) is { Link: { } stray })
        {
            return new TargetLoad(target.Name, null, [], path, $"it is linked to {stray.ToPort}, which is not a field of target definition {definition.Name}");
        }

        if (LinkedTwice(links, "field") is { } twice)
        {
            return new TargetLoad(target.Name, null, [], path, twice);
        }

        var attached = values.ToDictionary(v => v.Link.ToPort, v => v.Value!, StringComparer.OrdinalIgnoreCase);
        try
        {
            AttachSequences(target.Name, attached);
        }
        catch (LoweringRefusedException refused)
        {
            return new TargetLoad(target.Name, null, [], path, refused.Message);
        }

        values = [.. values.Select(v => (v.Link, (PortValue?)attached[v.Link.ToPort]))];
        var streamsIn = values.Select(v => v.Value!.Relation.Stream).Distinct().ToList();
        if (streamsIn.Count > 1)
        {
            return new TargetLoad(target.Name, null, [], path, "it takes ports from several pipelines that do not share their rows");
        }

        var relation = newest[streamsIn[0]];
        var columns = values.Select(v => new TargetColumn(v.Link.ToPort, new SqlColumn(v.Value!.Column.Name))).ToList();
        var action = relation.Columns.LastOrDefault(c => c.Name.EndsWith("." + Lowerings.UpdateStrategyLowering.RowActionPort, StringComparison.Ordinal));
        return new TargetLoad(target.Name, relation.View, columns, path, null)
        {
            RowAction = action is null ? null : new RowAction(action.Name[..^(Lowerings.UpdateStrategyLowering.RowActionPort.Length + 1)], action.Name),
        };
    }

    /// <summary>Why an input port (a target's field) taking two of <paramref name="links"/> is refused, or null when each takes one (DG: Linking Ports).</summary>
    private static string? LinkedTwice(IEnumerable<GraphLink> links, string what)
    {
        var ports = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (links.All(l => ports.Add(l.ToPort)))
        {
            return null;
        }

        return links.GroupBy(l => l.ToPort, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice
            ? $"{what} {twice.Key} is linked from {string.Join(" and ", twice.Select(l => $"{l.FromNode}.{l.FromPort}"))}: a port takes one link (Designer Guide, Linking Ports)"
            : null;
    }

    /// <summary>Every node upstream of <paramref name="node"/>, in the graph's order.</summary>
    private IReadOnlyList<string> Upstream(string node)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>([node]);
        while (pending.Count > 0)
        {
            foreach (var from in graph.Into(pending.Pop()).Select(l => l.FromNode))
            {
                if (seen.Add(from))
                {
                    pending.Push(from);
                }
            }
        }

        return [.. graph.Nodes.Where(n => seen.Contains(n.Name) && n.Kind != InstanceKind.Source).Select(n => n.Name)];
    }

    private string UniqueView(string name)
    {
        var view = name;
        for (var n = 2; !views.Add(view); n++)
        {
            view = $"{name}_{n}";
        }

        return view;
    }

    /// <summary>A Lookup transformation can be called as <c>:LKP.name(...)</c> (see ExpressionSites).</summary>
    private static LookupSymbol? UnconnectedLookup(GraphNode node)
    {
        if (node.Transformation is not { } transformation || !transformation.Type.Equals("Lookup Procedure", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var outputs = transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Output)).ToList();
        var returned = transformation.Ports.FirstOrDefault(p => p.Direction.HasFlag(PortDirection.Return)) ?? (outputs.Count == 1 ? outputs[0] : null);
        if (returned is null)
        {
            return null;
        }

        var inputs = transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Input) && !p.Direction.HasFlag(PortDirection.Lookup))
            .Select(p => LoweringContext.PortType(p) ?? PcType.Unknown).ToList();
        return new LookupSymbol(node.Name, inputs, LoweringContext.PortType(returned) ?? PcType.Unknown);
    }

    private sealed class NodePortComparer : IEqualityComparer<(string Node, string Port)>
    {
        public bool Equals((string Node, string Port) x, (string Node, string Port) y) =>
            x.Node.Equals(y.Node, StringComparison.OrdinalIgnoreCase) && x.Port.Equals(y.Port, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Node, string Port) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Node), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Port));
    }
}
