namespace Informatica2Spark.Core.Diagnostics;

/// <summary>Session rule codes: semantic checks, constructs with no exact Spark equivalent, security.</summary>
public static partial class DiagnosticCodes
{
    public static DiagnosticDescriptor CommitIntervalNotPositive { get; } =
        new("I2S0503", Severity.Error, DiagnosticCategory.Semantic, "Commit interval is not positive");

    public static DiagnosticDescriptor ResumeWithMappingVariables { get; } =
        new("I2S0504", Severity.Warning, DiagnosticCategory.Semantic, "Resume from last checkpoint on a mapping with variables");

    public static DiagnosticDescriptor BulkLoadWithUpdates { get; } =
        new("I2S0505", Severity.Warning, DiagnosticCategory.Semantic, "Bulk load combined with updates or deletes");

    public static DiagnosticDescriptor TruncateWithUpsert { get; } =
        new("I2S0506", Severity.Warning, DiagnosticCategory.Semantic, "Truncate target combined with update else insert");

    public static DiagnosticDescriptor PartitionKeysMismatch { get; } =
        new("I2S0507", Severity.Error, DiagnosticCategory.Semantic, "Partition keys do not match the partitions");

    public static DiagnosticDescriptor UserDefinedCommit { get; } =
        new("I2S0601", Severity.Warning, DiagnosticCategory.Compatibility, "User-defined commit or Transaction Control");

    public static DiagnosticDescriptor RejectFile { get; } =
        new("I2S0602", Severity.Warning, DiagnosticCategory.Compatibility, "Reject file");

    public static DiagnosticDescriptor RowErrorThreshold { get; } =
        new("I2S0603", Severity.Warning, DiagnosticCategory.Compatibility, "Row-level error threshold");

    public static DiagnosticDescriptor SessionCommandNotRun { get; } =
        new("I2S0604", Severity.Warning, DiagnosticCategory.Compatibility, "Pre- or post-session command is not run");

    public static DiagnosticDescriptor PrePostSqlNotRun { get; } =
        new("I2S0605", Severity.Warning, DiagnosticCategory.Compatibility, "Pre- or post-SQL is not run");

    public static DiagnosticDescriptor IncrementalAggregation { get; } =
        new("I2S0606", Severity.Warning, DiagnosticCategory.Compatibility, "Incremental aggregation");

    public static DiagnosticDescriptor ConstraintBasedLoadOrdering { get; } =
        new("I2S0607", Severity.Warning, DiagnosticCategory.Compatibility, "Constraint-based load ordering");

    public static DiagnosticDescriptor PlaintextPasswordInExport { get; } =
        new("I2S0701", Severity.Error, DiagnosticCategory.Security, "Password in plain text in the export");

    public static DiagnosticDescriptor PlaintextPasswordInParameterFile { get; } =
        new("I2S0702", Severity.Warning, DiagnosticCategory.Security, "Password in plain text in a parameter file");
}
