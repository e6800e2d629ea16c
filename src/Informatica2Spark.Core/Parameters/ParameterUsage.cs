using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Parameters;

/// <summary>What kind of text a parameter is used in; it decides how substitution applies there.</summary>
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
    TableAttribute,
}

/// <summary>One use of a parameter: the name, the kind of text, what that text is (for example <c>Sql Query of SQ_ORDERS</c>) and where.</summary>
public sealed record ParameterUsage(string Name, ParameterUsageKind Kind, string Description, SourceLocation Location);
