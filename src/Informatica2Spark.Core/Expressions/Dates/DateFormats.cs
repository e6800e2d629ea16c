using System.Text;
using Informatica2Spark.Core.Expressions.Sql;

namespace Informatica2Spark.Core.Expressions.Dates;

/// <summary>A PowerCenter format string as a Spark datetime pattern, or the tokens that have none.</summary>
public sealed record SparkDatePattern(string? Pattern, IReadOnlyList<string> Untranslatable);

/// <summary>
/// PowerCenter date format strings (TLR: Dates > TO_CHAR Format Strings, TO_DATE and IS_DATE Format Strings) turned
/// into Spark datetime patterns (Spark SQL: Datetime Patterns) token by token: YYYY yyyy, YY yy, MM MM, MON MMM,
/// MONTH MMMM, DD dd, DDD DDD, DY EEE, DAY EEEE, HH24 HH, HH and HH12 hh, MI mm, SS ss, MS SSS, US SSSSSS, AM/PM a;
/// separators and text in double quotes as quoted literals. Tokens with no Spark pattern (RR, J, SSSSS, Y, YYY, D,
/// W, WW, Q for parsing, NS) are listed so the caller translates them another way or reports them.
/// </summary>
public static class DateFormats
{
    /// <summary>Tokens longest first, so MONTH wins over MON and MM, HH24 over HH.</summary>
    private static readonly (string Token, string? Spark)[] Tokens =
    [
        ("MONTH", "MMMM"), ("HH24", "HH"), ("HH12", "hh"), ("SSSSS", null), ("YYYY", "yyyy"), ("A.M.", "a"), ("P.M.", "a"),
        ("YYY", null), ("MON", "MMM"), ("DAY", "EEEE"), ("DDD", "DDD"),
        ("YY", "yy"), ("RR", null), ("MM", "MM"), ("DD", "dd"), ("DY", "EEE"), ("HH", "hh"), ("MI", "mm"), ("SS", "ss"),
        ("MS", "SSS"), ("US", "SSSSSS"), ("NS", null), ("AM", "a"), ("PM", "a"), ("WW", null),
        ("Y", null), ("D", null), ("J", null), ("W", null), ("Q", null),
    ];

    /// <summary>The Spark pattern of a PowerCenter format (tokens in any letter case).</summary>
    public static SparkDatePattern ToSpark(string format)
    {
        var pattern = new StringBuilder();
        var untranslatable = new List<string>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < format.Length)
        {
            if (format[i] == '"')
            {
                var end = format.IndexOf('"', i + 1);
                end = end < 0 ? format.Length : end;
                literal.Append(format, i + 1, end - i - 1);
                i = end + 1;
                continue;
            }

            var match = Tokens.FirstOrDefault(t => string.Compare(format, i, t.Token, 0, t.Token.Length, StringComparison.OrdinalIgnoreCase) == 0);
            if (match.Token is null)
            {
                literal.Append(format[i++]);
                continue;
            }

            Flush(pattern, literal);
            if (match.Spark is null)
            {
                untranslatable.Add(match.Token);
            }
            else
            {
                pattern.Append(match.Spark);
            }

            i += match.Token.Length;
        }

        Flush(pattern, literal);
        return new SparkDatePattern(untranslatable.Count == 0 ? pattern.ToString() : null, untranslatable);
    }

    /// <summary>A date as text in a PowerCenter format: <c>date_format(value, pattern)</c>, with the pattern's problems.</summary>
    public static (SqlExpr Value, IReadOnlyList<string> Untranslatable) Format(SqlExpr value, string format)
    {
        var pattern = ToSpark(format);
        return pattern.Pattern is null
            ? (SqlNull.Instance, pattern.Untranslatable)
            : (new SqlFunction("date_format", value, SqlLiteral.String(pattern.Pattern)), []);
    }

    private static void Flush(StringBuilder pattern, StringBuilder literal)
    {
        if (literal.Length == 0)
        {
            return;
        }

        var text = literal.ToString();
        literal.Clear();
        if (text.All(c => c is '-' or '/' or '.' or ':' or ',' or ' ' or ';'))
        {
            pattern.Append(text);
        }
        else
        {
            pattern.Append('\'').Append(text.Replace("'", "''", StringComparison.Ordinal)).Append('\'');
        }
    }
}
