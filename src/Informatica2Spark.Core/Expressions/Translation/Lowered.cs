using Informatica2Spark.Core.Expressions.Sql;

namespace Informatica2Spark.Core.Expressions.Translation;

/// <summary>A translated node: its value and its row error (a string expression, NULL when the row has none), null when it cannot raise one.</summary>
public sealed record Lowered(SqlExpr Value, SqlExpr? Error)
{
    /// <summary>The first row error of several evaluated in order: null, the one, or <c>coalesce(e1, e2, ...)</c>.</summary>
    public static SqlExpr? FirstError(IEnumerable<SqlExpr?> errors)
    {
        var present = errors.OfType<SqlExpr>().ToList();
        return present.Count switch
        {
            0 => null,
            1 => present[0],
            _ => new SqlFunction("coalesce", present),
        };
    }

    /// <summary>A row error raised when <paramref name="condition"/> is true: <c>CASE WHEN condition THEN 'message' END</c>.</summary>
    public static SqlExpr ErrorWhen(SqlExpr condition, string message) => new SqlCase([new SqlWhen(condition, SqlLiteral.String(message))], null);
}
