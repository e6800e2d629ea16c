using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Syntax;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using static Informatica2Spark.Core.Expressions.Dates.DateSql;

namespace Informatica2Spark.Core.Expressions.Functions.Numeric;

/// <summary>
/// ROUND and TRUNC: one function each for dates and numbers, chosen by the type of the first argument. A date takes
/// a format naming a part (default the day); a number a precision, a constant (a fraction rounded to an integer
/// first) or, approximately, a value computed in Double.
/// </summary>
public abstract class DateOrNumberFunction : ExpressionFunction
{
    public override FunctionCategory Category => FunctionCategory.Numeric;

    public override int MinArguments => 1;

    public override int MaxArguments => 2;

    /// <summary>The difference stated when the precision is not a constant.</summary>
    protected abstract string VariablePrecision { get; }

    public override PcType Bind(CallBinding call)
    {
        var type = call[0].Type;
        if (type.Kind == PcTypeKind.DateTime)
        {
            call.Data = DateParts.Bind(call, 1, DatePart.Day);
            return PcType.DateTime;
        }

        call.ExpectNumber(0);
        if (call.Count > 1)
        {
            call.ExpectNumber(1);
            if (Constant(call[1]) is { } precision)
            {
                call.Data = (int)Math.Round(precision, MidpointRounding.AwayFromZero);
            }
            else if (call.Literal(1) is not { Value: null })
            {
                call.Data = NonConstant.Instance;
                return type.IsOpen ? type : PcType.Double;
            }
        }
        else
        {
            call.Data = 0;
        }

        return type.Kind == PcTypeKind.Boolean ? PcType.Integer : type;
    }

    /// <summary>A constant number: a literal, or a negated literal (<c>-2</c>).</summary>
    private static decimal? Constant(BoundExpression argument) => argument switch
    {
        BoundLiteral { Value: decimal value } => value,
        BoundUnary { Operator: UnaryOperator.Negate, Operand: BoundLiteral { Value: decimal value } } => -value,
        _ => null,
    };

    public sealed override SqlExpr Translate(CallTranslation call)
    {
        if (call.TypeOf(0).Kind == PcTypeKind.DateTime)
        {
            return call.Data is DatePart part ? OfDate(call[0], part) : new SqlCast(SqlNull.Instance, SqlType.Timestamp);
        }

        var type = call.ResultType;
        switch (call.Data)
        {
            case int precision:
                return OfNumber(call.Number(0, type), type, precision);
            case NonConstant:
                call.Approximate(VariablePrecision);
                return OfNumber(call.Number(0, PcType.Double), Call("power", new SqlLiteral(10d, SqlType.Double), call.Number(1, PcType.Double)));
            default:
                return new SqlCast(SqlNull.Instance, SqlTypes.Of(type.IsNumeric ? type : PcType.Double));
        }
    }

    /// <summary>The date rounded or truncated to the part.</summary>
    protected abstract SqlExpr OfDate(SqlExpr date, DatePart part);

    /// <summary>The number of <paramref name="type"/> to a constant precision.</summary>
    protected abstract SqlExpr OfNumber(SqlExpr value, PcType type, int precision);

    /// <summary>A Double to the precision whose power of ten is <paramref name="scale"/> (<c>power(10, p)</c>).</summary>
    protected abstract SqlExpr OfNumber(SqlExpr value, SqlExpr scale);

    /// <summary>The precision is not a constant.</summary>
    private sealed class NonConstant
    {
        public static NonConstant Instance { get; } = new();
    }
}
