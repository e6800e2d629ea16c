using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Functions;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Syntax;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Translation;

/// <summary>One use of a function in an expression, with the verdict of that use and, when not exact, the difference.</summary>
public sealed record FunctionUse(string Name, Verdict Verdict, string? Note, TextSpan Span);

/// <summary>A run-time value the translated SQL refers to by a named marker: a mapping parameter or variable, or a built-in such as SESSSTARTTIME.</summary>
public sealed record RunTimeValue(string Name, PcType Type, string Marker);

/// <summary>
/// How a mapping variable function changes its variable: the value to aggregate over the rows that reach the call,
/// and the row types it fires on (TLR: Functions > SETVARIABLE, SETMAXVARIABLE, SETMINVARIABLE, SETCOUNTVARIABLE).
/// The row type is the one the row has where the call is evaluated (insert unless the session treats source rows
/// otherwise or an Update Strategy before it marks them).
/// </summary>
public enum VariableAggregation
{
    /// <summary>
    /// SETVARIABLE: the value of the last row marked insert or update whose value is not NULL (rows of other types,
    /// and NULL values, leave the variable unchanged). At the end of the session the final value is compared with the
    /// start value by the variable's aggregation type: a Max variable saves the greater, a Min variable the lesser.
    /// </summary>
    Last,

    /// <summary>SETMAXVARIABLE: the greatest non-NULL value of the rows marked insert, and the start value.</summary>
    Max,

    /// <summary>SETMINVARIABLE: the least non-NULL value of the rows marked insert, and the start value.</summary>
    Min,

    /// <summary>
    /// SETCOUNTVARIABLE: the start value plus one per row marked insert, minus one per row marked delete; rows marked
    /// update or reject leave it unchanged.
    /// </summary>
    Count,
}

/// <summary>
/// A mapping variable set by a variable function (SETVARIABLE and friends): the mapping plan aggregates
/// <see cref="Value"/> over the rows that reach the call and hands the result to the run state, which saves it
/// when the session succeeds (DG: Mapping Variables > Variable Values).
/// </summary>
public sealed record VariableUpdate(string Name, VariableAggregation Aggregation, SqlExpr Value, PcType Type);

/// <summary>
/// The translation of one expression. <see cref="Value"/> is the SQL of the value; <see cref="Error"/>, when not
/// null, is a string SQL expression that is NULL for a row without a row error and the error message otherwise
/// (ERROR(), a division by zero, a value that does not convert): the mapping plan keeps it as the
/// transformation's error column, routes rows with an error to the reject output and counts them, as PowerCenter
/// skips and logs them. <see cref="Sql"/> and <see cref="ErrorSql"/> are the Spark SQL texts. Value is null when the
/// expression did not parse or bind, or uses what is not translated: <see cref="Problems"/> says why.
/// </summary>
public sealed record ExpressionTranslation(
    string Text,
    SqlExpr? Value,
    SqlExpr? Error,
    PcType Type,
    IReadOnlyList<FunctionUse> Functions,
    IReadOnlyList<RunTimeValue> RunTimeValues,
    IReadOnlyList<VariableUpdate> VariableUpdates,
    IReadOnlyList<ExpressionProblem> Problems)
{
    /// <summary>The Spark SQL of the value, or null when not translated.</summary>
    public string? Sql => Value is null ? null : SparkDialect.Instance.Render(Value);

    /// <summary>The Spark SQL of the row error, or null when the expression cannot raise one.</summary>
    public string? ErrorSql => Value is null || Error is null ? null : SparkDialect.Instance.Render(Error);

    /// <summary>Whether the expression is translated: it bound and every function used is translated.</summary>
    public bool IsTranslated => Value is not null;

    /// <summary>The worst verdict of the expression: unsupported when not translated, approximate when any use is.</summary>
    public Verdict Verdict => !IsTranslated ? Verdict.Unsupported
        : Functions.Any(f => f.Verdict == Verdict.Approximate) || Problems.Any(p => p.Code == DiagnosticCodes.ExpressionApproximate) ? Verdict.Approximate
        : Verdict.Exact;

    /// <summary>
    /// The problems as diagnostics at <paramref name="location"/> (the port or attribute that holds the expression):
    /// each message ends with where in the expression it stands.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics(SourceLocation location) =>
        [.. Problems.Select(p => p.Code.Create($"{p.Message} (at {ExpressionPosition.Of(Text, p.Span.Start)} of the expression)", location))];
}
