using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Informatica2Spark.Core.Expressions.Sql;
using static Informatica2Spark.Core.Expressions.Dates.DateSql;

namespace Informatica2Spark.Core.Expressions.Dates;

/// <summary>
/// A TO_DATE and IS_DATE format string (TLR: Dates > TO_DATE and IS_DATE Format Strings) as a regular expression
/// over the whole string, one group per token, and the timestamp built from the groups with <c>make_timestamp</c>.
/// Spark's own parser (<c>to_timestamp</c>) is not used: under Spark 3's default
/// <c>spark.sql.legacy.timeParserPolicy=EXCEPTION</c> a string its new parser rejects but the lenient legacy one
/// accepts (02/30/2020, one-digit fields) fails the whole job, where PowerCenter skips the row.
/// <para>
/// The rules: the string must match the format from start to end, in any letter case; a separator in the format
/// (any character other than a letter or digit outside double quotes) matches any one such character ("The date
/// separator need not match"); a number may have fewer digits than its token (DD 1-31, HH24 0-23, MM 1-12, YYYY up
/// to four digits) unless another number follows it without a separator (YYYYMMDD takes 4, 2 and 1-2 digits);
/// MS, US and NS are the digits of the fraction of the second (NS beyond the microsecond is dropped: Spark keeps
/// microseconds); HH and HH12 are 1-12, with AM/PM when the format has it (12 AM is 0); J is the Julian day number;
/// DDD the day of the year with the year; SSSSS the seconds since midnight; MON and MONTH the English month names,
/// DY and DAY day names (checked, not used). Two-digit years: YY takes the current century, RR the century of the
/// 50-year window around the current year (TLR: RR Format String); Y and YYY take the missing digits from the current
/// year. A date part the format lacks is January 1 of the current year (not documented). A string that does not match
/// or is not a valid date is NULL here, and a row error at the caller (TLR: "skips the row").
/// </para>
/// </summary>
public sealed class DateParsing
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] DayNames = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;
    private const string MonthLetters = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

    private readonly Dictionary<DateToken, int> groups = [];

    private DateParsing(string format)
    {
        Format = format;
        Elements = DateFormats.Tokenize(format);
        var pattern = new StringBuilder("(?i)^");
        var group = 0;
        for (var i = 0; i < Elements.Count; i++)
        {
            var element = Elements[i];
            if (element.Token == DateToken.Text)
            {
                foreach (var c in element.Text)
                {
                    pattern.Append(element.Quoted || char.IsAsciiLetterOrDigit(c) ? Escape(c) : "[^0-9A-Za-z]");
                }

                continue;
            }

            var fixedWidth = i + 1 < Elements.Count && IsNumber(Elements[i + 1].Token);
            pattern.Append('(').Append(TokenPattern(element.Token, fixedWidth)).Append(')');
            groups.TryAdd(element.Token, ++group);
        }

        Pattern = pattern.Append('$').ToString();
    }

    /// <summary>The format string as given.</summary>
    public string Format { get; }

    public IReadOnlyList<DateFormatElement> Elements { get; }

    /// <summary>The regular expression a string must match (Java, RE2 and .NET read it alike).</summary>
    public string Pattern { get; }

    /// <summary>Tokens that name no part of a date to build (D, Q, W, WW): a TO_DATE format with them is not translated.</summary>
    public IReadOnlyList<string> Unusable => [.. Elements.Where(e => e.Token is DateToken.DayOfWeek or DateToken.Quarter or DateToken.WeekOfMonth or DateToken.WeekOfYear).Select(e => e.Text)];

    /// <summary>The result depends on the current year: Y, YY, RR or YYY, or no year at all.</summary>
    public bool UsesCurrentYear => !Has(DateToken.Year4) && !Has(DateToken.JulianDay);

    /// <summary>The format gives no year, month or day (and no J): those parts are assumed.</summary>
    public bool LacksDate => !Has(DateToken.JulianDay)
        && (!HasYear || (!Has(DateToken.DayOfYear) && (!HasMonth || !Has(DateToken.DayOfMonth))));

    private bool HasYear => Has(DateToken.Year4) || Has(DateToken.Year3) || Has(DateToken.Year2) || Has(DateToken.RoundedYear) || Has(DateToken.Year1);

    private bool HasMonth => Has(DateToken.Month) || Has(DateToken.MonthAbbreviation) || Has(DateToken.MonthName);

    public static DateParsing Of(string format) => new(format);

    /// <summary>
    /// The Spark SQL of the timestamp a string gives, NULL when it does not match or is not a valid date.
    /// <paramref name="currentYear"/> pins the current year; null reads it when the job runs.
    /// </summary>
    public SqlExpr ToSql(SqlExpr text, int? currentYear)
    {
        SqlExpr Group(DateToken token) => Call("regexp_extract", text, SqlLiteral.String(Pattern), Int(groups[token]));
        SqlExpr Number(DateToken token) => AsInt(Group(token));
        var now = currentYear is { } pinned ? (SqlExpr)Int(pinned) : Call("year", Call("current_date"));
        SqlExpr Base(int unit) => currentYear is { } pinned ? Int(pinned - (pinned % unit)) : Subtract(now, Modulo(now, Int(unit)));

        SqlExpr year;
        if (Has(DateToken.Year4))
        {
            year = Number(DateToken.Year4);
        }
        else if (Has(DateToken.RoundedYear))
        {
            year = RoundedYear(Number(DateToken.RoundedYear), currentYear, now, Base(100));
        }
        else if (Has(DateToken.Year2))
        {
            year = Add(Base(100), Number(DateToken.Year2));
        }
        else if (Has(DateToken.Year3))
        {
            year = Add(Base(1000), Number(DateToken.Year3));
        }
        else if (Has(DateToken.Year1))
        {
            year = Add(Base(10), Number(DateToken.Year1));
        }
        else
        {
            year = now;
        }

        var month = Has(DateToken.Month) ? Number(DateToken.Month)
            : Has(DateToken.MonthAbbreviation) ? MonthOfName(Group(DateToken.MonthAbbreviation))
            : Has(DateToken.MonthName) ? MonthOfName(Group(DateToken.MonthName))
            : Int(1);
        var day = Has(DateToken.DayOfMonth) ? Number(DateToken.DayOfMonth) : Int(1);

        SqlExpr hour, minute, second;
        if (Has(DateToken.SecondsOfDay))
        {
            var seconds = Number(DateToken.SecondsOfDay);
            hour = AsInt(Call("floor", Divide(seconds, Int(3600))));
            minute = Modulo(AsInt(Call("floor", Divide(seconds, Int(60)))), Int(60));
            second = Modulo(seconds, Int(60));
        }
        else
        {
            hour = Has(DateToken.Hour24) ? Number(DateToken.Hour24)
                : Has(DateToken.Hour12) ? Add(Modulo(Number(DateToken.Hour12), Int(12)), Has(DateToken.Meridian) ? Afternoon(Group(DateToken.Meridian)) : Int(0))
                : Int(0);
            minute = Has(DateToken.Minute) ? Number(DateToken.Minute) : Int(0);
            second = Has(DateToken.Second) ? Number(DateToken.Second) : Int(0);
        }

        var fraction = Has(DateToken.Nanosecond) ? Call("substring", Group(DateToken.Nanosecond), Int(1), Int(6))
            : Has(DateToken.Microsecond) ? Group(DateToken.Microsecond)
            : Has(DateToken.Millisecond) ? Group(DateToken.Millisecond)
            : null;
        if (fraction is not null)
        {
            second = Add(second, new SqlCast(Call("concat", SqlLiteral.String("0."), fraction), SqlType.Decimal(8, 6)));
        }

        if (Has(DateToken.JulianDay))
        {
            var date = Call("date_add", new SqlLiteral(new DateOnly(1970, 1, 1), SqlType.Date), Subtract(Number(DateToken.JulianDay), Int(DateFormats.JulianDayOfEpoch)));
            return Call("make_timestamp", Call("year", date), Call("month", date), Call("dayofmonth", date), hour, minute, second);
        }

        if (Has(DateToken.DayOfYear))
        {
            var dayOfYear = Number(DateToken.DayOfYear);
            var date = Call("date_add", Call("make_date", year, Int(1), Int(1)), Subtract(dayOfYear, Int(1)));
            return new SqlCase(
                [new SqlWhen(Equal(Call("dayofyear", date), dayOfYear), Call("make_timestamp", Call("year", date), Call("month", date), Call("dayofmonth", date), hour, minute, second))],
                null);
        }

        return Call("make_timestamp", year, month, day, hour, minute, second);
    }

    /// <summary>The timestamp a constant string gives (microseconds kept), or null when it does not match or is not a valid date.</summary>
    public DateTime? Evaluate(string text, int currentYear)
    {
        var match = Regex.Match(text, Pattern, RegexOptions.CultureInvariant);
        if (!match.Success)
        {
            return null;
        }

        string Group(DateToken token) => match.Groups[groups[token]].Value;
        int Number(DateToken token) => int.Parse(Group(token), NumberStyles.None, CultureInfo.InvariantCulture);
        var year = Has(DateToken.Year4) ? Number(DateToken.Year4)
            : Has(DateToken.RoundedYear) ? RoundedYear(Number(DateToken.RoundedYear), currentYear)
            : Has(DateToken.Year2) ? currentYear - (currentYear % 100) + Number(DateToken.Year2)
            : Has(DateToken.Year3) ? currentYear - (currentYear % 1000) + Number(DateToken.Year3)
            : Has(DateToken.Year1) ? currentYear - (currentYear % 10) + Number(DateToken.Year1)
            : currentYear;
        var month = Has(DateToken.Month) ? Number(DateToken.Month)
            : Has(DateToken.MonthAbbreviation) ? MonthOfName(Group(DateToken.MonthAbbreviation))
            : Has(DateToken.MonthName) ? MonthOfName(Group(DateToken.MonthName))
            : 1;
        var day = Has(DateToken.DayOfMonth) ? Number(DateToken.DayOfMonth) : 1;
        int hour, minute, second;
        if (Has(DateToken.SecondsOfDay))
        {
            var seconds = Number(DateToken.SecondsOfDay);
            (hour, minute, second) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
        else
        {
            hour = Has(DateToken.Hour24) ? Number(DateToken.Hour24)
                : Has(DateToken.Hour12) ? (Number(DateToken.Hour12) % 12) + (Has(DateToken.Meridian) && char.ToUpperInvariant(Group(DateToken.Meridian)[0]) == 'P' ? 12 : 0)
                : 0;
            minute = Has(DateToken.Minute) ? Number(DateToken.Minute) : 0;
            second = Has(DateToken.Second) ? Number(DateToken.Second) : 0;
        }

        var fraction = Has(DateToken.Nanosecond) ? Group(DateToken.Nanosecond) : Has(DateToken.Microsecond) ? Group(DateToken.Microsecond) : Has(DateToken.Millisecond) ? Group(DateToken.Millisecond) : string.Empty;
        var micros = fraction.Length == 0 ? 0 : int.Parse(fraction.PadRight(6, '0')[..6], NumberStyles.None, CultureInfo.InvariantCulture);
        try
        {
            DateTime date;
            if (Has(DateToken.JulianDay))
            {
                date = new DateTime(1970, 1, 1).AddDays(Number(DateToken.JulianDay) - DateFormats.JulianDayOfEpoch);
            }
            else if (Has(DateToken.DayOfYear))
            {
                date = new DateTime(year, 1, 1).AddDays(Number(DateToken.DayOfYear) - 1);
                if (date.Year != year)
                {
                    return null;
                }
            }
            else
            {
                date = new DateTime(year, month, day);
            }

            return hour > 23 ? null : date.Add(new TimeSpan(0, hour, minute, second)).AddTicks(micros * 10L);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private bool Has(DateToken token) => groups.ContainsKey(token);

    /// <summary>RR (TLR: RR Format String): years 0-49 and 50-99 of the source fall in the century that keeps them within 50 years of the current year.</summary>
    internal static int RoundedYear(int twoDigits, int currentYear)
    {
        var century = currentYear - (currentYear % 100);
        var current = currentYear % 100;
        return current < 50
            ? century + twoDigits - (twoDigits >= 50 ? 100 : 0)
            : century + twoDigits + (twoDigits < 50 ? 100 : 0);
    }

    private static SqlExpr RoundedYear(SqlExpr twoDigits, int? currentYear, SqlExpr now, SqlExpr century)
    {
        if (currentYear is { } pinned)
        {
            var low = pinned % 100 < 50;
            var shifted = Int(pinned - (pinned % 100) + (low ? -100 : 100));
            var wantsShift = low ? AtLeast(twoDigits, Int(50)) : new SqlBinary(SqlBinaryOperator.Less, twoDigits, Int(50));
            return new SqlCase([new SqlWhen(wantsShift, Add(shifted, twoDigits))], Add(century, twoDigits));
        }

        var currentLow = new SqlBinary(SqlBinaryOperator.Less, Modulo(now, Int(100)), Int(50));
        var shift = new SqlCase(
            [
                new SqlWhen(new SqlBinary(SqlBinaryOperator.And, currentLow, AtLeast(twoDigits, Int(50))), Int(-100)),
                new SqlWhen(new SqlBinary(SqlBinaryOperator.And, new SqlUnary(SqlUnaryOperator.Not, currentLow), new SqlBinary(SqlBinaryOperator.Less, twoDigits, Int(50))), Int(100)),
            ],
            Int(0));
        return Add(Add(century, twoDigits), shift);
    }

    /// <summary>The month of an English month name or abbreviation: its place in JANFEB...DEC.</summary>
    private static SqlExpr MonthOfName(SqlExpr name) =>
        AsInt(Divide(Add(Call("instr", SqlLiteral.String(MonthLetters), Call("upper", Call("substring", name, Int(1), Int(3)))), Int(2)), Int(3)));

    private static int MonthOfName(string name) => (MonthLetters.IndexOf(name[..3].ToUpperInvariant(), StringComparison.Ordinal) / 3) + 1;

    /// <summary>12 for PM (or P.M.), 0 for AM.</summary>
    private static SqlExpr Afternoon(SqlExpr meridian) =>
        new SqlCase([new SqlWhen(Equal(Call("upper", Call("substring", meridian, Int(1), Int(1))), SqlLiteral.String("P")), Int(12))], Int(0));

    private static bool IsNumber(DateToken token) => token is not (DateToken.Text or DateToken.Meridian or DateToken.DayName
        or DateToken.DayAbbreviation or DateToken.MonthAbbreviation or DateToken.MonthName);

    /// <summary>The regular expression of a token's value (without its group).</summary>
    private static string TokenPattern(DateToken token, bool fixedWidth)
    {
        string Digits(int max) => fixedWidth ? $"[0-9]{{{max}}}" : $"[0-9]{{1,{max}}}";
        return token switch
        {
            DateToken.Year4 => Digits(4),
            DateToken.Year3 or DateToken.DayOfYear => Digits(3),
            DateToken.Year2 or DateToken.RoundedYear or DateToken.Month or DateToken.DayOfMonth or DateToken.WeekOfYear => Digits(2),
            DateToken.Year1 or DateToken.DayOfWeek or DateToken.Quarter or DateToken.WeekOfMonth => "[0-9]",
            DateToken.Hour24 => fixedWidth ? "(?:[01][0-9]|2[0-3])" : "(?:[01]?[0-9]|2[0-3])",
            DateToken.Hour12 => fixedWidth ? "(?:0[1-9]|1[0-2])" : "(?:0?[1-9]|1[0-2])",
            DateToken.Minute or DateToken.Second => fixedWidth ? "[0-5][0-9]" : "[0-5]?[0-9]",
            DateToken.SecondsOfDay => Digits(5),
            DateToken.Millisecond => Digits(3),
            DateToken.Microsecond => Digits(6),
            DateToken.Nanosecond => Digits(9),
            DateToken.JulianDay => Digits(7),
            DateToken.Meridian => "AM|PM|A\\.M\\.|P\\.M\\.",
            DateToken.MonthAbbreviation => string.Join('|', MonthNames.Select(n => n[..3].ToUpperInvariant())),
            DateToken.MonthName => string.Join('|', MonthNames.Select(n => n.ToUpperInvariant())),
            DateToken.DayAbbreviation => string.Join('|', DayNames.Select(n => n[..3].ToUpperInvariant())),
            DateToken.DayName => string.Join('|', DayNames.Select(n => n.ToUpperInvariant())),
            _ => throw new InvalidOperationException($"{token} is not a token of a value"),
        };
    }

    private static string Escape(char c) => c is '\\' or '.' or '^' or '$' or '|' or '?' or '*' or '+' or '(' or ')' or '[' or ']' or '{' or '}'
        ? "\\" + c
        : c.ToString();
}
