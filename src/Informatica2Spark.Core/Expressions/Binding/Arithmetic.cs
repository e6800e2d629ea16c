using Informatica2Spark.Core.Expressions.Syntax;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Binding;

/// <summary>
/// The type PowerCenter computes arithmetic in (DG: Datatype Reference > Integer Values in Calculations, Decimal and
/// Double Values in Calculations): <c>+ - *</c> keep integers; integer division, and every operation with an integer
/// constant, compute in Double, or in Decimal with high precision; a Double operand makes the result Double;
/// decimals combine as decimals of at most 28 digits with high precision, and of at most 15 without (a wider result
/// is Double).
/// </summary>
public static class Arithmetic
{
    public static PcType ResultType(BinaryOperator op, BoundExpression left, BoundExpression right, bool highPrecision)
    {
        var l = Numeric(left.Type, right.Type);
        var r = Numeric(right.Type, left.Type);
        if (l.Kind == PcTypeKind.Double || r.Kind == PcTypeKind.Double)
        {
            return PcType.Double;
        }

        if (l.IsIntegral && r.IsIntegral)
        {
            if (op == BinaryOperator.Divide)
            {
                return highPrecision ? DecimalResult(op, PcTypes.AsDecimal(l), PcTypes.AsDecimal(r)) : PcType.Double;
            }

            return l.Kind == PcTypeKind.BigInt || r.Kind == PcTypeKind.BigInt ? PcType.BigInt : PcType.Integer;
        }

        // DG: Decimal and Double Values in Calculations: without high precision a decimal result of more than 15
        // digits is stored as Double.
        var result = DecimalResult(op, PcTypes.AsDecimal(l), PcTypes.AsDecimal(r));
        return highPrecision || result.Precision <= 15 ? result : PcType.Double;
    }

    /// <summary>Booleans compute as integers; NULL takes the other operand's type.</summary>
    private static PcType Numeric(PcType type, PcType other) => type.Kind switch
    {
        PcTypeKind.Boolean => PcType.Integer,
        PcTypeKind.Null or PcTypeKind.Unknown => other.IsNumeric ? other : PcType.Integer,
        _ => type,
    };

    /// <summary>Decimal results as Spark sizes them (Spark SQL: Decimal arithmetic), kept within PowerCenter's 28 digits.</summary>
    private static PcType DecimalResult(BinaryOperator op, PcType a, PcType b)
    {
        int precision, scale;
        switch (op)
        {
            case BinaryOperator.Multiply:
                precision = a.Precision + b.Precision + 1;
                scale = a.Scale + b.Scale;
                break;
            case BinaryOperator.Divide:
                scale = Math.Max(6, a.Scale + b.Precision + 1);
                precision = a.Precision - a.Scale + b.Scale + scale;
                break;
            case BinaryOperator.Modulo:
                scale = Math.Max(a.Scale, b.Scale);
                precision = Math.Min(a.Precision - a.Scale, b.Precision - b.Scale) + scale;
                break;
            default:
                scale = Math.Max(a.Scale, b.Scale);
                precision = Math.Max(a.Precision - a.Scale, b.Precision - b.Scale) + scale + 1;
                break;
        }

        if (precision > PcType.MaxDecimalPrecision)
        {
            var whole = precision - scale;
            scale = Math.Max(Math.Min(scale, 6), PcType.MaxDecimalPrecision - whole);
            precision = PcType.MaxDecimalPrecision;
        }

        return PcType.Decimal(precision, Math.Min(scale, precision));
    }
}
