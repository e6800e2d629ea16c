using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Parameters;

/// <summary>Where a session uses a parameter: what kind of text it sits in decides how substitution applies.</summary>
public enum ParameterUsageKind
{
    SqlOverride,
    SourceFilter,
    UserDefinedJoin,
    PreSql,
    PostSql,
    LookupOverride,
    FileName,
    FileDirectory,
    ConnectionVariable,
    Expression,
    Command,
    SessionAttribute,
    Other,
}

/// <summary>
/// One place a session's configuration holds text that PowerCenter substitutes parameters into: the raw text, what
/// it is (<see cref="Kind"/>), a description such as <c>Sql Query of SQ_ORDERS</c>, and its location.
/// </summary>
public sealed record ParameterUsage(ParameterUsageKind Kind, string Description, string Text, SourceLocation Location);

/// <summary>A mapping parameter or variable as the mapping declares it (<c>MAPPINGVARIABLE</c>).</summary>
public sealed record DeclaredParameter(
    string Name,
    string DataType,
    int? Precision,
    int? Scale,
    string? InitialValue,
    bool IsVariable,
    Model.AggregationFunction Aggregation,
    SourceLocation Location);
