using System.Globalization;

namespace Informatica2Spark.Testing.Sql;

/// <summary>
/// Compares a documented result, written as invariant text, with what DuckDB evaluated. How the two are compared
/// follows the type of the DuckDB result:
/// <list type="bullet">
/// <item>exact numbers (integer types, <c>DECIMAL</c>) compare as decimals, so <c>12.5</c> matches <c>12.50</c> and
/// <c>1e3</c> matches <c>1000</c>;</item>
/// <item><c>DOUBLE</c> and <c>FLOAT</c> compare as doubles within a relative tolerance of
/// <see cref="DoubleRelativeTolerance"/> (infinities and NaN only with themselves);</item>
/// <item><c>TIMESTAMP</c> types and <c>DATE</c> compare as timestamps, so <c>2024-01-31</c> matches
/// <c>2024-01-31 00:00:00</c> and <c>10:00:00.5</c> matches <c>10:00:00.500000</c>;</item>
/// <item><c>BOOLEAN</c> compares <c>true</c>/<c>false</c> ignoring case;</item>
/// <item>every other type (strings, blobs as hexadecimal) compares as text, exactly.</item>
/// </list>
/// NULL matches only NULL, and a result that is an error matches nothing.
/// </summary>
public static class SqlResultComparer
{
    /// <summary>
    /// The relative tolerance for doubles: two finite doubles match when
    /// <c>|a - b| &lt;= 1e-9 * max(|a|, |b|)</c> (so 0 matches only 0).
    /// </summary>
    public const double DoubleRelativeTolerance = 1e-9;

    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
    ];

    /// <summary>Whether <paramref name="actual"/> is the value <paramref name="expected"/> describes.</summary>
    /// <param name="expected">The documented result as invariant text, or null for NULL.</param>
    /// <param name="actual">What DuckDB evaluated.</param>
    /// <returns>True when they are the same value under the rules of <see cref="SqlResultComparer"/>.</returns>
    public static bool Matches(string? expected, EvaluationResult actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        if (actual.Error is not null)
        {
            return false;
        }

        if (expected is null || actual.Value is null)
        {
            return expected is null && actual.Value is null;
        }

        return Kind(actual.TypeName) switch
        {
            ValueKind.Exact => ExactNumbersMatch(expected, actual.Value),
            ValueKind.Approximate => DoublesMatch(expected, actual.Value),
            ValueKind.Temporal => TimestampsMatch(expected, actual.Value),
            ValueKind.Boolean => string.Equals(expected.Trim(), actual.Value, StringComparison.OrdinalIgnoreCase),
            _ => string.Equals(expected, actual.Value, StringComparison.Ordinal),
        };
    }

    private enum ValueKind
    {
        Text,
        Exact,
        Approximate,
        Temporal,
        Boolean,
    }

    private static ValueKind Kind(string? typeName) => typeName switch
    {
        "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" or "HUGEINT"
            or "UTINYINT" or "USMALLINT" or "UINTEGER" or "UBIGINT" or "UHUGEINT" => ValueKind.Exact,
        not null when typeName.StartsWith("DECIMAL(", StringComparison.Ordinal) => ValueKind.Exact,
        "DOUBLE" or "FLOAT" => ValueKind.Approximate,
        "DATE" or "TIMESTAMP" or "TIMESTAMP_S" or "TIMESTAMP_MS" or "TIMESTAMP_NS" or "TIMESTAMP WITH TIME ZONE" => ValueKind.Temporal,
        "BOOLEAN" => ValueKind.Boolean,
        _ => ValueKind.Text,
    };

    private static bool ExactNumbersMatch(string expected, string actual)
    {
        if (decimal.TryParse(expected.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
            && decimal.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a))
        {
            return e == a;
        }

        // Beyond the range of decimal: the same digits, or the same double.
        return string.Equals(expected.Trim(), actual, StringComparison.Ordinal) || DoublesMatch(expected, actual);
    }

    private static bool DoublesMatch(string expected, string actual)
    {
        if (!TryParseDouble(expected, out var e) || !TryParseDouble(actual, out var a))
        {
            return false;
        }

        if (double.IsNaN(e) || double.IsNaN(a))
        {
            return double.IsNaN(e) && double.IsNaN(a);
        }

        if (e == a)
        {
            return true;
        }

        if (double.IsInfinity(e) || double.IsInfinity(a))
        {
            return false;
        }

        return Math.Abs(e - a) <= DoubleRelativeTolerance * Math.Max(Math.Abs(e), Math.Abs(a));
    }

    private static bool TryParseDouble(string text, out double value)
    {
        var t = text.Trim();
        switch (t.ToLowerInvariant())
        {
            case "nan":
                value = double.NaN;
                return true;
            case "inf" or "infinity" or "+inf" or "+infinity":
                value = double.PositiveInfinity;
                return true;
            case "-inf" or "-infinity":
                value = double.NegativeInfinity;
                return true;
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool TimestampsMatch(string expected, string actual)
    {
        if (TryParseTimestamp(expected, out var e) && TryParseTimestamp(actual, out var a))
        {
            return e == a;
        }

        // 'infinity' and other forms without a DateTime compare as text.
        return string.Equals(expected.Trim(), actual, StringComparison.Ordinal);
    }

    private static bool TryParseTimestamp(string text, out DateTime value) =>
        DateTime.TryParseExact(text.Trim(), TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}
