using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Emit.Merge;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Core.Parameters;

namespace Informatica2Spark.Core.Emit.Spark;

/// <summary>
/// The driver's code pieces, lowered from the job: C# literals and expressions are built here, with the escaping
/// helpers, so Program.cs.hbs only places them. A value naming run-time parameters becomes <c>run.Text("...")</c>,
/// substituted when the driver runs; a secret becomes <c>run.Secret("REFERENCE")</c>, resolved when it runs. The
/// driver reads each source of a translated load into its view, runs mapping.sql, then writes each load in order.
/// </summary>
public sealed class DriverView(SessionJob job)
{
    /// <summary>What the driver refuses to run, as C# string literals: each untranslated target load, or the reason it loads no target.</summary>
    public IReadOnlyList<string> Refused { get; } =
    [
        .. job.Targets.Where(t => t.Refusal is not null).Select(t => TemplateHelpers.CSharp($"{t.Instance}: {t.Refusal}")),
        .. job.NoLoad is { } noLoad ? [TemplateHelpers.CSharp($"{job.Identity.Session}: {noLoad}")] : Array.Empty<string>(),
    ];

    /// <summary>The sources the translated loads read, each registered as its view before mapping.sql runs, in the session's source order.</summary>
    public IReadOnlyList<ReadView> Reads { get; } =
    [
        .. job.Sources.Where(s => s.View is { } view && job.Targets.Any(t => t.Refusal is null && t.Reads.Contains(view, StringComparer.Ordinal)))
            .Select(s => new ReadView(s)),
    ];

    /// <summary>The run-time values of mapping.sql as C# <c>SqlValue</c> constructions.</summary>
    public IReadOnlyList<string> Values { get; } =
        [.. job.Values.Select(v => $"new SqlValue({TemplateHelpers.CSharp(v.Marker)}, {TemplateHelpers.CSharp(v.Name)}, RunTimeValueKind.{v.Kind})")];

    /// <summary>The translated target loads in load order.</summary>
    public IReadOnlyList<StepView> Steps { get; } = [.. job.Targets.Where(t => t.Refusal is null).Select(t => new StepView(t))];

    /// <summary>
    /// The Sequence Generators whose Current Value the run state keeps, as C# statements run after the loads: each
    /// advances its variable by the rows of the views it numbered (TG: Sequence Generator Transformation), saved when
    /// the run succeeds.
    /// </summary>
    public IReadOnlyList<string> Sequences { get; } =
    [
        .. (job.Plan?.Sequences ?? []).Where(s => s.Variable is not null && job.Targets.Any(t => t.Refusal is null)).Select(s =>
            $"run.Sequence({TemplateHelpers.CSharp(s.Variable)}, {string.Join(" + ", s.Views.Select(v => $"session.Table({TemplateHelpers.CSharp(v)}).Count()"))}, "
            + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"new SequenceSettings({s.StartValue}L, {s.Increment}L, {s.EndValue}L, {(s.Cycle ? "true" : "false")}));")),
    ];

    /// <summary>Mapping variables, each with the value a parameter file, the environment or the command line gave it at conversion.</summary>
    public IReadOnlyList<VariableView> Variables { get; } =
    [
        .. job.Variables.Select(v => new VariableView(
            TemplateHelpers.CSharp(v.Name),
            TemplateHelpers.CSharp(v.DataType),
            TemplateHelpers.CSharp(v.InitialValue),
            TemplateHelpers.CSharp(job.Parameters.FirstOrDefault(p => p.Name.Equals(v.Name, StringComparison.OrdinalIgnoreCase) && p.Layer is ParameterLayer.Cli or ParameterLayer.Environment or ParameterLayer.Session)?.Value))),
    ];

    /// <summary>
    /// Per-run parameters that are not mapping variables, with their values at conversion. A built-in's run-time value
    /// (the system layer) is null: the driver derives it when it starts (a directory's default under
    /// <c>$PMRootDir</c>, the session start time) or refuses to start until it is given.
    /// </summary>
    public IReadOnlyList<ParameterDefault> Parameters { get; } =
    [
        .. job.Parameters.Where(p => (p.RunTime || (p.Value is null && RunTimeParameters.IsPerRun(p.Name))) && !job.Variables.Any(v => v.Name.Equals(p.Name, StringComparison.OrdinalIgnoreCase)))
            .Select(p => new ParameterDefault(TemplateHelpers.CSharp(p.Name), TemplateHelpers.CSharp(p.Layer == ParameterLayer.System ? null : p.Value))),
    ];

    /// <summary>
    /// The ADO.NET provider packages the driver project references, one per database its MERGEs run on, in name order:
    /// Npgsql (PostgreSQL), Microsoft.Data.SqlClient (SQL Server), Oracle.ManagedDataAccess.Core (Oracle).
    /// </summary>
    public IReadOnlyList<PackageView> Packages { get; } =
    [
        .. job.Targets.Where(t => t.Refusal is null && t.Merge?.Provider is not null)
            .Select(t => MergeView.Package(t.Merge!.Provider!)).Distinct().OrderBy(p => p.Name, StringComparer.Ordinal),
    ];

    public static string Expression(JobOption option) => option switch
    {
        { Secret: { } secret } => $"run.Secret({TemplateHelpers.CSharp(secret.ToString())})",
        { Value: { } value } when value.Contains('$', StringComparison.Ordinal) => $"run.Text({TemplateHelpers.CSharp(value)})",
        _ => TemplateHelpers.CSharp(option.Value ?? string.Empty),
    };
}

