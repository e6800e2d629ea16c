using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;

namespace Informatica2Spark.Core.Expressions.Translation;

/// <summary>
/// PowerCenter's concatenation (TLR: String Operators, CONCAT): operands are converted to strings, a NULL operand
/// is ignored (<c>'alpha' || NULL</c> is <c>'alpha'</c>), and the result is NULL only when every operand is NULL.
/// Spark's <c>concat</c> would give NULL for any NULL operand; <c>concat_ws('', ...)</c> skips NULLs as PowerCenter
/// does, and a CASE gives NULL when all are NULL (not needed when an operand is a non-NULL constant).
/// </summary>
public static class Concatenation
{
    public static SqlExpr Of(IReadOnlyList<BoundExpression> parts, IReadOnlyList<SqlExpr> values, ExpressionSettings settings)
    {
        var kept = Enumerable.Range(0, parts.Count).Where(i => parts[i] is not BoundLiteral { Value: null }).ToList();
        if (kept.Count == 0)
        {
            return new SqlCast(SqlNull.Instance, SqlType.String);
        }

        var texts = kept.Select(i => Conversions.ToText(parts[i], values[i], settings)).ToList();
        var joined = new SqlFunction("concat_ws", [SqlLiteral.String(string.Empty), .. texts]);
        if (kept.Any(i => parts[i] is BoundLiteral))
        {
            return joined;
        }

        var allNull = texts.Select(t => (SqlExpr)new SqlIsNull(t)).Aggregate((a, b) => new SqlBinary(SqlBinaryOperator.And, a, b));
        return new SqlCase([new SqlWhen(allNull, new SqlCast(SqlNull.Instance, SqlType.String))], joined);
    }
}
