using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Mappings.Plan;

/// <summary>
/// A row set of the plan: the view that holds it and its columns. Passive transformations add columns to the rows of
/// their stream (a new view, same <see cref="Stream"/>, higher <see cref="Version"/>); active ones start a stream.
/// </summary>
public sealed record Relation(string View, int Stream, int Version, IReadOnlyList<PlanColumn> Columns)
{
    /// <summary>A stand-in for the rows of a transformation that is not translated: steps that read it are not emitted.</summary>
    public bool IsPlaceholder { get; init; }

    /// <summary>
    /// The Sequence Generator whose value this stands for, or null: a sequence has no rows of its own, so its values
    /// become columns of the stream of the transformation or target they feed (<see cref="PlanSequence"/>).
    /// </summary>
    public string? Sequence { get; init; }

    public PlanColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// A column of a view: <see cref="Name"/> is <c>INSTANCE.PORT</c>, unique in the mapping, so a stream can carry the
/// ports of every transformation it passes; <see cref="Type"/> is the port's PowerCenter type.
/// </summary>
public sealed record PlanColumn(string Name, PcType Type);

/// <summary>The value a connector brings to a port: a column of a relation.</summary>
public sealed record PortValue(Relation Relation, PlanColumn Column);

/// <summary>
/// One step of the plan: a view defined by a query over earlier views, with the PowerCenter instance and type it
/// comes from and one line that says what it does.
/// </summary>
public sealed record PlanStep(string View, string Instance, string TransformationType, string Comment, SqlQuery Query);

/// <summary>
/// A source the driver reads and registers as a view before the plan runs: the source instance, the Source Qualifier
/// that reads it, the view name, and the columns as the read yields them (source fields, or the qualifier's ports
/// for a SQL override, in port order).
/// </summary>
public sealed record SourceRead(string SourceInstance, string QualifierInstance, string View, IReadOnlyList<string> Columns)
{
    /// <summary>
    /// Every source instance the qualifier reads, in the mapping's order: one, or several of one source database
    /// joined there (TG: Source Qualifier > Joining Source Data).
    /// </summary>
    public IReadOnlyList<string> Sources { get; init; } = [SourceInstance];

    /// <summary>
    /// The query the driver pushes to the source database for a qualifier that joins several sources (the default
    /// query PowerCenter generates: the connected ports in port order, the user-defined join or the primary key-foreign
    /// key join, the source filter, DISTINCT and the sorted ports), its columns being <see cref="Columns"/>; mapping
    /// parameters appear as PowerCenter writes them (<c>$$NAME</c>). Null when the read is the one source's own read.
    /// </summary>
    public string? Query { get; init; }
}

/// <summary>Where a lookup reads its rows: a relational table or query (on the lookup's connection) or a flat file.</summary>
public enum LookupSourceKind
{
    Relational,
    FlatFile,
}

/// <summary>
/// The rows of a lookup source the driver reads and registers as <see cref="View"/> before the steps run (TG: Lookup
/// Transformation > Lookup Source): the lookup instance, the lookup ports as its columns (in port order), and what
/// PowerCenter reads them with: the table name, or the Lookup Sql Override (which replaces it), the Lookup Source
/// Filter, and the Connection Information (a connection name, <c>$Source</c>, <c>$Target</c> or a
/// <c>$DBConnection</c> parameter); a flat file lookup names no table.
/// </summary>
public sealed record LookupRead(
    string LookupInstance,
    string View,
    IReadOnlyList<string> Columns,
    LookupSourceKind Kind,
    string? Table,
    string? SqlOverride,
    string? SourceFilter,
    string? Connection);

/// <summary>A view of rows with a row error: the instance that raised it, and the column holding the message.</summary>
public sealed record RejectOutput(string Instance, string View, string ErrorColumn);

/// <summary>One target field and the value written to it.</summary>
public sealed record TargetColumn(string Field, SqlExpr Value);

/// <summary>
/// A target load: the target instance, the view its rows come from, each target field's value; or, when the plan
/// cannot produce the rows, the reason. <see cref="Path"/> lists the instances on the way, in order.
/// </summary>
public sealed record TargetLoad(string TargetInstance, string? View, IReadOnlyList<TargetColumn> Columns, IReadOnlyList<string> Path, string? Refusal)
{
    public bool IsTranslated => Refusal is null;

