using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Sql.DuckDb;
using Xunit;

namespace Informatica2Spark.Core.Tests.Expressions;

/// <summary>
/// PowerCenter date format strings: tokens, TO_CHAR as Spark patterns and pieces, TO_DATE parsing (the regular
/// expression and the constant evaluation that folds TO_DATE of a literal), the date-function parts, and the strftime
/// form of the Spark patterns for DuckDB.
/// </summary>
public sealed class DateFormatsTests
{
    private static readonly SqlExpr Date = new SqlColumn("D");

    [Fact]
    public void Tokens_are_read_longest_first_in_any_case()
    {
        var tokens = DateFormats.Tokenize("month Mon mm MI hh24 HH12 hh SSSSS ss DDD dd d DY day yyyy YYY yy y RR J Q W WW am P.M. MS US NS");
        Assert.Equal(
            [
                DateToken.MonthName, DateToken.MonthAbbreviation, DateToken.Month, DateToken.Minute, DateToken.Hour24, DateToken.Hour12, DateToken.Hour12,
                DateToken.SecondsOfDay, DateToken.Second, DateToken.DayOfYear, DateToken.DayOfMonth, DateToken.DayOfWeek, DateToken.DayAbbreviation,
                DateToken.DayName, DateToken.Year4, DateToken.Year3, DateToken.Year2, DateToken.Year1, DateToken.RoundedYear, DateToken.JulianDay,
                DateToken.Quarter, DateToken.WeekOfMonth, DateToken.WeekOfYear, DateToken.Meridian, DateToken.Meridian, DateToken.Millisecond,
                DateToken.Microsecond, DateToken.Nanosecond,
            ],
            tokens.Where(t => t.Token != DateToken.Text).Select(t => t.Token));
    }

    [Fact]
    public void Adjacent_tokens_without_separators_are_split()
    {
        Assert.Equal([DateToken.Year4, DateToken.Month, DateToken.DayOfMonth], DateFormats.Tokenize("YYYYMMDD").Select(t => t.Token));
        Assert.Equal([DateToken.DayOfMonth, DateToken.MonthAbbreviation, DateToken.Year4], DateFormats.Tokenize("DDMONYYYY").Select(t => t.Token));
        Assert.Equal([DateToken.Second, DateToken.Meridian], DateFormats.Tokenize("SSAM").Select(t => t.Token));
    }

    [Fact]
    public void Text_in_double_quotes_is_one_quoted_element()
    {
        var tokens = DateFormats.Tokenize("YYYY\"MM at\"MM");
        Assert.Equal(3, tokens.Count);
        Assert.Equal(new DateFormatElement(DateToken.Text, "MM at", Quoted: true), tokens[1]);
    }

    [Theory]
    [InlineData("MM/DD/YYYY HH24:MI:SS.US", "MM/dd/yyyy HH:mm:ss.SSSSSS")]
    [InlineData("MON DD YYYY", "MMM dd yyyy")]
    [InlineData("DAY, MONTH DD", "EEEE, MMMM dd")]
    [InlineData("HH12:MI AM", "hh:mm a")]
    [InlineData("DY DDD RR YY", "EEE DDD yy yy")]
    [InlineData("SS.MS NS", "ss.SSS SSSSSS'000'")]
    [InlineData("YYYY\"T\"HH24", "yyyy'T'HH")]
    [InlineData("YYYY\"it's\"", "yyyy'it''s'")]
    public void Tokens_with_a_spark_pattern_become_its_letters(string format, string pattern) =>
        Assert.Equal(pattern, DateFormats.ToSparkPattern(format));

    [Theory]
    [InlineData("J")]
    [InlineData("MM/DD/YYYY SSSSS")]
    [InlineData("D")]
    [InlineData("Q")]
    [InlineData("Y")]
    [InlineData("YYY")]
    [InlineData("W")]
    [InlineData("WW")]
    public void Tokens_without_a_spark_pattern_have_none(string format) => Assert.Null(DateFormats.ToSparkPattern(format));

    [Fact]
    public void Format_is_one_date_format_when_every_token_has_a_pattern()
    {
        var text = DateFormats.Format(Date, "MON DD YYYY").Value;
        Assert.Equal("date_format(`D`, 'MMM dd yyyy')", SparkDialect.Instance.Render(text));
    }

