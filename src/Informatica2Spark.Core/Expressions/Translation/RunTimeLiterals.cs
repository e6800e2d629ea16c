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
