using System;
using System.Globalization;
using System.Text;

namespace Informatica2Spark.Syntax;

/// <summary>
/// Literals of Spark SQL (Spark SQL Reference: Literals): strings in single quotes with backslash escapes (Spark's
/// default, <c>spark.sql.parser.escapedStringLiterals=false</c>: a doubled quote is NOT an escape in Spark, it joins
/// two literals), integers, <c>L</c> bigints, <c>BD</c> decimals, <c>D</c> doubles, <c>TIMESTAMP '...'</c>. The one
/// writer of Spark literals: the translator's dialect and the drivers' parameter binding both use it. Spark expands
/// <c>${name}</c>, <c>${env:NAME}</c> and <c>${system:name}</c> anywhere in SQL text, string literals included, before
/// it parses (spark.sql.variable.substitute, on by default): a string literal writes <c>${</c> as <c>$\{</c>, which
/// Spark reads back as <c>${</c> without expanding it, so a value can never pull an environment variable into the data.
/// </summary>
public static class SparkSqlLiterals
{
    /// <summary>A string literal: <c>'O\'Brien'</c>; backslash, quote, line and tab characters, and the <c>{</c> of <c>${</c> escaped.</summary>
    public static string String(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('\'');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '{' when i > 0 && text[i - 1] == '$':
                    builder.Append("\\{");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\'':
                    builder.Append("\\'");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('\'').ToString();
    }

    /// <summary>A double literal in round-trip form (<c>2.5D</c>, <c>1E+20D</c>); NaN and infinities as casts.</summary>
    public static string Double(double value)
    {
        if (!double.IsFinite(value))
        {
            return $"CAST('{(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity")}' AS DOUBLE)";
        }

        return RoundTrip(value) + "D";
    }

    /// <summary>A finite double in round-trip form with a point or an exponent, so it never reads as an integer.</summary>
    public static string RoundTrip(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    /// <summary><c>TIMESTAMP 'yyyy-MM-dd HH:mm:ss[.ffffff]'</c> (microseconds, trailing zeros removed).</summary>
    public static string Timestamp(DateTime value) => "TIMESTAMP '" + TimestampText(value) + "'";

    /// <summary><c>yyyy-MM-dd HH:mm:ss</c>, with <c>.ffffff</c> (trailing zeros removed) when there is a fraction.</summary>
    public static string TimestampText(DateTime value)
    {
        var text = value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var micros = value.Ticks % TimeSpan.TicksPerSecond / 10;
        return micros == 0 ? text : text + "." + micros.ToString("D6", CultureInfo.InvariantCulture).TrimEnd('0');
    }

    /// <summary>
    /// The literal of a run-time value of a kind: NULL as a typed <c>CAST(NULL AS ...)</c>; an integer as is, a
    /// bigint with <c>L</c>, a decimal with <c>BD</c> (its own scale), a double, a timestamp, a string.
    /// </summary>
    public static string Of(RunTimeValueKind kind, object? value) => value switch
    {
        null => $"CAST(NULL AS {TypeName(kind)})",
        long number when kind == RunTimeValueKind.BigInt => number.ToString(CultureInfo.InvariantCulture) + "L",
        long number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture) + "BD",
        double number => Double(number),
        DateTime date => Timestamp(date),
        _ => String(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    /// <summary>Spark's name of the type a kind computes in.</summary>
    public static string TypeName(RunTimeValueKind kind) => kind switch
    {
        RunTimeValueKind.Integer => "INT",
        RunTimeValueKind.BigInt => "BIGINT",
        RunTimeValueKind.Decimal => "DECIMAL(28,9)",
        RunTimeValueKind.Double => "DOUBLE",
        RunTimeValueKind.DateTime => "TIMESTAMP",
        _ => "STRING",
    };
}
