using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Sessions;

/// <summary>
/// Everything one session occurrence says, typed: identity, execution, performance, each source and target, the
/// mapping's parameters, error handling, components, and every attribute not mapped to a field, so nothing is lost.
/// </summary>
public sealed record SessionConfig(
    SessionIdentity Identity,
    ExecutionSettings Execution,
    PerformanceSettings Performance,
    IReadOnlyList<SourceSettings> Sources,
    IReadOnlyList<TargetSettings> Targets,
    IReadOnlyList<LookupSettings> Lookups,
    IReadOnlyList<MappingVariable> Parameters,
    ErrorHandlingSettings ErrorHandling,
    ComponentSettings Components,
    IReadOnlyList<OtherAttribute> OtherAttributes);

/// <summary>Which session this is and where it runs.</summary>
public sealed record SessionIdentity(
    string Repository,
    string Folder,
    string? Workflow,
    IReadOnlyList<string> WorkletPath,
    string Name,
    string SessionName,
    string MappingName,
    bool MappingInExport,
    string ObjectPath,
    string? ParameterFilename,
    string? SourceConnectionValue,
    string? TargetConnectionValue,
    Diagnostics.SourceLocation Location);

public sealed record ExecutionSettings(
    Choice<TreatSourceRowsAs> TreatSourceRowsAs,
    Choice<CommitType> CommitType,
    int? CommitInterval,
    bool CommitOnEndOfFile,
    bool RollbackOnErrors,
    Choice<RecoveryStrategy> RecoveryStrategy,
    bool EnableRecovery,
    bool ConstraintBasedLoadOrdering,
    bool RetryOnDeadlock,
    bool IncrementalAggregation);

public sealed record PerformanceSettings(
    MemorySize DtmBufferSize,
    MemorySize DefaultBufferBlockSize,
    int? LineSequentialBufferLength,
    IReadOnlyList<PartitionSettings> Partitions,
    string? DynamicPartitioning,
    int? NumberOfPartitions,
    PushdownSettings Pushdown,
    bool HighPrecision,
    bool CollectPerformanceData,
    LookupCacheSettings LookupCache,
    IReadOnlyList<CustomProperty> CustomProperties);

/// <summary>How one transformation instance is partitioned.</summary>
public sealed record PartitionSettings(
    string InstanceName,
    Choice<PartitionType> Type,
    int Count,
    bool IsRepartitionPoint,
    IReadOnlyList<string> HashKeys,
    IReadOnlyList<KeyRange> KeyRanges);

public sealed record PushdownSettings(Choice<PushdownOptimization> Mode, bool AllowTemporaryView, bool AllowTemporarySequence, bool AllowIncompatibleConnections);

public sealed record LookupCacheSettings(
    bool CacheLookupFunction,
    MemorySize MaximumAutoMemory,
    int? MaximumAutoMemoryPercent,
    string? AdditionalConcurrentPipelines,
    string? PrebuildCache);

/// <summary>A connection as the session names it: a connection name, a variable such as <c>$DBConnection_Src</c>, or both.</summary>
public sealed record ConnectionSetting(string? Name, string? Variable, string Type, string SubType);

/// <summary>One source instance with its qualifier's settings (session overrides over mapping values) and reader settings.</summary>
public sealed record SourceSettings(
    string InstanceName,
    string? QualifierName,
    string? DatabaseType,
    string? ReaderType,
    ConnectionSetting? Connection,
    string? SqlQuery,
    string? SourceFilter,
    string? UserDefinedJoin,
    bool SelectDistinct,
    int? SortedPorts,
    string? PreSql,
    string? PostSql,
    string? OwnerName,
    string? TableName,
    FlatFileReaderSettings? FlatFile)
{
    /// <summary>
    /// The qualifier attributes (<c>Sql Query</c>, <c>Source Filter</c>, <c>User Defined Join</c>, <c>Pre SQL</c>,
    /// <c>Post SQL</c>, ...) whose value the session sets over the mapping's, in a fixed order; empty when none.
    /// </summary>
    public IReadOnlyList<string> SessionOverrides { get; init; } = [];
}