    [Fact]
    public void Format_builds_the_other_tokens_from_parts_and_keeps_the_text_between()
    {
        var text = SparkDialect.Instance.Render(DateFormats.Format(Date, "MM/DD/YYYY SSSSS").Value);
        Assert.StartsWith("concat(date_format(`D`, 'MM/dd/yyyy '), lpad(CAST(", text, StringComparison.Ordinal);
        Assert.Contains("hour(`D`) * 3600", text, StringComparison.Ordinal);
        Assert.EndsWith("second(`D`) AS STRING), 5, '0'))", text, StringComparison.Ordinal);
        var julian = SparkDialect.Instance.Render(DateFormats.Format(Date, "J").Value);
        Assert.Equal("CAST(datediff(`D`, DATE '1970-01-01') + 2440588 AS STRING)", julian);
        var quarter = SparkDialect.Instance.Render(DateFormats.Format(Date, "Q-D").Value);
        Assert.Equal("concat(CAST(quarter(`D`) AS STRING), '-', CAST(dayofweek(`D`) AS STRING))", quarter);
    }

    [Fact]
    public void A_format_of_text_alone_still_gives_null_for_a_null_date() =>
        Assert.Equal("date_format(`D`, '''at''')", SparkDialect.Instance.Render(DateFormats.Format(Date, "\"at\"").Value).Replace("\\'", "''", StringComparison.Ordinal));