    /// <summary>
    /// The column of <see cref="View"/> holding each row's action (0 insert, 1 update, 2 delete; TG: Update Strategy
    /// Transformation) set by the nearest Update Strategy on the path; null when no Update Strategy flags the rows, so
    /// the session's "Treat source rows as" decides.
    /// </summary>
    public RowAction? RowAction { get; init; }
}

/// <summary>The Update Strategy instance that flags a target load's rows and the column of the load's view that holds each row's action.</summary>
public sealed record RowAction(string Instance, string Column);

/// <summary>How far a transformation instance is translated.</summary>
public enum InstanceStatus
{
    Translated,
    Approximated,
    Unsupported,
}

/// <summary>What the plan did with one transformation instance: its status, the notes (differences, reasons) and the expressions it holds with their Spark SQL.</summary>
public sealed record InstanceReport(string Instance, string TransformationType, InstanceStatus Status, IReadOnlyList<string> Notes, IReadOnlyList<ExpressionReport> Expressions);

/// <summary>An expression of a transformation as translated: where it stands (port or property), the PowerCenter text, the Spark SQL or why not.</summary>
public sealed record ExpressionReport(string Where, string Text, string? Sql, string Verdict);

/// <summary>
/// The typed plan of one mapping: the sources to read, the steps that compute every transformation as views, the
/// target loads, and a report of every transformation instance with the diagnostics found.
/// </summary>
public sealed record MappingPlan(
    string Mapping,
    IReadOnlyList<SourceRead> Reads,
    IReadOnlyList<PlanStep> Steps,
    IReadOnlyList<TargetLoad> Targets,
    IReadOnlyList<InstanceReport> Instances,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The views of rows skipped for a row error, one per transformation that can raise one.</summary>
    public IReadOnlyList<RejectOutput> Rejects { get; init; } = [];

    /// <summary>The lookup sources the driver reads into views before the steps run, one per lookup instance used.</summary>
    public IReadOnlyList<LookupRead> Lookups { get; init; } = [];

    /// <summary>The sequences whose values the steps compute (Sequence Generators, Normalizer generated keys), by name.</summary>
    public IReadOnlyList<PlanSequence> Sequences { get; init; } = [];

    /// <summary>The run-time values (parameters, variables, built-ins) the steps refer to by named markers, by name.</summary>
    public IReadOnlyList<Informatica2Spark.Core.Expressions.Translation.RunTimeValue> RunTimeValues { get; init; } = [];
}

/// <summary>
/// A Sequence Generator (TG: Sequence Generator Transformation), or the generated key of a Normalizer
/// (<c>INSTANCE.GK_PORT</c>, increment 1): each row of the stream its NEXTVAL feeds takes the
/// next value, from <see cref="CurrentValue"/> by <see cref="Increment"/>; with <see cref="Cycle"/> the values wrap
/// from <see cref="EndValue"/> to <see cref="StartValue"/>. <see cref="Variable"/> is the run-state variable that
/// holds the Current Value across runs (its <c>:NAME</c> marker is the first value of a run; the driver stores the
/// value after the last row when the run succeeds), or null when Reset starts every run at the Current Value.
/// <see cref="Views"/> are the views whose rows took a value, counted by the driver to advance the variable.
/// </summary>
public sealed record PlanSequence(string Instance, string? Variable, long CurrentValue, long StartValue, long Increment, long EndValue, bool Cycle)
{
    public IReadOnlyList<string> Views { get; init; } = [];
}
