using System.Reflection;

namespace Informatica2Spark.Core.Sessions;

/// <summary>
/// The one list of attribute names the SessionConfig builder maps to typed fields. Any other attribute is kept among
/// the session's other attributes; docs/session-properties.md says why for each one seen in real exports.
/// </summary>
public static class SessionAttributeNames
{
    // Session level (SESSION, CONFIG, CONFIGREFERENCE, task instance overrides).
    public const string SourceConnectionValue = "$Source connection value";
    public const string TargetConnectionValue = "$Target connection value";
    public const string TreatSourceRowsAs = "Treat source rows as";
    public const string CommitType = "Commit Type";
    public const string CommitInterval = "Commit Interval";
    public const string CommitOnEndOfFile = "Commit On End Of File";
    public const string RollbackOnErrors = "Rollback Transactions on Errors";
    public const string RecoveryStrategy = "Recovery Strategy";
    public const string EnableRecovery = "Enable Recovery";
    public const string ConstraintBasedLoadOrdering = "Constraint based load ordering";
    public const string RetryOnDeadlock = "Session retry on deadlock";
    public const string IncrementalAggregation = "Incremental Aggregation";
    public const string DtmBufferSize = "DTM buffer size";
    public const string DefaultBufferBlockSize = "Default buffer block size";
    public const string LineSequentialBufferLength = "Line Sequential buffer length";
    public const string DynamicPartitioning = "Dynamic Partitioning";
    public const string NumberOfPartitions = "Number of Partitions";
    public const string PushdownOptimization = "Pushdown Optimization";
    public const string AllowTemporaryView = "Allow Temporary View for Pushdown";
    public const string AllowTemporarySequence = "Allow Temporary Sequence for Pushdown";
    public const string AllowIncompatibleConnections = "Allow Pushdown for User Incompatible Connections";
    public const string HighPrecision = "Enable high precision";
    public const string CollectPerformanceData = "Collect performance data";
    public const string CacheLookupFunction = "Cache LOOKUP() function";
    public const string MaximumAutoMemory = "Maximum Memory Allowed For Auto Memory Attributes";
    public const string MaximumAutoMemoryPercent = "Maximum Percentage of Total Memory Allowed For Auto Memory Attributes";
    public const string AdditionalConcurrentPipelines = "Additional Concurrent Pipelines for Lookup Cache Creation";
    public const string PrebuildLookupCache = "Pre-build lookup cache";
    public const string CustomProperties = "Custom Properties";
    public const string StopOnErrors = "Stop on errors";
    public const string OverrideTracing = "Override tracing";
    public const string ErrorLogType = "Error Log Type";
    public const string ErrorLogFileName = "Error Log File Name";
    public const string ErrorLogTablePrefix = "Error Log Table Name Prefix";
    public const string LogSourceRowData = "Log Source Row Data";
    public const string DateTimeFormat = "DateTime Format String";
    public const string OnStoredProcedureError = "On Stored Procedure error";
    public const string OnPreSessionCommandError = "On Pre-session command task error";
    public const string OnPrePostSqlError = "On Pre-Post SQL error";
    public const string SessionLogFileName = "Session Log File Name";
    public const string SessionLogDirectory = "Session Log File directory";
    public const string ParameterFilename = "Parameter Filename";

    // Source instances (SESSTRANSFORMATIONINST and qualifier TABLEATTRIBUTEs).
    public const string SqlQuery = "Sql Query";
    public const string SourceFilter = "Source Filter";
    public const string UserDefinedJoin = "User Defined Join";
    public const string SelectDistinct = "Select Distinct";
    public const string SortedPorts = "Number Of Sorted Ports";
    public const string PreSql = "Pre SQL";
    public const string PostSql = "Post SQL";
    public const string OwnerName = "Owner Name";
    public const string SourceTableName = "Source Table Name";

    // Readers (SESSIONEXTENSION of type READER).
    public const string SourceFileType = "Source filetype";
    public const string SourceFileDirectory = "Source file directory";
    public const string SourceFileName = "Source filename";
    public const string InputType = "Input Type";
    public const string Command = "Command";

    // Target instances and writers.
    public const string TablePrefix = "Table Name Prefix";
    public const string TargetTableName = "Target Table Name";
    public const string UpdateOverride = "Update Override";
    public const string TargetLoadType = "Target load type";
    public const string Insert = "Insert";
    public const string UpdateAsUpdate = "Update as Update";
    public const string UpdateAsInsert = "Update as Insert";
    public const string UpdateElseInsert = "Update else Insert";
    public const string Delete = "Delete";
    public const string TruncateTarget = "Truncate target table option";
    public const string RejectDirectory = "Reject file directory";
    public const string RejectFileName = "Reject filename";
    public const string OutputDirectory = "Output file directory";
    public const string OutputFileName = "Output filename";
    public const string OutputType = "Output Type";
    public const string MergeType = "Merge Type";
    public const string MergeDirectory = "Merge File Directory";
    public const string MergeFileName = "Merge File Name";
    public const string AppendIfExists = "Append if Exists";
    public const string HeaderOptions = "Header Options";
    public const string HeaderCommand = "Header Command";
    public const string FooterCommand = "Footer Command";

    // Lookup instances.
    public const string LookupTableName = "Lookup table name";
    public const string LookupSqlOverride = "Lookup Sql Override";
    public const string ConnectionInformation = "Connection Information";
    public const string LookupCachingEnabled = "Lookup caching enabled";
    public const string LookupDataCacheSize = "Lookup Data Cache Size";
    public const string LookupIndexCacheSize = "Lookup Index Cache Size";

    private static readonly Lazy<HashSet<string>> MappedNames = new(() =>
        typeof(SessionAttributeNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Every name mapped to a typed field (compared case-insensitively, as PowerCenter does).</summary>
    public static IReadOnlySet<string> Mapped => MappedNames.Value;
}
