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
public sealed record SourceRead(string SourceInstance, string QualifierInstance, string View, IReadOnlyList<string> Columns);

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
}

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

    /// <summary>The run-time values (parameters, variables, built-ins) the steps refer to by named markers, by name.</summary>
    public IReadOnlyList<Informatica2Spark.Core.Expressions.Translation.RunTimeValue> RunTimeValues { get; init; } = [];
}
