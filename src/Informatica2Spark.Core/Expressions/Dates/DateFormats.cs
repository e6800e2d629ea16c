using System.Text;
using Informatica2Spark.Core.Expressions.Sql;
using static Informatica2Spark.Core.Expressions.Dates.DateSql;

namespace Informatica2Spark.Core.Expressions.Dates;

/// <summary>The elements of a PowerCenter date format string.</summary>
public enum DateToken
{
    /// <summary>Text copied as it is: punctuation, or text in double quotes.</summary>
    Text,

    /// <summary>AM, PM, A.M., P.M.</summary>
    Meridian,

    /// <summary>D: day of week 1-7, Sunday 1.</summary>
    DayOfWeek,

    /// <summary>DAY: name of the day (Wednesday).</summary>
    DayName,

    /// <summary>DY: three-letter name of the day (Wed).</summary>
    DayAbbreviation,

    /// <summary>DD: day of month.</summary>
    DayOfMonth,

    /// <summary>DDD: day of year 001-366.</summary>
    DayOfYear,

    /// <summary>HH, HH12: hour 01-12.</summary>
    Hour12,

    /// <summary>HH24: hour 00-23.</summary>
    Hour24,

    /// <summary>J: the Julian day number (days since Jan 1 4713 BC); the TLR calls it Modified Julian Day.</summary>
    JulianDay,

    /// <summary>MI: minutes.</summary>
    Minute,

    /// <summary>MM: month 01-12.</summary>
    Month,

    /// <summary>MON: three-letter name of the month (Jan).</summary>
    MonthAbbreviation,

    /// <summary>MONTH: name of the month (January).</summary>
    MonthName,

    /// <summary>SS: seconds.</summary>
    Second,

    /// <summary>SSSSS: seconds since midnight 00000-86399.</summary>
    SecondsOfDay,

    /// <summary>MS: milliseconds (three digits of the fraction of the second).</summary>
    Millisecond,

    /// <summary>US: microseconds (six digits of the fraction).</summary>
    Microsecond,

    /// <summary>NS: nanoseconds (nine digits of the fraction).</summary>
    Nanosecond,

    /// <summary>Q: quarter 1-4.</summary>
    Quarter,

    /// <summary>W: week of month 1-5 (week 1 is days 1-7).</summary>
    WeekOfMonth,

    /// <summary>WW: week of year 01-53 (week 1 is Jan 1-7).</summary>
    WeekOfYear,

    /// <summary>Y: last digit of the year.</summary>
    Year1,

    /// <summary>YY: last two digits of the year.</summary>
    Year2,

    /// <summary>RR: last two digits of the year; in TO_DATE, the century by the 50-year window.</summary>
    RoundedYear,

    /// <summary>YYY: last three digits of the year.</summary>
    Year3,

    /// <summary>YYYY: the year.</summary>
    Year4,
}

/// <summary>One element of a format string: a token as written, or text (<see cref="Quoted"/> when in double quotes).</summary>
public sealed record DateFormatElement(DateToken Token, string Text, bool Quoted = false);

/// <summary>A date as text: the Spark SQL of the string.</summary>
public sealed record DateText(SqlExpr Value);

