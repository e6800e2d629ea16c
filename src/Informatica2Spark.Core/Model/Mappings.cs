namespace Informatica2Spark.Core.Model;

/// <summary><c>MAPPING</c>: its local transformations, instances, connectors, load order and variables.</summary>
public sealed record Mapping(
    string Name,
    string? Description,
    bool? IsValid,
    IReadOnlyList<Transformation> Transformations,
    IReadOnlyList<Instance> Instances,
    IReadOnlyList<Connector> Connectors,
    IReadOnlyList<TargetLoadOrder> TargetLoadOrders,
    IReadOnlyList<MappingVariable> Variables,
    TextPosition Position) : IModelObject;

/// <summary><c>MAPPLET</c>: a reusable piece of a mapping.</summary>
public sealed record Mapplet(
    string Name,
    string? Description,
    bool? IsValid,
    IReadOnlyList<Transformation> Transformations,
    IReadOnlyList<Instance> Instances,
    IReadOnlyList<Connector> Connectors,
    IReadOnlyList<MappingVariable> Variables,
    TextPosition Position) : IModelObject;

/// <summary><c>INSTANCE</c>: a use of a source, target, transformation or mapplet inside a mapping.</summary>
public sealed record Instance(
    string Name,
    InstanceKind Kind,
    string TransformationName,
    string TransformationType,
    bool? Reusable,
    string? DbdName,
    string? Description,
    IReadOnlyList<AttributeValue> TableAttributes,
    IReadOnlyList<string> AssociatedSourceInstances,
    TextPosition Position) : IModelObject;

/// <summary>INSTANCE TYPE.</summary>
public enum InstanceKind
{
    Source,
    Target,
    Transformation,
    Mapplet,
    Unspecified,
}

/// <summary><c>CONNECTOR</c>: a port-to-port link between two instances.</summary>
public sealed record Connector(
    string FromInstance,
    string FromInstanceType,
    string FromField,
    string ToInstance,
    string ToInstanceType,
    string ToField,
    TextPosition Position);

/// <summary><c>TARGETLOADORDER</c>.</summary>
public sealed record TargetLoadOrder(int Order, string TargetInstance);

/// <summary><c>MAPPINGVARIABLE</c>: a mapping parameter (<see cref="IsParameter"/>) or variable.</summary>
public sealed record MappingVariable(
    string Name,
    string DataType,
    int? Precision,
    int? Scale,
    string? DefaultValue,
    AggregationFunction Aggregation,
    bool IsParameter,
    bool IsExpressionVariable,
    bool UserDefined,
    string? Description,
    TextPosition Position) : IModelObject;

/// <summary>AGGFUNCTION of a mapping variable.</summary>
public enum AggregationFunction
{
    None,
    Count,
    Min,
    Max,
}

/// <summary><c>SHORTCUT</c> to an object in this or another folder or repository.</summary>
public sealed record Shortcut(
    string Name,
    string RefObjectName,
    string FolderName,
    string RepositoryName,
    ShortcutObjectType ObjectType,
    ShortcutReferenceType ReferenceType,
    string? DbdName,
    TextPosition Position) : IModelObject;

/// <summary>OBJECTTYPE of a shortcut.</summary>
public enum ShortcutObjectType
{
    Source,
    Target,
    Transformation,
    Mapping,
    Mapplet,
}

/// <summary>REFERENCETYPE of a shortcut: LOCAL (same repository) or GLOBAL.</summary>
public enum ShortcutReferenceType
{
    Local,
    Global,
}
