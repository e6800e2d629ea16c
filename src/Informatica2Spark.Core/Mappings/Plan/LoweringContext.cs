using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan;

/// <summary>
/// What a lowering works with: the instance and its transformation, the value each connector brings to its input
/// ports, the mapping's parameters and unconnected lookups, and the ways to add steps, translate expressions and
/// state differences.
/// </summary>
public sealed class LoweringContext
{
    private readonly PlanBuilder builder;
    private readonly List<string> notes = [];
    private readonly List<ExpressionReport> expressions = [];

    internal LoweringContext(PlanBuilder builder, GraphNode node, IReadOnlyDictionary<string, PortValue> inputs)
    {
        this.builder = builder;
        Node = node;
        Inputs = inputs;
    }

    public GraphNode Node { get; }

    /// <summary>The instance name (mapplet instances prefixed), as sessions and reports name it.</summary>
    public string Instance => Node.Name;

    public Transformation Transformation => Node.Transformation ?? throw new LoweringRefusedException($"the definition of {Node.Type} '{Node.Name}' is not in the inputs");

    /// <summary>The value each linked input port receives, by port name (any letter case).</summary>
    public IReadOnlyDictionary<string, PortValue> Inputs { get; }

    public ExpressionSettings Settings => builder.Settings;

    internal IReadOnlyList<string> Notes => notes;

    internal IReadOnlyList<ExpressionReport> Expressions => expressions;

    internal bool Approximated { get; private set; }

    /// <summary>What translates the <c>:LKP</c> calls of this instance's expressions; null when none can be.</summary>
    internal IExpressionHost? LookupHost { get; set; }

    /// <summary>The links into this instance from source definitions, with the source each comes from.</summary>
    public IReadOnlyList<(GraphLink Link, GraphNode Source)> SourceLinks() =>
        [.. builder.Graph.Into(Instance).Select(l => (Link: l, Node: builder.Graph.Node(l.FromNode))).Where(p => p.Node?.Kind == InstanceKind.Source).Select(p => (p.Link, p.Node!))];

    /// <summary>Registers a source the driver reads before the steps run, and returns its rows as a stream.</summary>
    public Relation Read(string source, IReadOnlyList<string> columns, IReadOnlyList<PlanColumn> planColumns) => builder.Read(source, Instance, columns, planColumns);

    /// <summary>Registers a read of several sources through one query pushed to their database (<see cref="SourceRead.Query"/>).</summary>
    public Relation Read(IReadOnlyList<string> sources, string query, IReadOnlyList<string> columns, IReadOnlyList<PlanColumn> planColumns) =>
        builder.Read(sources[0], Instance, columns, planColumns, sources, query);

    /// <summary>Registers the source of a lookup once (the driver reads it into a view) and returns its rows.</summary>
    public Relation ReadLookup(string lookup, Func<string, LookupRead> read, IReadOnlyList<PlanColumn> columns) => builder.ReadLookup(lookup, read, columns);

    /// <summary>The newest view of the stream a relation belongs to (every column the stream has so far).</summary>
    public Relation Newest(Relation relation) => builder.Newest(relation.Stream);

    /// <summary>The graph of the mapping, for lowerings that look at other instances.</summary>
    public MappingGraph Graph => builder.Graph;

    /// <summary>The column name of one of this instance's ports: <c>INSTANCE.PORT</c>.</summary>
    public string ColumnOf(string port) => $"{Instance}.{port}";

    /// <summary>The one stream every input comes from, at its newest view; a passive transformation fed by two streams is refused.</summary>
    public Relation Stream()
    {
        var relations = Inputs.Values.Select(v => v.Relation).ToList();
        var real = relations.Where(r => !r.IsPlaceholder).ToList();
        var streams = (real.Count > 0 ? real : relations).GroupBy(r => r.Stream).ToList();
        if (streams.Count == 0)
        {
            throw new LoweringRefusedException($"no port of {Instance} is linked from upstream");
        }

        if (streams.Count > 1)
        {
            throw new LoweringRefusedException($"{Instance} takes ports from {streams.Count} pipelines that do not share their rows");
        }

        return builder.Newest(streams[0].Key);
    }

    /// <summary>
    /// The names an expression of this transformation may use: each input port as the column its connector brings,
    /// each other port (variable, output) as its own column, and the mapping's parameters and unconnected lookups.
    /// </summary>
    public ExpressionScope Scope(IEnumerable<Port>? ports = null) =>
        new((ports ?? Transformation.Ports).Select(PortSymbol).OfType<PortSymbol>(), builder.Parameters, builder.Lookups);

    /// <summary>The symbol of a port: an input port reads its connector's column, another port its own column.</summary>
    public PortSymbol? PortSymbol(Port port)
    {
        if (Inputs.TryGetValue(port.Name, out var value))
        {
            return new PortSymbol(port.Name, PortType(port) ?? value.Column.Type, PortRole.Input) { Column = value.Column.Name };
        }

        return PortType(port) is { } type
            ? new PortSymbol(port.Name, type, port.Direction.HasFlag(PortDirection.Variable) ? PortRole.Variable : PortRole.Output) { Column = ColumnOf(port.Name) }
            : null;
    }