/// <summary>
/// PowerCenter date format strings (TLR: Dates > TO_CHAR Format Strings; TO_DATE and IS_DATE Format Strings) read
/// token by token in any letter case, longest token first (MONTH before MON before MM, HH24 before HH, SSSSS before
/// SS, DDD before DD before D); text in double quotes and every other character is copied. For TO_CHAR each token
/// becomes a Spark datetime pattern (Spark SQL: Datetime Patterns) where Spark has one: YYYY yyyy, YY and RR yy, MM MM,
/// MON MMM (Jan), MONTH MMMM (January), DD dd, DDD DDD, DY EEE (Wed), DAY EEEE (Wednesday), HH24 HH, HH and HH12 hh,
/// MI mm, SS ss, MS SSS, US SSSSSS, NS SSSSSS followed by 000 (Spark keeps microseconds), AM/PM/A.M./P.M. a (AM or
/// PM); the others are built from the parts of the date: Y and YYY the last digits of year(), D dayofweek() (Sunday
/// 1), J the Julian day number datediff(date, 1970-01-01) + 2440588 (the TLR's "Modified Julian Day": Dec 31 1999 is
/// 2451544; the time is ignored), SSSSS seconds since midnight padded to five digits, Q quarter(), W and WW the week
/// of the month and of the year counted from day 1 (TLR rows for W and WW were not available; Oracle's definitions,
/// which the TLR follows elsewhere). Parsing (TO_DATE, IS_DATE) is <see cref="DateParsing"/>.
/// </summary>
public static class DateFormats
{
    /// <summary>Tokens longest first, so MONTH wins over MON and MM, HH24 over HH, SSSSS over SS, DDD over DD.</summary>
    private static readonly (string Text, DateToken Token)[] Tokens =
    [
        ("MONTH", DateToken.MonthName), ("SSSSS", DateToken.SecondsOfDay),
        ("HH24", DateToken.Hour24), ("HH12", DateToken.Hour12), ("YYYY", DateToken.Year4), ("A.M.", DateToken.Meridian), ("P.M.", DateToken.Meridian),
        ("YYY", DateToken.Year3), ("MON", DateToken.MonthAbbreviation), ("DAY", DateToken.DayName), ("DDD", DateToken.DayOfYear),
        ("YY", DateToken.Year2), ("RR", DateToken.RoundedYear), ("MM", DateToken.Month), ("DD", DateToken.DayOfMonth), ("DY", DateToken.DayAbbreviation),
        ("HH", DateToken.Hour12), ("MI", DateToken.Minute), ("SS", DateToken.Second), ("MS", DateToken.Millisecond), ("US", DateToken.Microsecond),
        ("NS", DateToken.Nanosecond), ("AM", DateToken.Meridian), ("PM", DateToken.Meridian), ("WW", DateToken.WeekOfYear),
        ("Y", DateToken.Year1), ("D", DateToken.DayOfWeek), ("J", DateToken.JulianDay), ("W", DateToken.WeekOfMonth), ("Q", DateToken.Quarter),
    ];

    /// <summary>The Spark pattern letters of the tokens that have one.</summary>
    private static readonly Dictionary<DateToken, string> SparkPatterns = new()
    {
        [DateToken.Year4] = "yyyy",
        [DateToken.Year2] = "yy",
        [DateToken.RoundedYear] = "yy",
        [DateToken.Month] = "MM",
        [DateToken.MonthAbbreviation] = "MMM",
        [DateToken.MonthName] = "MMMM",
        [DateToken.DayOfMonth] = "dd",
        [DateToken.DayOfYear] = "DDD",
        [DateToken.DayAbbreviation] = "EEE",
        [DateToken.DayName] = "EEEE",
        [DateToken.Hour24] = "HH",
        [DateToken.Hour12] = "hh",
        [DateToken.Minute] = "mm",
        [DateToken.Second] = "ss",
        [DateToken.Millisecond] = "SSS",
        [DateToken.Microsecond] = "SSSSSS",
        [DateToken.Nanosecond] = "SSSSSS'000'",
        [DateToken.Meridian] = "a",
    };

    /// <summary>Whether a format names at least one part of a date or time (a format of text only reads nothing).</summary>
    public static bool HasDatePart(string format) => Tokenize(format).Any(e => e.Token != DateToken.Text);

    /// <summary>The elements of a format string, in order; adjacent text is one element.</summary>
    public static IReadOnlyList<DateFormatElement> Tokenize(string format)
    {
        var elements = new List<DateFormatElement>();
        var text = new StringBuilder();
        void FlushText()
        {
            if (text.Length > 0)
            {
                elements.Add(new DateFormatElement(DateToken.Text, text.ToString()));
                text.Clear();
            }
        }

        var i = 0;
        while (i < format.Length)
        {
            if (format[i] == '"')
            {
                FlushText();
                var end = format.IndexOf('"', i + 1);
                end = end < 0 ? format.Length : end;
                elements.Add(new DateFormatElement(DateToken.Text, format[(i + 1)..end], Quoted: true));
                i = end + 1;
                continue;
            }

            var match = Tokens.FirstOrDefault(t => string.Compare(format, i, t.Text, 0, t.Text.Length, StringComparison.OrdinalIgnoreCase) == 0);
            if (match.Text is null)
            {
                text.Append(format[i++]);
                continue;
            }

            FlushText();
            elements.Add(new DateFormatElement(match.Token, format.Substring(i, match.Text.Length)));
            i += match.Text.Length;
        }

        FlushText();
        return elements;
    }

    /// <summary>
    /// The Spark datetime pattern of a format string when every token has one (<c>MM/DD/YYYY</c> is
    /// <c>MM/dd/yyyy</c>), else null: tokens such as J or SSSSS are built from parts by <see cref="Format"/>.
    /// </summary>
    public static string? ToSparkPattern(string format)
    {
        var pattern = new StringBuilder();
        foreach (var element in Tokenize(format))
        {
            if (element.Token == DateToken.Text)
            {
                pattern.Append(QuotePatternText(element.Text));
            }
            else if (SparkPatterns.TryGetValue(element.Token, out var letters))
            {
                pattern.Append(letters);
            }
            else
            {
                return null;
            }
        }

        return pattern.ToString();
    }

