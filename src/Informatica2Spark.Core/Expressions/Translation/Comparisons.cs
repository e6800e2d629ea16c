using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Syntax;

namespace Informatica2Spark.Core.Expressions.Translation;

/// <summary>
/// Comparison operators under the Integration Service's "Treat Null In Comparison Operators As" setting (TLR:
/// Constants > NULL > Null Values in Comparison Expressions): NULL gives NULL (SQL's own rule); HIGH makes NULL greater
/// than every value and equal to NULL (<c>NULL &gt; 1</c> is TRUE); LOW makes it less than every value and equal to
/// NULL. An operand that is a non-NULL literal needs no NULL test.
/// </summary>
public static class Comparisons
{
    public static SqlExpr Compare(BinaryOperator op, SqlExpr left, SqlExpr right, NullComparison mode)
    {
        var sqlOperator = op switch
        {
            BinaryOperator.Equal => SqlBinaryOperator.Equal,
            BinaryOperator.NotEqual => SqlBinaryOperator.NotEqual,
            BinaryOperator.Less => SqlBinaryOperator.Less,
            BinaryOperator.LessOrEqual => SqlBinaryOperator.LessOrEqual,
            BinaryOperator.Greater => SqlBinaryOperator.Greater,
            _ => SqlBinaryOperator.GreaterOrEqual,
        };
        var plain = new SqlBinary(sqlOperator, left, right);
        if (mode == NullComparison.Null || (CannotBeNull(left) && CannotBeNull(right)))
        {
            return plain;
        }

        if (op is BinaryOperator.Equal or BinaryOperator.NotEqual)
        {
            if (IsNull(left) && IsNull(right))
            {
                return SqlLiteral.Bool(op == BinaryOperator.Equal);
            }

            var same = new SqlBinary(SqlBinaryOperator.NullSafeEqual, left, right);
            return op == BinaryOperator.Equal ? same : new SqlUnary(SqlUnaryOperator.Not, same);
        }

        // Order the NULL side: with HIGH a NULL operand is the greatest value, with LOW the least.
        var leftIsGreater = op is BinaryOperator.Greater or BinaryOperator.GreaterOrEqual;
        var orEqual = op is BinaryOperator.LessOrEqual or BinaryOperator.GreaterOrEqual;
        var high = mode == NullComparison.High;

        // The outcome when only the left operand is NULL, and when only the right one is.
        var leftNullOutcome = high == leftIsGreater;

        // A NULL constant decides the outcome by the other operand alone: NULL > 1 is TRUE under HIGH.
        if (IsNull(left) || IsNull(right))
        {
            var outcome = IsNull(left) ? leftNullOutcome : !leftNullOutcome;
            var other = IsNull(left) ? right : left;
            return IsNull(other) ? SqlLiteral.Bool(orEqual)
                : CannotBeNull(other) || outcome == orEqual ? SqlLiteral.Bool(outcome)
                : new SqlCase([new SqlWhen(new SqlIsNull(other), SqlLiteral.Bool(orEqual))], SqlLiteral.Bool(outcome));
        }

        var whens = new List<SqlWhen>();
        if (!CannotBeNull(left) && !CannotBeNull(right))
        {
            whens.Add(new SqlWhen(new SqlBinary(SqlBinaryOperator.And, new SqlIsNull(left), new SqlIsNull(right)), SqlLiteral.Bool(orEqual)));
        }

        if (!CannotBeNull(left))
        {
            whens.Add(new SqlWhen(new SqlIsNull(left), SqlLiteral.Bool(leftNullOutcome)));
        }

        if (!CannotBeNull(right))
        {
            whens.Add(new SqlWhen(new SqlIsNull(right), SqlLiteral.Bool(!leftNullOutcome)));
        }

        return new SqlCase(whens, plain);
    }

    private static bool CannotBeNull(SqlExpr expression) => expression is SqlLiteral { Value: not null };

    private static bool IsNull(SqlExpr expression) => expression is SqlNull or SqlLiteral { Value: null };
}