/// <summary>One source read into the view mapping.sql reads it from.</summary>
public sealed class ReadView(JobSource source)
{
    public string Method { get; } = "Read_" + OutputNames.Identifier(source.Instance);

    public string View { get; } = TemplateHelpers.CSharp(source.View);

    public string Source { get; } = TemplateHelpers.Line($"{source.Instance} for {source.Qualifier ?? source.Instance}{(source.Connection is { } c ? $" (connection {c})" : string.Empty)}");

    public string ReadFormat { get; } = TemplateHelpers.CSharp(source.Format);

    public IReadOnlyList<OptionView> ReadOptions { get; } = [.. source.Options.Select(o => new OptionView(o))];

    /// <summary>The schema the rows are read with, as a C# string literal of Spark DDL, or null.</summary>
    public string? Schema { get; } = source.Schema is { } ddl ? TemplateHelpers.CSharp(ddl) : null;

    /// <summary>Select expressions applied to the rows as read, as C# string literals (fixed-width fields), or empty.</summary>
    public IReadOnlyList<string> ReadProjection { get; } = [.. source.Projection.Select(TemplateHelpers.CSharp)];

    /// <summary>Names for columns read by position (<c>ToDF</c>), or null.</summary>
    public string? PositionalNames { get; } = source.PositionalColumns is { } names ? string.Join(", ", names.Select(TemplateHelpers.CSharp)) : null;
}

/// <summary>One translated target load: the view it writes, the views it counts, the write.</summary>
public sealed class StepView(JobTarget target)
{
    public string Step { get; } = TemplateHelpers.CSharp(target.Step);

    public string Method { get; } = "Load_" + OutputNames.Identifier(target.Instance);

    public string Target { get; } = TemplateHelpers.Line(target.Instance);

    public string TargetName { get; } = TemplateHelpers.CSharp(target.Instance);

    public string View { get; } = TemplateHelpers.CSharp(target.View);

    /// <summary>The view's name for a comment.</summary>
    public string ViewName { get; } = TemplateHelpers.Line(target.View ?? string.Empty);

    /// <summary>The read views whose rows count as read, as a C# array.</summary>
    public string Reads { get; } = Array(target.Reads);

    /// <summary>The reject views whose rows count as rejected, as a C# array.</summary>
    public string Rejects { get; } = Array(target.Rejects);

    /// <summary>
    /// The Spark SQL condition on the row action column that keeps the rows written, as a C# string literal, or null
    /// when the rows carry no action: rows with another flag never reach the target.
    /// </summary>
    public string? RowFilter { get; } = target.ActionColumn is { } column
        ? TemplateHelpers.CSharp(MergeSql.FlagCondition(column, target.WrittenFlags, MergeDialect.Delta, null)) : null;

    /// <summary>The row action column as a C# string literal, dropped before the write.</summary>
    public string? ActionColumn { get; } = target.ActionColumn is { } action ? TemplateHelpers.CSharp(action) : null;

