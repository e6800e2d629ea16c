using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using static Informatica2Spark.Core.Expressions.Dates.DateSql;

namespace Informatica2Spark.Core.Expressions.Functions.Conversion;

/// <summary>
/// TO_CHAR(date [, format]) and TO_CHAR(numeric_value) (TLR: Functions > TO_CHAR (Dates), TO_CHAR (Numbers)); one
/// function, chosen by the type of the first argument.
/// <para>
/// Dates: the date as text in the format (TLR: Dates > TO_CHAR Format Strings), by default the session's DateTime
/// Format String (MM/DD/YYYY HH24:MI:SS.US gives '04/01/1998 00:00:10.000000'); MON gives 'Apr', not 'APR'. The
/// tokens are <see cref="DateFormats"/>'s. NS prints the microseconds followed by 000: Spark timestamps hold
/// microseconds. NULL gives NULL.
/// </para>
/// <para>
/// Numbers: integers as their digits; decimals with high precision as Spark writes them, with the digits of their
/// scale (PowerCenter 10.5.1 pads to the port's scale; earlier versions did not say), and without it as doubles ("In
/// low precision mode, TO_CHAR treats decimal values as double values"); doubles with 15 significant digits,
/// trailing zeros removed, in decimal notation for magnitudes from 1e-16 up to 1e15 and otherwise in scientific
/// notation with a three-digit exponent ('1.08427649682088e+019', '1.23456789012346e+015' for 1234567890123456).
/// Doubles are rounded by Java's formatter (half up on the decimal expansion), which can differ from PowerCenter's in
/// the last digit of a value exactly halfway. NULL gives NULL.
/// </para>
/// </summary>
public sealed class ToChar : ExpressionFunction
{
    public override string Name => "TO_CHAR";

    public override FunctionCategory Category => FunctionCategory.Conversion;

    public override string Syntax => "TO_CHAR(date [, format]) | TO_CHAR(numeric_value)";

    public override int MinArguments => 1;

    public override int MaxArguments => 2;

    public override PcType Bind(CallBinding call)
    {
        var type = call[0].Type;
        if (type.Kind == PcTypeKind.DateTime)
        {
            var format = call.Count < 2 ? call.Settings.DateTimeFormat : call.ExpectStringLiteral(1, "the format");
            call.Data = format;
            return PcType.String(format is null ? 1 : Width(format));
        }

        if (call.Count > 1)
        {
            call.Problem(1, "a format is given only with a date");
        }

        return type.Kind switch
        {
            PcTypeKind.String => type,
            PcTypeKind.Integer => PcType.String(11),
            PcTypeKind.BigInt => PcType.String(20),
            PcTypeKind.Decimal => PcType.String(type.Precision + 2),
            PcTypeKind.Binary => Fail(call),
            _ => PcType.String(24),
        };
    }

    private static PcType Fail(CallBinding call)
    {
        call.Problem(0, "argument 1 must be a date or a number, not binary");
        return PcType.String(1);
    }

    /// <summary>The longest text a format gives: names up to nine characters, NS nine digits, J seven.</summary>
    private static int Width(string format) => Math.Max(1, DateFormats.Tokenize(format).Sum(e => e.Token switch
    {
        DateToken.MonthName or DateToken.DayName or DateToken.Nanosecond => 9,
        DateToken.JulianDay => 7,
        DateToken.DayOfYear or DateToken.MonthAbbreviation or DateToken.DayAbbreviation => 3,
        DateToken.Text => e.Text.Length,
        _ => Math.Max(2, e.Text.Length),
    }));

    public override SqlExpr Translate(CallTranslation call)
    {
        var type = call.TypeOf(0);
        if (type.Kind == PcTypeKind.DateTime)
        {
            return call.Data is string format ? DateFormats.Format(call[0], format).Value : new SqlCast(SqlNull.Instance, SqlType.String);
        }

        return type.Kind switch
        {
            PcTypeKind.Double => NumberText.Double(call[0]),
            PcTypeKind.Decimal when !call.Settings.HighPrecision => NumberText.Double(new SqlCast(call[0], SqlType.Double)),
            PcTypeKind.Null => new SqlCast(SqlNull.Instance, SqlType.String),
            _ => call.String(0),
        };
    }
}
