using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Core.Parameters;

namespace Informatica2Spark.Core.Assessment;

/// <summary>
/// The migration assessment of a conversion run (<c>assessment.json</c>, schema in docs/assessment.md): the estate by
/// folder, workflow, session, mapping and transformation instance, each instance with the verdict of the plan and each
/// expression with its translation, the gaps and their reasons, parameters, connections, sources and targets by
/// database type, lineage per mapping, and a complexity score per mapping from the documented
/// <see cref="ComplexityModel"/>; effort only from figures the user gives (<see cref="EffortFigures"/>). Every list is in
/// a fixed order (input, folder, then name), so the same inputs give the same document.
/// </summary>
/// <param name="Automation">The run's figures, the same as <c>i2s-manifest.json</c>'s (<see cref="Pipeline.ConversionResult.FiguresOf"/>).</param>
public sealed record Assessment(
    AssessedTool Tool,
    IReadOnlyList<string> Inputs,
    AssessmentOverview Overview,
    AutomationFigures Automation,
    ComplexityModel Complexity,
    EffortFigures? Effort,
    IReadOnlyList<AssessedFolder> Folders,
    IReadOnlyList<AssessedWorkflow> Workflows,
    IReadOnlyList<AssessedSession> Sessions,
    IReadOnlyList<AssessedMapping> Mappings,
    IReadOnlyList<AssessedTransformation> Transformations,
    IReadOnlyList<AssessedExpression> Expressions,
    IReadOnlyList<AssessedGap> Gaps,
    IReadOnlyList<AssessedParameter> Parameters,
    IReadOnlyList<AssessedConnection> Connections);

/// <summary>The tool that made the assessment.</summary>
public sealed record AssessedTool(string Name, string Version);

/// <summary>Counts of the estate, and its source and target definitions by PowerCenter database type (<c>DATABASETYPE</c>).</summary>
public sealed record AssessmentOverview(
    int Folders,
    int Workflows,
    int Sessions,
    int Mappings,
    int Transformations,
    int Expressions,
    int Gaps,
    IReadOnlyList<TypeCount> SourcesByDatabaseType,
    IReadOnlyList<TypeCount> TargetsByDatabaseType,
    IReadOnlyList<KindCount> TransformationsByType,
    IReadOnlyList<TypeCount> GapsByKind,
    IReadOnlyList<TypeCount> MappingsByComplexity)
{
    /// <summary>The sum of the mappings' effort in the unit of the effort figures, or null without them.</summary>
    public double? Effort { get; init; }
}

/// <summary>A name and how many there are.</summary>
public sealed record TypeCount(string Name, int Count);

/// <summary>A transformation type, how many instances of it are counted, and how many of them are translated, approximated or unsupported.</summary>
public sealed record KindCount(string Type, int Count, int Translated, int Approximated, int Unsupported);

/// <summary>
/// <see cref="Conversion.Automation"/> as the manifest writes it: instances other than Source Qualifiers and mapplet
/// boundaries by verdict, target loads, each percentage with its denominator.
/// </summary>
public sealed record AutomationFigures(int Instances, int Translated, int Approximated, int Unsupported, double? InstancePercent, int TargetLoads, int TargetLoadsTranslated, double? TargetLoadPercent)
{
    public static AutomationFigures Of(Automation a) => new(a.Instances, a.Translated, a.Approximated, a.Unsupported, a.InstancePercent, a.Loads, a.LoadsTranslated, a.LoadPercent);
}

/// <summary>A folder: its workflows, sessions and mappings, and the figures of the mappings its sessions run.</summary>
public sealed record AssessedFolder(string Input, string Name, int Workflows, int Sessions, int Mappings, AutomationFigures Automation);

/// <summary>A workflow: its sessions and their figures.</summary>
public sealed record AssessedWorkflow(string Input, string Folder, string Name, int Sessions, AutomationFigures Automation);

/// <summary>A session as <c>i2s convert</c> converts it: status, the mapping it runs, diagnostic counts and figures.</summary>
/// <param name="RunsNoSession">A mapping no session runs, converted with a default session: left out of the run's figures.</param>
public sealed record AssessedSession(
    string Input, string Folder, string? Workflow, string Name, string ObjectPath, string? Mapping, ConversionStatus Status, bool RunsNoSession,
    int Errors, int Warnings, int Infos, AutomationFigures Automation);