    /// <summary>Select expressions applied to the columns before the write, as C# string literals (a fixed-width line), or empty.</summary>
    public IReadOnlyList<string> WriteProjection { get; } = [.. target.Projection.Select(TemplateHelpers.CSharp)];

    public string WriteFormat { get; } = TemplateHelpers.CSharp(target.Format);

    public string Mode { get; } = TemplateHelpers.CSharp(target.Mode);

    public IReadOnlyList<OptionView> WriteOptions { get; } = [.. target.Options.Select(o => new OptionView(o))];

    /// <summary>The MERGE the rows are written with, or null for a plain write.</summary>
    public MergeView? Merge { get; } = target.Merge is { } merge ? new MergeView(merge, target) : null;

    private static string Array(IReadOnlyList<string> views) =>
        views.Count == 0 ? "global::System.Array.Empty<string>()" : $"new[] {{ {string.Join(", ", views.Select(TemplateHelpers.CSharp))} }}";
}

/// <summary>
/// A MERGE write: the run-time library's <c>MergeWrite</c> as a C# object initializer (statements rendered in the target's
/// dialect, the connection's URL, user and password reference), and the lambda that stages the rows <c>rows</c>: a
/// temporary view for Delta, a JDBC write in overwrite mode to the staging table otherwise.
/// </summary>
public sealed class MergeView(JobMerge merge, JobTarget target)
{
    private const string Library = "global::Informatica2Spark.Runtime.Targets.";

    public string Write { get; } = string.Join("\n                ", [
        $"new {Library}MergeWrite",
        "{",
        $"    Kind = {TemplateHelpers.CSharp(merge.Provider is null ? "delta" : "jdbc")},",
        .. merge.Provider is { } provider ? new[] { $"    Provider = {TemplateHelpers.CSharp(provider)}," } : [],
        $"    Staging = {Text(merge.Staging)},",
        $"    Statement = {Text(MergeSql.Render(merge.Statement, merge.Dialect))},",
        $"    Drop = {Text(merge.Provider is null ? $"DROP VIEW IF EXISTS {merge.Staging}" : MergeSql.DropStaging(merge.Statement, merge.Dialect))},",
        .. merge.Provider is null ? [] : target.Options.Where(o => o.Key is "url" or "user" or "password")
            .Select(o => $"    {char.ToUpperInvariant(o.Key[0])}{o.Key[1..]} = {DriverView.Expression(o)},"),
        "}",
    ]);

    /// <summary>The staging lambda, of the rows in the variable <c>rows</c>.</summary>
    public string Stage { get; } = merge.Provider is null
        ? "view => rows.CreateOrReplaceTempView(view)"
        : "table => rows.Write().Format(\"jdbc\").Mode(\"overwrite\")"
          + string.Concat(target.Options.Where(o => o.Key != "dbtable").Select(o => $".Option({TemplateHelpers.CSharp(o.Key)}, {DriverView.Expression(o)})"))
          + ".Option(\"dbtable\", table).Save()";

    public static PackageView Package(string provider) => provider switch
    {
        "sqlserver" => new PackageView("Microsoft.Data.SqlClient", "6.1.1"),
        "oracle" => new PackageView("Oracle.ManagedDataAccess.Core", "23.8.0"),
        _ => new PackageView("Npgsql", "10.0.0"),
    };

    /// <summary>A text the driver substitutes per-run parameters in when it names any, as <see cref="DriverView.Expression"/> does.</summary>
    private static string Text(string value) => DriverView.Expression(new JobOption("text", value, null, null));
}

/// <summary>A package the driver project references.</summary>
public sealed record PackageView(string Name, string Version);

/// <summary>An option call: the key literal, the value expression, and the optimizer's reason as a comment.</summary>
public sealed class OptionView(JobOption option)
{
    public string Key { get; } = TemplateHelpers.CSharp(option.Key);

    public string Value { get; } = DriverView.Expression(option);

    public string? Comment { get; } = option.Rationale is { } why ? TemplateHelpers.Line(why) : null;
}

public sealed record VariableView(string Name, string DataType, string InitialValue, string ParameterFileValue);

public sealed record ParameterDefault(string Name, string Value);