    /// <summary>A port's PowerCenter type, or null when its datatype is not a transformation datatype.</summary>
    public static PcType? PortType(Port port) => PcTypes.FromDatatype(port.DataType, port.Precision, port.Scale);

    /// <summary>Translates one expression of this transformation and records it in the report; its problems become diagnostics at <paramref name="where"/>.</summary>
    public ExpressionTranslation Translate(string where, string text, ExpressionScope scope, ExpressionRole role = ExpressionRole.Value, bool aggregates = false)
    {
        var settings = Settings with { AllowAggregates = aggregates };
        var translation = ExpressionTranslator.Translate(text, scope, settings, role, LookupHost);
        var location = new SourceLocation(builder.File, Node.Position.Line, Node.Position.Column, ObjectPath.Child(Node.ObjectPath, ObjectPath.Port, where));
        builder.Report(translation.Diagnostics(location));
        expressions.Add(new ExpressionReport(where, text, translation.Sql, translation.Verdict.ToString().ToLowerInvariant()));
        if (!translation.IsTranslated)
        {
            throw new LoweringRefusedException($"{where}: {string.Join("; ", translation.Problems.Where(p => p.Code.DefaultSeverity == Severity.Error).Select(p => p.Message))}");
        }

        builder.Use(translation.RunTimeValues);
        if (translation.Verdict == Informatica2Spark.Core.Expressions.Functions.Verdict.Approximate)
        {
            Approximated = true;
            // The report says where the instance differs: each approximated function or construct of the expression.
            foreach (var difference in translation.Functions.Where(f => f.Verdict == Informatica2Spark.Core.Expressions.Functions.Verdict.Approximate)
                .Select(f => $"{where}: {f.Name}: {f.Note ?? "approximated"}")
                .Concat(translation.Problems.Where(p => p.Code == DiagnosticCodes.ExpressionApproximate).Select(p => $"{where}: {p.Message}"))
                .Distinct(StringComparer.Ordinal))
            {
                notes.Add(difference);
            }
        }

        return translation;
    }

    /// <summary>Lets this instance's expressions call unconnected lookups; the lowering then joins them with <see cref="JoinLookups"/>.</summary>
    public void AllowLookupCalls() => LookupHost ??= new LookupCalls(this);

    /// <summary>The stream with the joins of the <c>:LKP</c> calls <paramref name="values"/> read (none when calls are not allowed).</summary>
    public Relation JoinLookups(Relation stream, IEnumerable<SqlExpr> values) => LookupHost is LookupCalls calls ? calls.Join(stream, values) : stream;

    /// <summary>The columns the arguments of the <c>:LKP</c> calls among <paramref name="columns"/> read: a value that calls a lookup is computed after them.</summary>
    public IEnumerable<string> LookupArguments(IEnumerable<string> columns) => LookupHost is LookupCalls calls ? calls.ArgumentColumns(columns) : [];

    internal void NoteLookupCall(string lookup, string call) => builder.NoteLookupCall(lookup, call);

    /// <summary>
    /// The value of a Sequence Generator's output port: it has no rows of its own, so the column is computed in the
    /// stream of each transformation or target it feeds, when that one is lowered (<see cref="PlanSequence"/>).
    /// </summary>
    public PortValue SequenceValue(PlanSequence sequence, PlanColumn column) => builder.SequenceValue(sequence, column);

    /// <summary>
    /// Continues <paramref name="stream"/> with the values of a sequence kept like a Sequence Generator's (one per row,
    /// from its start value; the driver advances and saves it by the rows of the new view) as <paramref name="columns"/>.
    /// </summary>
    public Relation Number(Relation stream, PlanSequence sequence, IReadOnlyList<PlanColumn> columns, string comment) =>
        builder.Number(this, stream, sequence, columns, comment);

    /// <summary>The step computes what PowerCenter computes with a stated difference.</summary>
    public void Approximate(string difference)
    {
        Approximated = true;
        notes.Add(difference);
    }

    /// <summary>A line for the report that is not a difference (a choice made, a property kept).</summary>
    public void Note(string note) => notes.Add(note);

    /// <summary>
    /// Adds a step that continues <paramref name="stream"/> (a passive transformation: same rows, more columns): the
    /// new view has the stream's columns and <paramref name="added"/>.
    /// </summary>
    public Relation Continue(Relation stream, string suffix, string comment, Func<string, SqlQuery> query, IReadOnlyList<PlanColumn> added) =>
        builder.AddStep(this, suffix, comment, query, stream.Stream, [.. stream.Columns, .. added]);

    /// <summary>Adds a step that starts a stream of new rows (an active transformation) with exactly <paramref name="columns"/>.</summary>
    public Relation Start(string suffix, string comment, Func<string, SqlQuery> query, IReadOnlyList<PlanColumn> columns) =>
        builder.AddStep(this, suffix, comment, query, null, columns);

    /// <summary>
    /// The rows of <paramref name="relation"/> whose <paramref name="error"/> column holds a row error: the driver
    /// counts them and keeps them in the session's reject output, as PowerCenter skips and logs them.
    /// </summary>
    public void Reject(Relation relation, PlanColumn error) => builder.AddReject(this, relation, error);

    /// <summary>A reference to a column of a relation in a query reading it.</summary>
    public static SqlColumn Column(PlanColumn column) => new(column.Name);
}
