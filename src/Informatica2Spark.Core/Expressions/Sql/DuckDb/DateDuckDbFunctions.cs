using System.Text;

namespace Informatica2Spark.Core.Expressions.Sql.DuckDb;

/// <summary>
/// DuckDB forms of the Spark functions the date functions, TO_CHAR, TO_DATE, ROUND and TRUNC use, with Spark's
/// semantics: <c>date_format</c> as <c>strftime</c> with the pattern's letters as %-codes; <c>make_timestamp</c> and
/// <c>make_date</c> inside <c>try</c> (NULL for an invalid date, as Spark without ANSI mode); <c>make_interval</c> as a
/// sum of <c>to_months</c>, <c>to_days</c>, ... (a timestamp plus months clamps month ends in both);
/// <c>dayofweek</c> plus one (Sunday is 0 in DuckDB, 1 in Spark); <c>datediff(end, start)</c> as
/// <c>datediff('day', start, end)</c>; <c>unix_micros</c> as <c>epoch_us</c>; <c>format_string</c> as <c>printf</c>. Spark's string
/// functions these use (substring, concat, regexp_replace...) have their forms with the character functions.
/// </summary>
internal sealed class DateDuckDbFunctions : IDuckDbFunctions
{
    private static readonly string[] Same =
    [
        "year", "month", "dayofmonth", "dayofyear", "quarter", "hour", "minute", "second", "last_day", "log10",
    ];

    public IEnumerable<(string SparkName, Func<SqlFunction, SqlExpr> Rewrite)> Functions =>
    [
        .. Same.Select(name => (name, (Func<SqlFunction, SqlExpr>)CommonDuckDbFunctions.Same)),
        ("date_format", f => new SqlNativeFunction("strftime", f.Arguments[0], SqlLiteral.String(Strftime(f.Arguments[1])))),
        ("make_timestamp", f => Try(new SqlNativeFunction("make_timestamp", [.. f.Arguments.Take(5), new SqlCast(f.Arguments[5], SqlType.Double)]))),
        ("make_date", f => Try(new SqlNativeFunction("make_date", f.Arguments))),
        ("make_interval", MakeInterval),
        ("date_add", f => new SqlBinary(SqlBinaryOperator.Add, new SqlCast(f.Arguments[0], SqlType.Date), f.Arguments[1])),
        ("datediff", f => new SqlNativeFunction("datediff", SqlLiteral.String("day"), f.Arguments[1], f.Arguments[0])),
        ("date_trunc", f => new SqlNativeFunction("date_trunc", Lower(f.Arguments[0]), f.Arguments[1])),
        ("dayofweek", f => new SqlBinary(SqlBinaryOperator.Add, new SqlNativeFunction("dayofweek", f.Arguments), SqlLiteral.Int(1))),
        ("unix_micros", f => new SqlNativeFunction("epoch_us", f.Arguments)),
        ("current_date", _ => new SqlNativeFunction("today")),
        ("format_string", f => new SqlNativeFunction("printf", f.Arguments)),
    ];

    private static SqlExpr Try(SqlExpr expression) => new SqlNativeFunction("try", expression);

    private static SqlExpr Lower(SqlExpr unit) => unit is SqlLiteral { Value: string text } ? SqlLiteral.String(text.ToLowerInvariant()) : unit;

    /// <summary>Spark's make_interval(years, months, weeks, days, hours, mins, secs), trailing arguments optional.</summary>
    private static SqlExpr MakeInterval(SqlFunction f)
    {
        var units = new[] { "to_years", "to_months", "to_weeks", "to_days", "to_hours", "to_minutes", "to_seconds" };
        SqlExpr? sum = null;
        for (var i = 0; i < f.Arguments.Count && i < units.Length; i++)
        {
            if (f.Arguments[i] is SqlLiteral { Value: 0L or 0m })
            {
                continue;
            }

            SqlExpr part = i == 6
                ? new SqlNativeFunction("to_microseconds", new SqlCast(new SqlBinary(SqlBinaryOperator.Multiply, f.Arguments[i], SqlLiteral.Int(1_000_000)), SqlType.BigInt))
                : new SqlNativeFunction(units[i], f.Arguments[i]);
            sum = sum is null ? part : new SqlBinary(SqlBinaryOperator.Add, sum, part);
        }

        return sum ?? new SqlNativeFunction("to_days", SqlLiteral.Int(0));
    }

    /// <summary>A Spark datetime pattern (the letters <see cref="Dates.DateFormats"/> writes) as strftime %-codes.</summary>
    internal static string Strftime(SqlExpr pattern)
    {
        if (pattern is not SqlLiteral { Value: string text })
        {
            throw new DialectNotSupportedException("date_format with a pattern that is not a constant has no DuckDB form in i2s");
        }

        var result = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\'')
            {
                var end = i + 1;
                while (end < text.Length)
                {
                    if (text[end] == '\'' && end + 1 < text.Length && text[end + 1] == '\'')
                    {
                        result.Append('\'');
                        end += 2;
                        continue;
                    }

                    if (text[end] == '\'')
                    {
                        break;
                    }

                    result.Append(text[end] == '%' ? "%%" : text[end].ToString());
                    end++;
                }

                if (end == i + 1 && end < text.Length && text[end] == '\'')
                {
                    result.Append('\'');
                }

                i = end + 1;
                continue;
            }

            if (!char.IsAsciiLetter(c))
            {
                result.Append(c == '%' ? "%%" : c.ToString());
                i++;
                continue;
            }

            var run = i;
            while (run < text.Length && text[run] == c)
            {
                run++;
            }

            var letters = text[i..run];
            result.Append(letters switch
            {
                "yyyy" => "%Y",
                "yy" => "%y",
                "MM" => "%m",
                "MMM" => "%b",
                "MMMM" => "%B",
                "dd" => "%d",
                "DDD" => "%j",
                "EEE" => "%a",
                "EEEE" => "%A",
                "HH" => "%H",
                "hh" => "%I",
                "mm" => "%M",
                "ss" => "%S",
                "SSS" => "%g",
                "SSSSSS" => "%f",
                "a" => "%p",
                _ => throw new DialectNotSupportedException($"the Spark pattern letters '{letters}' have no strftime form in i2s"),
            });
            i = run;
        }

        return result.ToString();
    }
}
