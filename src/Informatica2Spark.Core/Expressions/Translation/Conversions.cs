using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Translation;

/// <summary>
/// The implicit conversions PowerCenter applies between types, written in SQL: a number used as a condition is TRUE
/// when not 0 (TLR: Logical Operators), TRUE and FALSE are 1 and 0 as numbers (TLR: Comparison Operators), integer
/// constants compute in the type of the operation (DG: Integer Values in Calculations), numbers and dates become
/// strings where a string is expected (TLR: String Operators; dates in the session's DateTime Format String).
/// </summary>
public static class Conversions
{
    /// <summary>
    /// A value as a condition: booleans as they are, NULL as NULL, a number as <c>x &lt;&gt; 0</c>, a string as the
    /// number it converts to (its numeric portion, DG: Converting Strings to Numbers) compared with 0.
    /// </summary>
    public static SqlExpr ToCondition(BoundExpression bound, SqlExpr value) => bound.Type.Kind switch
    {
        PcTypeKind.Boolean => value,
        PcTypeKind.String => new SqlBinary(SqlBinaryOperator.NotEqual, new SqlCast(NumericText.Portion(value, NumericText.FloatPattern), SqlType.Double), SqlLiteral.Int(0)),
        PcTypeKind.Null => new SqlCast(SqlNull.Instance, SqlType.Boolean),
        _ when bound is BoundLiteral { Value: decimal number } => SqlLiteral.Bool(number != 0),
        _ => new SqlBinary(SqlBinaryOperator.NotEqual, value, SqlLiteral.Int(0)),
    };

    /// <summary>
    /// A value as a number of <paramref name="type"/>: a boolean is 1 or 0, an integer constant is written as a
    /// literal of that type, an integral value becomes DOUBLE or DECIMAL where the operation computes in one.
    /// </summary>
    public static SqlExpr ToNumber(BoundExpression bound, SqlExpr value, PcType type)
    {
        if (bound is BoundLiteral { Value: decimal number })
        {
            return NumberLiteral(number, type);
        }

        if (bound is BoundLiteral { Value: bool flag })
        {
            return NumberLiteral(flag ? 1 : 0, type);
        }

        return bound.Type.Kind switch
        {
            PcTypeKind.Null => value,
            PcTypeKind.Boolean => new SqlCast(value, SqlTypes.Of(type.IsNumeric ? type : PcType.Integer)),
            _ when bound.Type.Kind == type.Kind && (type.Kind != PcTypeKind.Decimal || bound.Type == type) => value,
            _ when type.Kind == PcTypeKind.Double && bound.Type.Kind is PcTypeKind.Integer or PcTypeKind.BigInt or PcTypeKind.Decimal => new SqlCast(value, SqlType.Double),
            _ when type.Kind == PcTypeKind.Decimal && bound.Type.IsIntegral => new SqlCast(value, SqlTypes.Of(PcTypes.AsDecimal(bound.Type))),
            _ => value,
        };
    }

    /// <summary>A numeric constant as a literal of <paramref name="type"/>: <c>1000</c>, <c>1000L</c>, <c>1000D</c>, <c>1000BD</c>.</summary>
    public static SqlExpr NumberLiteral(decimal number, PcType type) => type.Kind switch
    {
        PcTypeKind.Double => new SqlLiteral((double)number, SqlType.Double),
        PcTypeKind.Decimal => new SqlLiteral(number, SqlTypes.Of(PcType.Decimal(Math.Max(type.Precision, Digits(number)), Math.Max(type.Scale, Scale(number))))),
        PcTypeKind.BigInt => new SqlLiteral((long)number, SqlType.BigInt),
        _ when number == Math.Truncate(number) && number is >= long.MinValue and <= long.MaxValue => SqlLiteral.Int((long)number),
        _ => new SqlLiteral(number, SqlType.Decimal(Math.Max(Digits(number), 1), Scale(number))),
    };

    /// <summary>A value as an INT for an argument that counts (a position, a length): integer constants as they are written, other values cast.</summary>
    public static SqlExpr ToInt(BoundExpression bound, SqlExpr value) => bound switch
    {
        BoundLiteral { Value: decimal number } when number == Math.Truncate(number) && number is >= int.MinValue and <= int.MaxValue => SqlLiteral.Int((long)number),
        BoundLiteral { Value: null } => SqlNull.Instance,
        { Type.Kind: PcTypeKind.Integer } => value,
        { Type.Kind: PcTypeKind.Boolean } => new SqlCast(value, SqlType.Int),
        _ => new SqlCast(value, SqlType.Int),
    };

    /// <summary>
    /// A value as a string, as the <c>||</c> operator converts its operands (as TO_CHAR does): strings as they are,
    /// integers as their digits, doubles with 15 significant digits (<see cref="NumberText"/>), decimals with their
    /// scale with high precision and as doubles without, dates in the session's DateTime Format String.
    /// Constants are converted here, so <c>'alpha' || 2</c> is <c>'alpha2'</c>.
    /// </summary>
    public static SqlExpr ToText(BoundExpression bound, SqlExpr value, ExpressionSettings settings) => bound switch
    {
        { Type.Kind: PcTypeKind.String } => value,
        BoundLiteral { Value: null } => SqlNull.Instance,
        BoundLiteral { Value: decimal number, Type.Kind: PcTypeKind.Double } => SqlLiteral.String(NumberText.Format((double)number)),
        BoundLiteral { Value: decimal number } => SqlLiteral.String(number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        BoundLiteral { Value: bool flag } => SqlLiteral.String(flag ? "1" : "0"),
        { Type.Kind: PcTypeKind.Boolean } => new SqlCast(new SqlCast(value, SqlType.Int), SqlType.String),
        { Type.Kind: PcTypeKind.DateTime } => DateFormats.Format(value, settings.DateTimeFormat).Value,
        { Type.Kind: PcTypeKind.Double } => NumberText.Double(value),
        { Type.Kind: PcTypeKind.Decimal } when !settings.HighPrecision => NumberText.Double(new SqlCast(value, SqlType.Double)),
        _ => new SqlCast(value, SqlType.String),
    };

    private static int Scale(decimal number) => (decimal.GetBits(number)[3] >> 16) & 0xFF;

    private static int Digits(decimal number)
    {
        var whole = Math.Truncate(Math.Abs(number));
        return (whole == 0 ? 0 : whole.ToString(System.Globalization.CultureInfo.InvariantCulture).Length) + Scale(number);
    }
}
