using System.Runtime.CompilerServices;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Emit;

namespace Informatica2Spark.Core.Emit.Spark;

/// <summary>What every template of a session renders: the job, the tool, and the few texts derived from the job.</summary>
public sealed class JobView(SessionJob job)
{
    public SessionJob Job { get; } = job;

    public ToolView Tool { get; } = ToolView.Current;

    public DriverView Driver { get; } = new(job);

    public string Status => Job.Status.ToString().ToLowerInvariant();

    public string StatusText => Job.Status switch
    {
        ConversionStatus.Converted => "Every target load is translated and runs.",
        ConversionStatus.Partial when Job.NoLoad is { } noLoad => $"The session loads no target ({noLoad}); the driver refuses to run.",
        ConversionStatus.Partial => $"{Job.Targets.Count(t => t.Refusal is null)} of {Job.Targets.Count} target loads are translated; the driver refuses to run until the others are (see Not converted).",
        _ => "Errors stop this job (see Findings); the driver refuses to run.",
    };

    /// <summary>The run-state library's project, relative to the driver project.</summary>
    public string RuntimeProject => string.Concat(Enumerable.Repeat("../", Job.Identity.Directory.Split('/').Length + 1)) + RuntimeEmitter.ProjectPath;

    /// <summary>The properties every generated project sets so it builds alike wherever it is written (<see cref="BuildIsolation"/>).</summary>
    public string BuildIsolationProperties => BuildIsolation.ProjectProperties;

    /// <summary>The workflow's object path, owner of persistent workflow variables; null for a reusable session run by no workflow.</summary>
    public string? WorkflowId => Job.Identity.Workflow is { } workflow ? Model.ObjectPath.Child(Job.Identity.Folder, Model.ObjectPath.Workflow, workflow) : null;

    public bool StateIsSqlite => Job.State.Store == "sqlite";

    public bool StateIsPostgres => Job.State.Store == "postgres";

    public IReadOnlyList<ParameterView> Parameters { get; } =
        [.. job.Parameters.Select(p => new ParameterView(p.Name, p.Value, p.Layer?.ToString().ToLowerInvariant(), p.Origin, p.RunTime ? "true" : "false"))];

    /// <summary>Each load the driver refuses, with the transformations it would drop, and each source it cannot read.</summary>
    public IReadOnlyList<string> NotConverted { get; } =
    [
        .. job.Targets.Where(t => t.Refusal is not null).Select(t => $"{t.Instance}: {t.Refusal}"),
        .. job.NoLoad is { } noLoad ? [$"{job.Identity.Session}: {noLoad}"] : Array.Empty<string>(),
        .. job.Sources.Where(s => s.Refusal is not null).Select(s => $"{s.Qualifier ?? s.Instance} (source {s.Instance}): {s.Refusal}"),
    ];

    public IReadOnlyList<string> Findings { get; } = [.. job.Diagnostics.Select(d => d.ToString())];

    /// <summary>The mapping's figures in one line (<see cref="Automation.Text"/>).</summary>
    public string Automation => Job.Figures.Text;

    /// <summary>Every transformation instance of the mapping's plan, in plan order, with its status and every note (differences, reasons).</summary>
    public IReadOnlyList<InstanceView> Transformations => PlanViews?.Transformations ?? [];

    /// <summary>Every expression and condition the instances hold, with its Spark SQL (or why not) and verdict.</summary>
    public IReadOnlyList<ExpressionView> Expressions => PlanViews?.Expressions ?? [];

    private PlanView? PlanViews { get; } = job.Plan is { } plan ? PlanView.Of(plan) : null;
}

/// <summary>
/// The views of a plan's instances and expressions: made once per plan object and shared by the sessions that share
/// the plan (<see cref="Mappings.Plan.PlanCache"/>); views are immutable records, so sharing them changes no output.
/// Thread-safe; an entry lives as long as its plan.
/// </summary>
internal sealed record PlanView(IReadOnlyList<InstanceView> Transformations, IReadOnlyList<ExpressionView> Expressions)
{
    private static readonly ConditionalWeakTable<Mappings.Plan.MappingPlan, PlanView> Views = new();

    public static PlanView Of(Mappings.Plan.MappingPlan plan) => Views.GetValue(plan, p => new PlanView(
        [.. p.Instances.Select(i => new InstanceView(i.Instance, i.TransformationType, i.Status.ToString().ToLowerInvariant(), string.Join("; ", i.Notes)))],
        [.. p.Instances.SelectMany(i => i.Expressions.Select(e => new ExpressionView(i.Instance, e.Where, e.Text, e.Sql ?? "(not translated)", e.Verdict)))]));
}

/// <summary>A transformation instance of the report: name, PowerCenter type, status, notes.</summary>
public sealed record InstanceView(string Instance, string Type, string Status, string Notes);

/// <summary>An expression of the report: its instance, where it stands, the PowerCenter text, the Spark SQL and the verdict.</summary>
public sealed record ExpressionView(string Instance, string Where, string Text, string Sql, string Verdict);

/// <summary>The tool as outputs name it.</summary>
public sealed record ToolView(string Name, string Version)
{
    public static ToolView Current { get; } = new(ToolInfo.Name, ToolInfo.Version);
}

/// <summary>A parameter with its layer and run-time flag as text.</summary>
public sealed record ParameterView(string Name, string? Value, string? Layer, string? Origin, string RunTime);