    [Theory]
    [InlineData("MM/DD/YYYY", "4/1/1998", "1998-04-01 00:00:00")]
    [InlineData("MM/DD/YYYY", "04-01-1998", "1998-04-01 00:00:00")]
    [InlineData("YYYYMMDD", "20200512", "2020-05-12 00:00:00")]
    [InlineData("MON DD YYYY HH12:MI:SSAM", "Mar 15 1998 12:43:10AM", "1998-03-15 00:43:10")]
    [InlineData("MON DD YYYY HH12:MI:SSAM", "mar 15 1998 12:43:10pm", "1998-03-15 12:43:10")]
    [InlineData("DD MONTH YYYY", "5 SEPTEMBER 2001", "2001-09-05 00:00:00")]
    [InlineData("DY DD MON YYYY", "Wed 01 Apr 1998", "1998-04-01 00:00:00")]
    [InlineData("J", "2451544", "1999-12-31 00:00:00")]
    [InlineData("YYYY DDD", "2000 366", "2000-12-31 00:00:00")]
    [InlineData("MM/DD/YYYY SSSSS", "12/31/1999 03723", "1999-12-31 01:02:03")]
    [InlineData("MM/DD/YYYY HH24:MI:SS.MS", "05/22/1997 10:15:30.135", "1997-05-22 10:15:30.135")]
    [InlineData("MM/DD/YYYY HH24:MI:SS.NS", "05/22/1997 10:15:30.135235789", "1997-05-22 10:15:30.135235")]
    [InlineData("YYYY\"T\"HH24", "1998T07", "1998-01-01 07:00:00")]
    public void Strings_that_match_give_their_date(string format, string text, string expected) =>
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateParsing.Of(format).Evaluate(text, 2026));

    [Theory]
    [InlineData("YYYYMMDD", "2020120")]
    [InlineData("MM/DD/YYYY", "02/30/2020")]
    [InlineData("MM/DD/YYYY", "13/01/2020")]
    [InlineData("MM/DD/YYYY", "1998-04-01x")]
    [InlineData("MM/DD/YYYY HH24:MI", "02/03/2020 24:00")]
    [InlineData("MM/DD/YYYY HH24:MI", "02/03/2020 10:60")]
    [InlineData("MON DD YYYY HH12:MI:SSAM", "Mar 15 1998")]
    [InlineData("MON DD YYYY", "Mrz 15 1998")]
    [InlineData("YYYY DDD", "1998 366")]
    [InlineData("YYYY\"T\"HH24", "1998X07")]
    public void Strings_that_do_not_match_or_are_no_date_give_none(string format, string text) =>
        Assert.Null(DateParsing.Of(format).Evaluate(text, 2026));

    [Theory]
    [InlineData("98", 1998, 1998)]
    [InlineData("01", 1998, 2001)]
    [InlineData("98", 2003, 1998)]
    [InlineData("01", 2003, 2001)]
    [InlineData("49", 2026, 2049)]
    [InlineData("50", 2026, 1950)]
    public void RR_takes_the_century_of_the_fifty_year_window(string year, int current, int expected) =>
        Assert.Equal(expected, DateParsing.Of("MM/DD/RR").Evaluate($"01/01/{year}", current)!.Value.Year);

    [Theory]
    [InlineData("01", 1998, 1901)]
    [InlineData("98", 2003, 2098)]
    public void YY_takes_the_current_century(string year, int current, int expected) =>
        Assert.Equal(expected, DateParsing.Of("MM/DD/YY").Evaluate($"01/01/{year}", current)!.Value.Year);

    [Fact]
    public void Y_and_YYY_take_the_missing_digits_from_the_current_year()
    {
        Assert.Equal(1998, DateParsing.Of("MM/DD/Y").Evaluate("04/01/8", 1993)!.Value.Year);
        Assert.Equal(1998, DateParsing.Of("MM/DD/YYY").Evaluate("04/01/998", 1993)!.Value.Year);
    }

    [Fact]
    public void A_number_followed_by_another_takes_its_full_width()
    {
        var pattern = DateParsing.Of("YYYYMMDD").Pattern;
        Assert.Equal("(?i)^([0-9]{4})([0-9]{2})([0-9]{1,2})$", pattern);
    }

    [Fact]
    public void Separators_match_any_separator_and_quoted_text_itself() =>
        Assert.Equal("(?i)^([0-9]{1,2})[^0-9A-Za-z]A\\.M$", DateParsing.Of("MM/\"A.M\"").Pattern);

    [Fact]
    public void Tokens_that_name_no_date_part_are_listed_and_missing_parts_noticed()
    {
        Assert.Equal(["D", "Q"], DateParsing.Of("D Q MM/DD/YYYY").Unusable);
        Assert.True(DateParsing.Of("HH24:MI").LacksDate);
        Assert.False(DateParsing.Of("J").LacksDate);
        Assert.False(DateParsing.Of("YYYY DDD").LacksDate);
        Assert.True(DateParsing.Of("MM/DD/RR").UsesCurrentYear);
        Assert.False(DateParsing.Of("MM/DD/YYYY").UsesCurrentYear);
    }

    [Fact]
    public void The_sql_of_a_pinned_year_folds_the_century()
    {
        var sql = SparkDialect.Instance.Render(DateParsing.Of("YY").ToSql(new SqlColumn("S"), 1998));
        Assert.StartsWith("make_timestamp(1900 + CAST(regexp_extract(`S`, '(?i)^([0-9]{1,2})$', 1) AS INT), 1, 1, 0, 0, 0)", sql, StringComparison.Ordinal);
        var atRunTime = SparkDialect.Instance.Render(DateParsing.Of("YY").ToSql(new SqlColumn("S"), null));
        Assert.Contains("year(current_date()) - (year(current_date()) % 100)", atRunTime, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yy", DatePart.Year)]
    [InlineData("RR", DatePart.Year)]
    [InlineData("Mon", DatePart.Month)]
    [InlineData("ddd", DatePart.Day)]
    [InlineData("DY", DatePart.Day)]
    [InlineData("HH12", DatePart.Hour)]
    [InlineData("mi", DatePart.Minute)]
    [InlineData("NS", DatePart.Nanosecond)]
    public void Date_function_formats_name_their_part(string format, DatePart part) => Assert.Equal(part, DateParts.Parse(format));

    [Theory]
    [InlineData("Q")]
    [InlineData("J")]
    [InlineData("MM/DD")]
    public void Other_formats_name_no_part(string format) => Assert.Null(DateParts.Parse(format));

    [Theory]
    [InlineData("MM/dd/yyyy HH:mm:ss.SSSSSS", "%m/%d/%Y %H:%M:%S.%f")]
    [InlineData("EEEE EEE MMMM MMM DDD", "%A %a %B %b %j")]
    [InlineData("hh:mm a ss.SSS yy", "%I:%M %p %S.%g %y")]
    [InlineData("yyyy'T''s 100%'", "%YT's 100%%")]
    public void Spark_patterns_have_a_strftime_form(string pattern, string strftime) =>
        Assert.Equal(strftime, DateDuckDbFunctions.Strftime(SqlLiteral.String(pattern)));
}