public sealed record FlatFileReaderSettings(string? Directory, string? FileName, Choice<SourceFileType> FileType, string? InputType, string? Command)
{
    /// <summary>
    /// The session's own file properties for this source (a <c>FLATFILE</c> inside the session's
    /// <c>SESSTRANSFORMATIONINST</c>): when set, they replace the source definition's layout for this session.
    /// </summary>
    public FlatFileSettings? SessionLayout { get; init; }
}

/// <summary>
/// One target instance with its writer settings. The row options (Insert, Update as Update, Update as Insert, Update
/// else Insert, Delete) are as the writer gives them; absent, Insert and Update as Update are on and the others off,
/// as documented (WBG, Using Session-Level Target Properties with Source Properties). What they do depends on Treat
/// source rows as: see <see cref="TargetRowOperations"/>.
/// </summary>
public sealed record TargetSettings(
    string InstanceName,
    string? DatabaseType,
    string? WriterType,
    ConnectionSetting? Connection,
    Choice<TargetLoadType> LoadType,
    bool Insert,
    bool UpdateAsUpdate,
    bool UpdateAsInsert,
    bool UpdateElseInsert,
    bool Delete,
    bool TruncateTarget,
    string? TablePrefix,
    string? TableName,
    string? PreSql,
    string? PostSql,
    string? UpdateOverride,
    string? RejectDirectory,
    string? RejectFileName,
    FlatFileWriterSettings? FlatFile);

public sealed record FlatFileWriterSettings(
    string? Directory,
    string? FileName,
    string? OutputType,
    string? MergeType,
    string? MergeDirectory,
    string? MergeFileName,
    bool AppendIfExists,
    string? HeaderOptions,
    string? HeaderCommand,
    string? FooterCommand)
{
    /// <summary>
    /// The session's own file properties for this target (a <c>FLATFILE</c> inside the session's
    /// <c>SESSTRANSFORMATIONINST</c>): when set, they replace the target definition's layout for this session.
    /// </summary>
    public FlatFileSettings? SessionLayout { get; init; }
}

/// <summary>
/// One lookup instance: its table or SQL override, the mapping's <c>Connection Information</c>, and the connection its
/// session lookup extension names (which wins when both are set); whether it caches its source (<c>Lookup caching
/// enabled</c>, default YES) and the memory of its data and index caches (<c>Lookup Data Cache Size</c>, <c>Lookup Index
/// Cache Size</c>: Auto, the default, or bytes; TG Lookup Transformation, Lookup Properties). The session's values win
/// over the mapping's.
/// </summary>
public sealed record LookupSettings(
    string InstanceName,
    string? TableName,
    string? SqlOverride,
    string? ConnectionInformation,
    ConnectionSetting? Connection = null,
    bool CachingEnabled = true,
    MemorySize DataCacheSize = default,
    MemorySize IndexCacheSize = default)
{
    /// <summary>The lookup attributes (<c>Lookup Sql Override</c>, <c>Lookup table name</c>, ...) the session sets over the mapping's; empty when none.</summary>
    public IReadOnlyList<string> SessionOverrides { get; init; } = [];
}

public sealed record ErrorHandlingSettings(
    int? StopOnErrors,
    Choice<TracingLevel> OverrideTracing,
    string? ErrorLogType,
    string? ErrorLogFileName,
    string? ErrorLogTablePrefix,
    bool LogSourceRowData,
    string DateTimeFormat,
    Choice<ErrorAction> OnStoredProcedureError,
    Choice<ErrorAction> OnPreSessionCommandError,
    Choice<ErrorAction> OnPrePostSqlError,
    string? SessionLogFileName,
    string? SessionLogDirectory);

/// <summary>Pre- and post-session commands and variable assignments.</summary>
public sealed record ComponentSettings(IReadOnlyList<SessionCommand> Commands, IReadOnlyList<VariableAssignment> Assignments);

public sealed record SessionCommand(string When, string Name, string Command);

public sealed record VariableAssignment(string When, string Variable, string Value);

/// <summary>Where a merged attribute came from, lowest precedence first.</summary>
public enum AttributeOrigin
{
    ConfigObject,
    ConfigReference,
    Mapping,
    Session,
    TaskInstance,
}

/// <summary>An attribute no typed field holds yet, with its owner (the session or an instance) and origin.</summary>
public sealed record OtherAttribute(string Name, string Value, string Owner, AttributeOrigin Origin);
