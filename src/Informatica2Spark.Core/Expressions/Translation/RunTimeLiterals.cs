using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Syntax;

namespace Informatica2Spark.Core.Expressions.Translation;

/// <summary>
/// A run-time value (a parameter's value as text) as the literal a driver binds in place of its marker, read by
/// <see cref="RunTimeValues"/> as generated drivers read it: a string as given, numbers invariantly, dates in the
/// parameter-file formats. An empty value of a non-string type is NULL.
/// </summary>
public static class RunTimeLiterals
{
    /// <summary>Why a parsed value does not fit its declared type (a decimal with too many digits before the point, a string longer than its precision), or null.</summary>
    private static string? Fits(PcType type, object? value) => value switch
    {
        decimal number when type.Kind == PcTypeKind.Decimal && WholeDigits(number) > type.Precision - type.Scale =>
            $"{number.ToString(System.Globalization.CultureInfo.InvariantCulture)} does not fit {type}: it has more than {type.Precision - type.Scale} digits before the point",
        string text when type.Kind == PcTypeKind.String && text.Length > type.Precision =>
            $"the value has {text.Length} characters, more than {type} holds",
        _ => null,
    };

    private static int WholeDigits(decimal number)
    {
        var whole = Math.Truncate(Math.Abs(number));
        return whole == 0 ? 0 : whole.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
    }

    /// <summary>The kind a driver reads a value of this type as.</summary>
    public static RunTimeValueKind KindOf(PcType type) => type.Kind switch
    {
        PcTypeKind.Integer or PcTypeKind.Boolean => RunTimeValueKind.Integer,
        PcTypeKind.BigInt => RunTimeValueKind.BigInt,
        PcTypeKind.Decimal => RunTimeValueKind.Decimal,
        PcTypeKind.Double => RunTimeValueKind.Double,
        PcTypeKind.DateTime => RunTimeValueKind.DateTime,
        _ => RunTimeValueKind.String,
    };

    /// <summary>The literal, or null with the reason when the text is not a value of the type.</summary>
    public static (SqlExpr? Literal, string? Problem) Of(PcType type, string? text, int currentYear)
    {
        if (!RunTimeValues.TryParse(KindOf(type), text, currentYear, out var value, out var problem))
        {
            return (null, problem);
        }

        if (Fits(type, value) is { } misfit)
        {
            return (null, misfit);
        }

        return value switch
        {
            null => (new SqlCast(SqlNull.Instance, SqlTypes.Of(type)), null),
            long whole => (new SqlLiteral(whole, type.Kind == PcTypeKind.BigInt ? SqlType.BigInt : SqlType.Int), null),
            decimal number => (new SqlLiteral(number, SqlTypes.Of(type)), null),
            double real => (new SqlLiteral(real, SqlType.Double), null),
            DateTime date => (new SqlLiteral(date, SqlType.Timestamp), null),
            _ => (SqlLiteral.String((string)value), null),
        };
    }
}
