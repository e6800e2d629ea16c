using Informatica2Spark.Core.Expressions.Binding;

namespace Informatica2Spark.Core.Expressions.Dates;

/// <summary>The part of a date a date function works on (ADD_TO_DATE, DATE_DIFF, GET_DATE_PART, SET_DATE_PART, ROUND, TRUNC).</summary>
public enum DatePart
{
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,
    Millisecond,
    Microsecond,
    Nanosecond,
}

/// <summary>
/// The format strings of the date functions (TLR: Functions > ADD_TO_DATE, the page lists them per part; the "Date
/// Format Strings" page itself was not available): year Y, YY, YYY, YYYY (and RR); month MM, MON, MONTH; day D, DD,
/// DDD, DY, DAY; hour HH, HH12, HH24; minute MI; second SS; millisecond MS; microsecond US; nanosecond NS. The format
/// string is not case sensitive ('mm' is 'MM').
/// </summary>
public static class DateParts
{
    /// <summary>The part a format string names, or null when it names none.</summary>
    public static DatePart? Parse(string? format) => format?.Trim().ToUpperInvariant() switch
    {
        "Y" or "YY" or "YYY" or "YYYY" or "RR" => DatePart.Year,
        "MM" or "MON" or "MONTH" => DatePart.Month,
        "D" or "DD" or "DDD" or "DY" or "DAY" => DatePart.Day,
        "HH" or "HH12" or "HH24" => DatePart.Hour,
        "MI" => DatePart.Minute,
        "SS" => DatePart.Second,
        "MS" => DatePart.Millisecond,
        "US" => DatePart.Microsecond,
        "NS" => DatePart.Nanosecond,
        _ => null,
    };

    /// <summary>
    /// The part named by the format argument at <paramref name="index"/>, which must be a string literal; reports a
    /// problem and returns null when it is not, or names no part. <paramref name="omitted"/> is the part when the
    /// argument is absent.
    /// </summary>
    public static DatePart? Bind(CallBinding call, int index, DatePart? omitted = null)
    {
        if (index >= call.Count)
        {
            return omitted;
        }

        var format = call.ExpectStringLiteral(index, "the format");
        if (format is null)
        {
            return null;
        }

        var part = Parse(format);
        if (part is null)
        {
            call.Problem(index, $"'{format}' is not a date format string: use {Accepted}");
        }

        return part;
    }

    /// <summary>The accepted format strings, for messages.</summary>
    public const string Accepted = "Y, YY, YYY, YYYY, RR, MM, MON, MONTH, D, DD, DDD, DY, DAY, HH, HH12, HH24, MI, SS, MS, US or NS";
}
