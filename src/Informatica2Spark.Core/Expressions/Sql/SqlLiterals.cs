using System.Globalization;
using Informatica2Spark.Syntax;

namespace Informatica2Spark.Core.Expressions.Sql;

/// <summary>Invariant text of literal values shared by every dialect: numbers, timestamps, dates, hex.</summary>
internal static class SqlLiterals
{
    /// <summary>A decimal with its scale kept (<c>12.50</c>).</summary>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A double in round-trip form with a point or exponent (<see cref="SparkSqlLiterals.RoundTrip"/>).</summary>
    public static string Double(double value) => SparkSqlLiterals.RoundTrip(value);

    /// <summary><c>yyyy-MM-dd HH:mm:ss[.ffffff]</c> (<see cref="SparkSqlLiterals.TimestampText"/>).</summary>
    public static string Timestamp(DateTime value) => SparkSqlLiterals.TimestampText(value);

    /// <summary>The precision an engine gives a decimal literal written with <paramref name="scale"/> digits after the point: its significant digits, at least the scale.</summary>
    public static int DecimalPrecision(decimal value, int scale)
    {
        var whole = Math.Truncate(Math.Abs(value));
        var wholeDigits = whole == 0 ? 0 : whole.ToString(CultureInfo.InvariantCulture).Length;
        return Math.Max(1, wholeDigits + scale);
    }

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Hex(byte[] value) => Convert.ToHexString(value);
}
