using Informatica2Spark.Core.Expressions.Sql;
using static Informatica2Spark.Core.Expressions.Dates.DateSql;

namespace Informatica2Spark.Core.Expressions.Translation;

/// <summary>Numbers as text as PowerCenter writes them: TO_CHAR (Numbers), and wherever a number becomes a string (<c>||</c>).</summary>
public static class NumberText
{
    /// <summary>
    /// A double as PowerCenter writes it (TLR: TO_CHAR (Numbers)): '0' for zero; 15 significant digits in decimal
    /// notation (<c>format_string('%.Nf')</c> with N = 14 - floor(log10(|x|))) with trailing zeros removed; from 1e15
    /// and below 1e-16 the mantissa of <c>format_string('%.14e')</c> without trailing zeros and a signed three-digit
    /// exponent. NaN gives NULL.
    /// </summary>
    public static SqlExpr Double(SqlExpr x)
    {
        if (Constant(x) is { } constant && double.IsFinite(constant))
        {
            return SqlLiteral.String(Format(constant));
        }

        var magnitude = Call("abs", x);
        var decimals = Subtract(Int(14), AsInt(Call("floor", Call("log10", magnitude))));
        var plain = Call("format_string", Call("concat", SqlLiteral.String("%."), AsString(decimals), SqlLiteral.String("f")), x);
        var scientific = Call("format_string", SqlLiteral.String("%.14e"), x);
        var mantissa = Call("regexp_extract", scientific, SqlLiteral.String("^(.*)e"), Int(1));
        var exponent = AsInt(Call("regexp_extract", scientific, SqlLiteral.String("e(.*)$"), Int(1)));
        var sign = new SqlCase([new SqlWhen(new SqlBinary(SqlBinaryOperator.Less, exponent, Int(0)), SqlLiteral.String("-"))], SqlLiteral.String("+"));
        var withExponent = Call("concat", TrimZeros(mantissa), SqlLiteral.String("e"), sign, Call("lpad", AsString(Call("abs", exponent)), Int(3), SqlLiteral.String("0")));
        var large = new SqlLiteral(1e15, SqlType.Double);
        var tiny = new SqlLiteral(1e-16, SqlType.Double);
        return new SqlCase(
            [
                new SqlWhen(Equal(x, new SqlLiteral(0d, SqlType.Double)), SqlLiteral.String("0")),
                new SqlWhen(new SqlBinary(SqlBinaryOperator.And, AtLeast(magnitude, tiny), new SqlBinary(SqlBinaryOperator.Less, magnitude, large)), TrimZeros(plain)),
                new SqlWhen(new SqlBinary(SqlBinaryOperator.Or, AtLeast(magnitude, large), new SqlBinary(SqlBinaryOperator.Less, magnitude, tiny)), withExponent),
            ],
            null);
    }

    /// <summary>Trailing zeros of the fraction removed, and the point when nothing follows it: '1010.99000' is '1010.99', '100.000' is '100'.</summary>
    private static SqlExpr TrimZeros(SqlExpr text) =>
        Call("regexp_replace", text, SqlLiteral.String("(\\.[0-9]*[1-9])0+$|\\.0+$"), SqlLiteral.String("$1"));

    /// <summary>The value of a double expression made only of constants (<c>1.0D + 2.0D</c>), or null.</summary>
    private static double? Constant(SqlExpr x) => x switch
    {
        SqlLiteral { Value: double value } => value,
        SqlUnary { Operator: SqlUnaryOperator.Negate } negate => -Constant(negate.Operand),
        SqlBinary { Operator: SqlBinaryOperator.Add } b => Constant(b.Left) + Constant(b.Right),
        SqlBinary { Operator: SqlBinaryOperator.Subtract } b => Constant(b.Left) - Constant(b.Right),
        SqlBinary { Operator: SqlBinaryOperator.Multiply } b => Constant(b.Left) * Constant(b.Right),
        _ => null,
    };

    /// <summary>A constant double as <see cref="Double(SqlExpr)"/> writes it, computed at translation.</summary>
    public static string Format(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        var magnitude = Math.Abs(value);
        if (magnitude is >= 1e-16 and < 1e15)
        {
            var decimals = Math.Clamp(14 - (int)Math.Floor(Math.Log10(magnitude)), 0, 99);
            return TrimZeros(value.ToString("F" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture));
        }

        var scientific = value.ToString("0.00000000000000e+000", System.Globalization.CultureInfo.InvariantCulture);
        var e = scientific.IndexOf('e', StringComparison.Ordinal);
        return TrimZeros(scientific[..e]) + scientific[e..];
    }

    private static string TrimZeros(string text) =>
        text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
}