/// <summary>
/// A mapping, once however many sessions run it: its instance figures, complexity and, with effort figures, its effort;
/// the reasons of every gap; its sources and targets; and its lineage.
/// </summary>
/// <param name="Sessions">The object paths of the sessions that run it (a mapping no session runs lists its default session).</param>
/// <param name="Effort">The figure of its complexity bucket, or null without effort figures.</param>
public sealed record AssessedMapping(
    string Input,
    string Folder,
    string Name,
    IReadOnlyList<string> Sessions,
    bool RunByASession,
    AutomationFigures Automation,
    ComplexityScore Complexity,
    double? Effort,
    IReadOnlyList<string> Gaps,
    IReadOnlyList<AssessedEndpoint> Sources,
    IReadOnlyList<AssessedEndpoint> Targets,
    IReadOnlyList<TargetLineage> Lineage);

/// <summary>A source or target instance of a mapping with its definition and database type.</summary>
public sealed record AssessedEndpoint(string Instance, string Definition, string DatabaseType);

/// <summary>
/// How the rows of one target load are made: the sources read, the transformation instances on the way in mapping
/// order, whether the load is translated (else why not), and where each target field comes from.
/// </summary>
public sealed record TargetLineage(string Target, IReadOnlyList<string> Sources, IReadOnlyList<string> Path, bool Translated, string? Refusal, IReadOnlyList<ColumnLineage> Columns);

/// <summary>
/// One target field: <see cref="From"/> the ports its value passes through, nearest first, as <c>INSTANCE.PORT</c>
/// (connectors followed back through ports of the same name; the last is a source field or the port that computes
/// the value), and <see cref="Origins"/> the ports it is made from: source fields, through the ports each computing
/// expression names, or ports that make a value of their own (a sequence, a constant).
/// </summary>
public sealed record ColumnLineage(string Field, IReadOnlyList<string> From, IReadOnlyList<string> Origins);

/// <summary>One transformation instance of a mapping, with the plan's verdict.</summary>
/// <param name="Counted">Counted in the figures: not a Source Qualifier or a mapplet boundary (<see cref="Conversion.Automation.Excluded"/>).</param>
/// <param name="Notes">The differences of an approximated instance, or why an unsupported one is not translated.</param>
public sealed record AssessedTransformation(string Input, string Folder, string Mapping, string Instance, string Type, InstanceStatus Verdict, bool Counted, IReadOnlyList<string> Notes, int Expressions);

/// <summary>An expression of a transformation instance: where it stands, the PowerCenter text, the Spark SQL (or null) and its verdict.</summary>
public sealed record AssessedExpression(string Input, string Folder, string Mapping, string Instance, string Where, string Text, string? Sql, string Verdict);

/// <summary>What needs hand work, by kind (<see cref="GapKind"/>), where it is and why.</summary>
/// <param name="Mapping">The mapping it belongs to, or null for a session finding whose mapping is not in the inputs.</param>
/// <param name="Object">The transformation instance, target instance or session object path it is about.</param>
/// <param name="Code">The diagnostic code of a session finding, else null.</param>
public sealed record AssessedGap(string Input, string Folder, string? Mapping, GapKind Kind, string Object, string? Code, string Reason);

/// <summary>Kinds of gaps.</summary>
public enum GapKind
{
    /// <summary>An instance the plan cannot translate: every load through it is refused.</summary>
    UnsupportedTransformation,

    /// <summary>An instance translated with a stated difference from PowerCenter.</summary>
    ApproximatedTransformation,

    /// <summary>A target load the driver refuses to run.</summary>
    RefusedLoad,

    /// <summary>An error or warning of a session's conversion (a diagnostic with its code).</summary>
    SessionFinding,
}

/// <summary>A parameter or variable a session uses, with its value at conversion (passwords withheld) and where it came from.</summary>
public sealed record AssessedParameter(string Input, string Folder, string Session, string Name, string? Value, ParameterLayer? Layer, string? Origin, bool RunTime);

/// <summary>A connection a session reads or writes through, with the instance that uses it.</summary>
/// <param name="Role">source, target or lookup.</param>
/// <param name="Connection">The connection name (or <c>$Source</c>, a parameter), or null when the session names none.</param>
/// <param name="Refusal">Why the driver cannot use it, or null.</param>
public sealed record AssessedConnection(string Input, string Folder, string Session, string Instance, string Role, string? Connection, string? Format, string? Refusal);
