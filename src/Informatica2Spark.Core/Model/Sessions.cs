namespace Informatica2Spark.Core.Model;

/// <summary><c>CONFIG</c>: a reusable session config object.</summary>
public sealed record ConfigObject(
    string Name,
    bool IsDefault,
    string? Description,
    IReadOnlyList<AttributeValue> Attributes,
    TextPosition Position) : IModelObject;

/// <summary><c>SESSION</c>: reusable at folder level, or non-reusable inside a workflow or worklet.</summary>
public sealed record Session(
    string Name,
    string MappingName,
    bool Reusable,
    bool? IsValid,
    string? Description,
    IReadOnlyList<SessionTransformationInstance> TransformationInstances,
    ConfigReference? ConfigReference,
    IReadOnlyList<SessionComponent> Components,
    IReadOnlyList<SessionExtension> Extensions,
    IReadOnlyList<AttributeValue> Attributes,
    TextPosition Position) : IModelObject;

/// <summary><c>SESSTRANSFORMATIONINST</c>: per-instance session settings and partitioning.</summary>
public sealed record SessionTransformationInstance(
    string InstanceName,
    string TransformationName,
    string TransformationType,
    string? PartitionType,
    bool? IsRepartitionPoint,
    int? Stage,
    int? Pipeline,
    IReadOnlyList<SessionPartition> Partitions,
    IReadOnlyList<HashKey> HashKeys,
    IReadOnlyList<FlatFileSettings> FlatFiles,
    IReadOnlyList<AttributeValue> Attributes,
    TextPosition Position);

/// <summary><c>PARTITION</c> with its key ranges.</summary>
public sealed record SessionPartition(string Name, string? Description, IReadOnlyList<KeyRange> KeyRanges);

/// <summary><c>KEYRANGE</c>: a port's start and end for key-range partitioning.</summary>
public sealed record KeyRange(string Name, string? StartRange, string? EndRange, string? SourceInstanceName, string? Group);

/// <summary><c>HASHKEY</c>: a port used for hash user-keys partitioning.</summary>
public sealed record HashKey(string Name, string? Group);

/// <summary><c>CONFIGREFERENCE</c>: the config object used and its overridden attributes.</summary>
public sealed record ConfigReference(string RefObjectName, string Type, IReadOnlyList<AttributeValue> Attributes);

/// <summary><c>SESSIONCOMPONENT</c>: pre/post-session commands, emails and variable assignments.</summary>
public sealed record SessionComponent(
    string Type,
    string RefObjectName,
    bool Reusable,
    bool? IsNone,
    TaskDefinition? Task,
    IReadOnlyList<ValuePair> ValuePairs,
    IReadOnlyList<AttributeValue> Attributes);

/// <summary><c>SESSIONEXTENSION</c>: reader, writer or lookup settings of one instance, with its connections.</summary>
public sealed record SessionExtension(
    string Name,
    string Type,
    string SubType,
    string InstanceName,
    string TransformationType,
    string? DsqInstanceName,
    string? DsqInstanceType,
    IReadOnlyList<ConnectionReference> Connections,
    IReadOnlyList<AttributeValue> Attributes);

/// <summary><c>CONNECTIONREFERENCE</c>: a named connection or a connection variable such as <c>$Source</c>.</summary>
public sealed record ConnectionReference(
    string CnxRefName,
    string ConnectionType,
    string ConnectionSubType,
    string ConnectionNumber,
    string ConnectionName,
    string? Variable,
    string? PartitionName,
    IReadOnlyList<AttributeValue> Attributes);
