using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Core.Parameters;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// One session lowered to the Spark job i2s generates for it: the typed view-model every template renders. Nothing
/// in it is a secret value: passwords appear as references to where they live.
/// </summary>
public sealed record SessionJob(
    JobIdentity Identity,
    SparkPlatform Platform,
    IReadOnlyList<JobSetting> Conf,
    IReadOnlyList<JobSource> Sources,
    IReadOnlyList<JobTarget> Targets,
    IReadOnlyList<JobParameter> Parameters,
    IReadOnlyList<JobVariable> Variables,
    JobState State,
    IReadOnlyList<JobDecision> Decisions,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Why the job loads no target when the session has none (its mapping is not in the export, or has no target
    /// instance), or null: a driver with nothing to load refuses to run rather than succeed doing nothing.
    /// </summary>
    public string? NoLoad { get; init; }

    /// <summary>The mapping's plan (null when the mapping is not in the inputs): its reads, steps, loads and instance report.</summary>
    public MappingPlan? Plan { get; init; }

    /// <summary>The text of <c>mapping.sql</c> (<see cref="PlanScript"/>; without a plan, a header that says why it has no statement).</summary>
    public string Script { get; init; } = string.Empty;

    /// <summary>The session's Stop on errors: the driver fails once this many rows are rejected; 0 never stops.</summary>
    public int StopOnErrors { get; init; }

    /// <summary>How much of the mapping the plan translates (<see cref="Automation.None"/> without a plan).</summary>
    public Automation Figures { get; init; } = Automation.None;

    /// <summary>The mapping as the run counts it once however many sessions run it: input, folder and name; null without a plan.</summary>
    public string? MappingKey { get; init; }

    /// <summary>The run-time values mapping.sql refers to by named markers, which the driver binds when it runs.</summary>
    public IReadOnlyList<JobValue> Values { get; init; } = [];

    /// <summary>converted: every target load runs; partial: some are refused until translated; failed: errors stop it.</summary>
    public ConversionStatus Status =>
        Diagnostics.Any(d => d.Severity == Severity.Error) ? ConversionStatus.Failed
        : Targets.Any(t => t.Refusal is not null) || Targets.Count == 0 ? ConversionStatus.Partial
        : ConversionStatus.Converted;
}

public enum ConversionStatus
{
    Converted,
    Partial,
    Failed,
}

/// <summary>Where the session comes from and the names its outputs use.</summary>
/// <param name="Directory">The session's output directory, relative to <c>--out</c>.</param>
/// <param name="ProjectName">The driver project's name: a safe file name and C# identifier.</param>
/// <param name="Namespace">The driver's C# namespace.</param>
public sealed record JobIdentity(
    string Repository,
    string Folder,
    string? Workflow,
    IReadOnlyList<string> WorkletPath,
    string Session,
    string Mapping,
    bool MappingInExport,
    string ObjectPath,
    string SourceFile,
    string Directory,
    string ProjectName,
    string Namespace)
{
    public string AppName => $"i2s:{ObjectPath}";
}

/// <summary>The Spark and .NET for Apache Spark versions the job is generated for.</summary>
public sealed record SparkPlatform(string SparkVersion, string ScalaVersion, string DotnetSparkVersion, string TargetFramework)
{
    /// <summary>The bridge jar spark-submit starts, e.g. <c>microsoft-spark-3-5_2.12-2.3.1.jar</c>.</summary>
    public string Jar => $"microsoft-spark-{SparkVersion.Replace('.', '-')}_{ScalaVersion}-{DotnetSparkVersion}.jar";
}

/// <summary>A Spark conf entry with the rule that chose it and why.</summary>
public sealed record JobSetting(string Key, string Value, string Rule, string Rationale);

/// <summary>
/// A data source option. <see cref="Value"/> may name run-time parameters (<c>$$LOAD_DATE</c>), which the driver
/// substitutes when it runs; a password is a <see cref="Secret"/> reference the driver resolves, never a value.
/// </summary>
public sealed record JobOption(string Key, string? Value, SecretReference? Secret, string? Rationale)
{
    public bool IsSecret => Secret is not null;
}

/// <summary>One source read through its Source Qualifier.</summary>
/// <param name="Refusal">Why the driver cannot read it (no catalogued connection, a format it cannot read), or null.</param>
/// <param name="PositionalColumns">Names given to the columns read by position (SQL override, flat file), or null.</param>
public sealed record JobSource(
    string Instance,
    string? Qualifier,
    string? Connection,
    string? Format,
    IReadOnlyList<JobOption> Options,
    IReadOnlyList<string>? PositionalColumns,
    string? Refusal)
{
    /// <summary>The view the driver registers the rows as read under, for the steps of mapping.sql; null when the plan reads no such source.</summary>
    public string? View { get; init; }

    /// <summary>
    /// The schema the rows are read with, as Spark DDL (<c>`ID` DECIMAL(10,0), `NAME` STRING</c>), or null to let the
    /// data source decide: a delimited file is read with its definition's fields and types.
    /// </summary>
    public string? Schema { get; init; }

    /// <summary>
    /// Spark SQL select expressions applied to the rows as read (<c>DataFrame.SelectExpr</c>), or empty: a fixed-width
    /// file is read as lines and each field cut from the line's bytes.
    /// </summary>
    public IReadOnlyList<string> Projection { get; init; } = [];
}

/// <summary>One target load: a step of the driver.</summary>
/// <param name="Step">The step's run-state name, <c>TGT:INSTANCE</c>.</param>
/// <param name="Mode">The Spark save mode: <c>append</c> (insert) or <c>overwrite</c> (truncate, or a file rewritten).</param>
/// <param name="View">The view of mapping.sql holding the rows it writes, one column per target field (<c>target__NAME</c>), for a translated load.</param>
/// <param name="Path">The transformation instances its rows pass through, in mapping order.</param>
/// <param name="Refusal">Why the driver refuses to run this load, or null when it runs.</param>
public sealed record JobTarget(
    string Instance,
    string Step,
    string? Connection,
    string? Format,
    string Mode,
    IReadOnlyList<JobOption> Options,
    string? View,
    IReadOnlyList<string> Path,
    string? Refusal)
{
    /// <summary>The source read views its rows come from (counted as the rows it reads).</summary>
    public IReadOnlyList<string> Reads { get; init; } = [];

    /// <summary>The views of rows rejected on its path (row errors), counted as its rejected rows.</summary>
    public IReadOnlyList<string> Rejects { get; init; } = [];

    /// <summary>
    /// Spark SQL select expressions applied to the columns before they are written (<c>DataFrame.SelectExpr</c>), or
    /// empty: a fixed-width file is written as one padded line per row.
    /// </summary>
    public IReadOnlyList<string> Projection { get; init; } = [];

    /// <summary>The MERGE the rows are written with (updates and deletes), or null for a plain write in <see cref="Mode"/>.</summary>
    public JobMerge? Merge { get; init; }

    /// <summary>
    /// For a plain write of rows an Update Strategy flags: the column of the target view holding each row's flag
    /// (DD_INSERT 0, DD_UPDATE 1, DD_DELETE 2), or null when the session's Treat source rows as applies to every row.
    /// </summary>
    public string? ActionColumn { get; init; }

    /// <summary>With <see cref="ActionColumn"/>: the flags whose rows are written; rows with another flag never reach the target (TG, Update Strategy Transformation: Specifying Operations for Individual Target Tables).</summary>
    public IReadOnlyList<RowFlag> WrittenFlags { get; init; } = [];
}

/// <summary>A run-time value of mapping.sql: its marker's name (without the colon), the parameter, variable or built-in it stands for, and its kind.</summary>
public sealed record JobValue(string Marker, string Name, Informatica2Spark.Syntax.RunTimeValueKind Kind);

/// <summary>A parameter or variable the session uses, with its value at conversion and where it came from.</summary>
/// <param name="RunTime">PowerCenter lets it change per run: the driver takes a new value from its arguments or environment.</param>
public sealed record JobParameter(string Name, string? Value, ParameterLayer? Layer, string? Origin, bool RunTime);

/// <summary>A mapping variable carried across runs by the run-state store.</summary>
public sealed record JobVariable(string Name, string DataType, string? InitialValue, string Aggregation);

/// <summary>Run-state settings: the store and the persist policy, with the reason for the policy.</summary>
public sealed record JobState(string Store, string Path, string RecoveryStrategy, string Persist, string PersistReason);

/// <summary>A decision the converter made, stated with its reason for the report.</summary>
public sealed record JobDecision(string Subject, string Decision, string Reason);
