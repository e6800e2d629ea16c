using System.Globalization;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Runtime;

namespace Informatica2Spark.Core.Expressions.Translation;

/// <summary>
/// A run-time value (a parameter's value as text) as the literal a driver binds in place of its marker: a string
/// as given; a number parsed invariantly; a date/time in one of the parameter-file formats
/// (<see cref="ParameterDates"/>). An empty value is NULL.
/// </summary>
public static class RunTimeLiterals
{
    /// <summary>The literal, or null with the reason when the text is not a value of the type.</summary>
    public static (SqlExpr? Literal, string? Problem) Of(PcType type, string? text, int currentYear)
    {
        if (text is null || (text.Length == 0 && type.Kind != PcTypeKind.String))
        {
            return (new SqlCast(SqlNull.Instance, SqlTypes.Of(type)), null);
        }

        switch (type.Kind)
        {
            case PcTypeKind.Integer or PcTypeKind.BigInt:
                return long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                    ? (new SqlLiteral(whole, SqlTypes.Of(type)), null)
                    : (null, $"'{text}' is not an integer");
            case PcTypeKind.Decimal:
                return decimal.TryParse(text.Trim(), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
                    ? (new SqlLiteral(number, SqlTypes.Of(type)), null)
                    : (null, $"'{text}' is not a decimal number");
            case PcTypeKind.Double:
                return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
                    ? (new SqlLiteral(real, SqlType.Double), null)
                    : (null, $"'{text}' is not a number");
            case PcTypeKind.DateTime:
                return ParameterDates.TryParse(text, currentYear, out var date)
                    ? (new SqlLiteral(date, SqlType.Timestamp), null)
                    : (null, $"'{text}' is not a date in a parameter file format (MM/DD/YYYY, MM/DD/RR, optionally with HH24:MI, HH24:MI:SS or a fraction)");
            default:
                return (SqlLiteral.String(text), null);
        }
    }
}
