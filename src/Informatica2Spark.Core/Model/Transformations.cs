namespace Informatica2Spark.Core.Model;

/// <summary>
/// <c>TRANSFORMATION</c>, reusable (folder level) or local to a mapping or mapplet. <see cref="Type"/> keeps the
/// export's text (for example <c>Source Qualifier</c>, <c>Lookup Procedure</c>, <c>Custom Transformation</c>).
/// </summary>
public sealed record Transformation(
    string Name,
    string Type,
    bool Reusable,
    string? Description,
    IReadOnlyList<TransformationGroup> Groups,
    IReadOnlyList<Port> Ports,
    IReadOnlyList<AttributeValue> TableAttributes,
    IReadOnlyList<AttributeValue> InitProperties,
    FlatFileSettings? FlatFile,
    TextPosition Position) : IModelObject;

/// <summary><c>TRANSFORMFIELD</c>: a port with its datatype, direction and expression.</summary>
public sealed record Port(
    string Name,
    string DataType,
    PortDirection Direction,
    string PortTypeText,
    int Precision,
    int? Scale,
    string? Expression,
    string? ExpressionType,
    string? DefaultValue,
    string? Group,
    string? RefField,
    bool? IsSortKey,
    string? SortDirection,
    IReadOnlyList<AttributeValue> FieldAttributes,
    TextPosition Position) : IModelObject
{
    /// <summary>
    /// <c>REF_SOURCE_FIELD</c>: the field of a Normalizer's record a port stands for (TG: Normalizer Transformation >
    /// Normalizer Ports): the input ports of a field that occurs n times share it, in occurrence order; null elsewhere.
    /// </summary>
    public string? RefSourceField { get; init; }

    /// <summary><c>SEQUENCE_GENERATOR_VALUE</c>: the next value of a Normalizer's generated key port (GK_), as the repository stores it.</summary>
    public string? SequenceGeneratorValue { get; init; }
}

/// <summary>PORTTYPE flags: <c>INPUT/OUTPUT</c>, <c>LOCAL VARIABLE</c>, <c>LOOKUP/OUTPUT/RETURN</c>, <c>INPUT/OUTPUT/MASTER</c> ...</summary>
[Flags]
public enum PortDirection
{
    None = 0,
    Input = 1,
    Output = 2,
    Variable = 4,
    Lookup = 8,
    Return = 16,
    Master = 32,
    Generated = 64,
}

/// <summary><c>GROUP</c> of a router, union, normalizer or XML transformation.</summary>
public sealed record TransformationGroup(string Name, int Order, string Type, string? Expression, string? Description);

/// <summary><c>EXPRMACRO</c>: a user-defined function.</summary>
public sealed record ExpressionMacro(
    string Name,
    string Expression,
    string? ReturnType,
    IReadOnlyList<string> Arguments,
    TextPosition Position) : IModelObject;