    /// <summary>
    /// A date as text in a PowerCenter format (TO_CHAR, and dates converted to strings in the session's DateTime
    /// Format String): <c>date_format(value, pattern)</c>, or, with tokens Spark has no pattern for, the
    /// <c>concat</c> of the pieces. NULL when the date is NULL.
    /// </summary>
    public static DateText Format(SqlExpr value, string format)
    {
        var pieces = new List<SqlExpr>();
        var pattern = new StringBuilder();
        var text = new StringBuilder();
        var hasLetters = false;
        void FlushPattern()
        {
            if (pattern.Length > 0)
            {
                pieces.Add(hasLetters ? Call("date_format", value, SqlLiteral.String(pattern.ToString())) : SqlLiteral.String(text.ToString()));
                pattern.Clear();
            }

            text.Clear();
            hasLetters = false;
        }

        foreach (var element in Tokenize(format))
        {
            if (element.Token == DateToken.Text)
            {
                pattern.Append(QuotePatternText(element.Text));
                text.Append(element.Text);
            }
            else if (SparkPatterns.TryGetValue(element.Token, out var letters))
            {
                pattern.Append(letters);
                hasLetters = true;
            }
            else
            {
                FlushPattern();
                pieces.Add(Piece(value, element.Token));
            }
        }

        FlushPattern();
        if (pieces.Count > 0 && pieces.All(p => p is SqlLiteral))
        {
            pieces = [Call("date_format", value, SqlLiteral.String(QuotePatternText(string.Concat(pieces.Select(p => (string)((SqlLiteral)p).Value!)))))];
        }

        return new DateText(pieces.Count switch
        {
            0 => Call("date_format", value, SqlLiteral.String(string.Empty)),
            1 => pieces[0],
            _ => Call("concat", [.. pieces]),
        });
    }

    /// <summary>The text of a token Spark has no pattern for, built from the parts of the date.</summary>
    private static SqlExpr Piece(SqlExpr value, DateToken token) => token switch
    {
        DateToken.Year1 => AsString(Modulo(Call("year", value), Int(10))),
        DateToken.Year3 => Call("lpad", AsString(Modulo(Call("year", value), Int(1000))), Int(3), SqlLiteral.String("0")),
        DateToken.DayOfWeek => AsString(Call("dayofweek", value)),
        DateToken.JulianDay => AsString(Add(Call("datediff", value, new SqlLiteral(new DateOnly(1970, 1, 1), SqlType.Date)), Int(JulianDayOfEpoch))),
        DateToken.SecondsOfDay => Call("lpad", AsString(SecondsOfDay(value)), Int(5), SqlLiteral.String("0")),
        DateToken.Quarter => AsString(Call("quarter", value)),
        DateToken.WeekOfMonth => AsString(Week(Call("dayofmonth", value))),
        DateToken.WeekOfYear => Call("lpad", AsString(Week(Call("dayofyear", value))), Int(2), SqlLiteral.String("0")),
        _ => throw new InvalidOperationException($"{token} has a Spark pattern"),
    };

    /// <summary>The Julian day number of 1970-01-01.</summary>
    internal const int JulianDayOfEpoch = 2440588;

    private static SqlExpr SecondsOfDay(SqlExpr value) =>
        Add(Add(Multiply(Call("hour", value), Int(3600)), Multiply(Call("minute", value), Int(60))), Call("second", value));

    /// <summary>The week counting from day 1 in sevens: <c>CAST(ceil(day / 7) AS INT)</c>.</summary>
    private static SqlExpr Week(SqlExpr day) => AsInt(Call("ceil", Divide(day, Int(7))));

    /// <summary>
    /// Text of a format as a Spark pattern literal: the separators Spark copies as they are (<c>- / . : , ;</c> and
    /// space), anything else in single quotes (a quote doubled).
    /// </summary>
    private static string QuotePatternText(string text)
    {
        var pattern = new StringBuilder();
        var quoted = new StringBuilder();
        void FlushQuoted()
        {
            if (quoted.Length > 0)
            {
                pattern.Append('\'').Append(quoted.ToString().Replace("'", "''", StringComparison.Ordinal)).Append('\'');
                quoted.Clear();
            }
        }

        foreach (var c in text)
        {
            if (c is '-' or '/' or '.' or ':' or ',' or ' ' or ';')
            {
                FlushQuoted();
                pattern.Append(c);
            }
            else
            {
                quoted.Append(c);
            }
        }

        FlushQuoted();
        return pattern.ToString();
    }
}
