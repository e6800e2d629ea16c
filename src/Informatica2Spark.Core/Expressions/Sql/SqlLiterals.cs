using System.Globalization;

namespace Informatica2Spark.Core.Expressions.Sql;

/// <summary>Invariant text of literal values shared by every dialect: numbers, timestamps, dates, hex.</summary>
internal static class SqlLiterals
{
    /// <summary>A decimal with its scale kept (<c>12.50</c>).</summary>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A double in round-trip form with a point or exponent, so it never reads back as an integer.</summary>
    public static string Double(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary><c>yyyy-MM-dd HH:mm:ss</c>, with <c>.ffffff</c> (trailing zeros removed) when there is a fraction.</summary>
    public static string Timestamp(DateTime value)
    {
        var text = value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var micros = (value.Ticks % TimeSpan.TicksPerSecond) / 10;
        return micros == 0 ? text : text + "." + micros.ToString("D6", CultureInfo.InvariantCulture).TrimEnd('0');
    }

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
