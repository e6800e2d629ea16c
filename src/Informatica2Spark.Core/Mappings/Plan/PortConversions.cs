using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Mappings.Plan;

/// <summary>
/// The conversion PowerCenter applies when a value reaches a port of another datatype (DG: Datatype Reference >
/// Port-to-Port Data Conversion): between numbers of the same kind nothing changes ("does not convert the data to
/// the scale and precision of the port"); a number with a fraction reaching an integer port is rounded half away from
/// zero, as TO_INTEGER rounds (i2s's assumption: the page does not say); a string becomes its numeric portion (DG:
/// Converting Strings to Numbers) or a date in the session's DateTime Format String; numbers and dates become text as
/// TO_CHAR writes them.
/// </summary>
public static class PortConversions
{
    /// <summary>The value of type <paramref name="from"/> as a port of type <paramref name="to"/> holds it.</summary>
    public static SqlExpr Convert(SqlExpr value, PcType from, PcType to, ExpressionSettings settings)
    {
        if (from.IsOpen || to.IsOpen || from.Kind == to.Kind || (from.Kind == PcTypeKind.Boolean && to.IsIntegral))
        {
            return from.Kind == PcTypeKind.Boolean ? new SqlCast(value, SqlTypes.Of(to)) : value;
        }

        var target = SqlTypes.Of(to);
        return (from.Kind, to.Kind) switch
        {
            (PcTypeKind.Double or PcTypeKind.Decimal, PcTypeKind.Integer or PcTypeKind.BigInt) => new SqlCast(new SqlFunction("round", value), target),
            (_, PcTypeKind.String) => Conversions.ToText(new BoundLiteralType(from), value, settings),
            (PcTypeKind.String, PcTypeKind.DateTime) => DateText(value, settings),
            (PcTypeKind.String, _) when to.IsNumeric => new SqlCast(NumericText.Portion(value, to.Kind == PcTypeKind.Double ? NumericText.FloatPattern : NumericText.DecimalPattern), target),
            _ => new SqlCast(value, target),
        };
    }

    /// <summary>A string read as a date in the session's format, as TO_DATE without a format reads it (NULL when it does not match).</summary>
    private static SqlExpr DateText(SqlExpr value, ExpressionSettings settings) =>
        DateParsing.Of(settings.DateTimeFormat).ToSql(value, settings.CurrentYear);

    /// <summary>A bound node of a given type, for the conversions that look only at the type.</summary>
    private sealed record BoundLiteralType(PcType Type) : BoundExpression(Type, default);
}
