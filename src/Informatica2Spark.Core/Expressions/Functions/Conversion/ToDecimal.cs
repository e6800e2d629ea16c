using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Conversion;

/// <summary>
/// TO_DECIMAL(value [, scale]) (TLR: Functions > TO_DECIMAL): a string or number as a Decimal with <c>scale</c> digits
/// after the point (an integer literal 0 to 28); NULL gives NULL. A string is read as its numeric portion after leading
/// blanks ('711A1' is 711, 'A12.3Grove' 0; <see cref="NumericText"/>) and rounded to the scale (<c>TO_DECIMAL('15.6789',
/// 3)</c> is 15.679): Spark's cast to DECIMAL(28,scale), which rounds half up. A string of more digits than the
/// precision holds is a row error ("Integration Service skips this row"), where Spark's cast gives NULL. A decimal
/// argument is truncated to a smaller scale, never extended ("the scale argument is a maximum and cannot extend
/// scale", TLR 10.5.6). Without a scale the result keeps the argument's scale; a string or a double has no declared
/// scale, so i2s reads it with <see cref="DefaultScale"/> digits (approximate). The result is Decimal(28, scale) for
/// strings and doubles, and as many digits as the argument's whole part needs for integers and decimals; without high
/// precision a Decimal of more than 15 digits computes as Double (DG: Decimal and Double Values in Calculations), so the
/// result is then cast to DOUBLE after rounding.
/// </summary>
public sealed class ToDecimal : ExpressionFunction
{
    public override string? Limits => "approximate without a scale for a string or a double: 10 digits are kept after the point, where PowerCenter keeps the value's own scale";

    /// <summary>The scale a string or double is read with when the call gives none.</summary>
    public const int DefaultScale = 10;

    public override string Name => "TO_DECIMAL";

    public override FunctionCategory Category => FunctionCategory.Conversion;

    public override string Syntax => "TO_DECIMAL(value [, scale])";

    public override int MinArguments => 1;

    public override int MaxArguments => 2;

    private sealed record Target(PcType Decimal, bool Truncates, bool MayOverflow, bool ScaleGuessed);

    public override PcType Bind(CallBinding call)
    {
        call.ExpectNumber(0, allowString: true);
        var scale = call.Count == 2 ? call.ExpectIntegerLiteral(1, "the scale") : null;
        if (scale is < 0 or > PcType.MaxDecimalPrecision)
        {
            call.Problem(1, $"the scale must be between 0 and {PcType.MaxDecimalPrecision}, not {scale}");
            scale = Math.Clamp(scale.Value, 0, PcType.MaxDecimalPrecision);
        }

        var source = call[0].Type;
        var target = source.Kind switch
        {
            PcTypeKind.Decimal when scale is null || scale >= source.Scale => new Target(source, false, false, false),
            PcTypeKind.Decimal => new Target(PcType.Decimal(source.Precision - source.Scale + scale.Value, scale.Value), true, false, false),
            PcTypeKind.Integer or PcTypeKind.BigInt or PcTypeKind.Boolean => Whole(PcTypes.AsDecimal(source).Precision, scale ?? 0),
            _ => new Target(PcType.Decimal(PcType.MaxDecimalPrecision, scale ?? DefaultScale), false, true, scale is null && !source.IsOpen),
        };
        call.Data = target;
        return call.Settings.HighPrecision || target.Decimal.Precision <= 15 ? target.Decimal : PcType.Double;
    }

    private static Target Whole(int digits, int scale) =>
        new(PcType.Decimal(digits + scale, scale), false, digits + scale > PcType.MaxDecimalPrecision, false);

    public override SqlExpr Translate(CallTranslation call)
    {
        var target = (Target)call.Data!;
        var type = SqlTypes.Of(target.Decimal);
        var source = call.TypeOf(0);
        if (source.Kind == PcTypeKind.Null)
        {
            return SqlLiteral.Null(SqlTypes.Of(call.ResultType));
        }

        if (target.ScaleGuessed)
        {
            call.Approximate($"without a scale, a {(source.Kind == PcTypeKind.String ? "string" : "double")} is read with {DefaultScale} digits after the point, where PowerCenter keeps the value's own scale");
        }

        SqlExpr value = source.Kind switch
        {
            PcTypeKind.String => new SqlCast(NumericText.Portion(call[0], NumericText.DecimalPattern), type),
            PcTypeKind.Decimal when target.Truncates => new SqlCast(Truncated(call[0], target.Decimal.Scale), type),
            PcTypeKind.Decimal => call[0],
            PcTypeKind.Boolean => new SqlCast(new SqlCast(call[0], SqlType.Int), type),
            _ => new SqlCast(call[0], type),
        };
        if (target.MayOverflow)
        {
            call.RowError(new SqlBinary(SqlBinaryOperator.And, new SqlIsNull(value), new SqlIsNull(call[0], Negated: true)), "TO_DECIMAL: numeric overflow");
        }

        return call.ResultType.Kind == PcTypeKind.Double ? new SqlCast(value, SqlType.Double) : value;
    }

    /// <summary>A decimal truncated toward zero to <paramref name="scale"/> digits: <c>x - x % 10^-scale</c>, exact in decimal arithmetic.</summary>
    private static SqlExpr Truncated(SqlExpr value, int scale) =>
        new SqlBinary(SqlBinaryOperator.Subtract, value, new SqlBinary(SqlBinaryOperator.Modulo, value, Conversions.NumberLiteral(1m / Pow10(scale), PcType.Integer)));

    private static decimal Pow10(int exponent) => exponent == 0 ? 1m : 10m * Pow10(exponent - 1);
}
