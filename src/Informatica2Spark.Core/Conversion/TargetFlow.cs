namespace Informatica2Spark.Core.Conversion;

/// <summary>How the rows of one target instance are produced, as far as the converter translates it.</summary>
public abstract record TargetFlow(string TargetInstance);

/// <summary>
/// A target fed straight by one Source Qualifier that reads one source: each qualifier port linked to the target is
/// written to its target field. <see cref="QualifierPorts"/> lists the qualifier's ports that feed anything, in port
/// order: a SQL override returns its columns in that order, as PowerCenter requires.
/// </summary>
public sealed record DirectFlow(
    string TargetInstance,
    string QualifierInstance,
    string SourceInstance,
    IReadOnlyList<ColumnLink> Columns,
    IReadOnlyList<string> QualifierPorts) : TargetFlow(TargetInstance);

/// <summary>A qualifier port written to a target field; <see cref="SourceField"/> is the source field linked into the port.</summary>
public sealed record ColumnLink(string QualifierPort, string? SourceField, string TargetField);

/// <summary>A target whose rows pass through transformations the converter does not translate yet.</summary>
/// <param name="Reason">Why, in one sentence that says what a reviewer has to do.</param>
/// <param name="Transformations">Each untranslated transformation on the way, in mapping order.</param>
public sealed record UntranslatedFlow(string TargetInstance, string Reason, IReadOnlyList<UntranslatedTransformation> Transformations)
    : TargetFlow(TargetInstance);

/// <summary>A transformation instance the generated driver cannot run yet: its name and PowerCenter type.</summary>
public sealed record UntranslatedTransformation(string Instance, string Type);
