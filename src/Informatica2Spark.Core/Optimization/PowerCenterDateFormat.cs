using System.Text;

namespace Informatica2Spark.Core.Optimization;

/// <summary>
/// PowerCenter date format strings (<c>MM/DD/YYYY HH24:MI:SS.US</c>) as Spark datetime patterns
/// (<c>MM/dd/yyyy HH:mm:ss.SSSSSS</c>). Text between double quotes is literal; other characters are kept, quoted when
/// Spark would read them as pattern letters.
/// </summary>
public static class PowerCenterDateFormat
{
    // Longest tokens first, so HH24 wins over HH and MONTH over MON.
    private static readonly (string Token, string Pattern)[] Tokens =
    [
        ("YYYY", "yyyy"), ("MONTH", "MMMM"), ("HH24", "HH"), ("HH12", "hh"),
        ("YYY", "yyy"), ("MON", "MMM"), ("DDD", "DDD"), ("DAY", "EEEE"),
        ("RR", "yy"), ("YY", "yy"), ("MM", "MM"), ("DD", "dd"), ("DY", "EEE"), ("HH", "hh"), ("MI", "mm"), ("SS", "ss"),
        ("MS", "SSS"), ("US", "SSSSSS"), ("NS", "SSSSSSSSS"), ("AM", "a"), ("PM", "a"), ("Y", "y"),
    ];

    public static string ToSparkPattern(string format)
    {
        var result = new StringBuilder(format.Length + 8);
        var i = 0;
        while (i < format.Length)
        {
            if (format[i] == '"')
            {
                var end = format.IndexOf('"', i + 1);
                var literal = end < 0 ? format[(i + 1)..] : format[(i + 1)..end];
                result.Append('\'').Append(literal.Replace("'", "''", StringComparison.Ordinal)).Append('\'');
                i = end < 0 ? format.Length : end + 1;
                continue;
            }

            var match = Tokens.FirstOrDefault(t => string.Compare(format, i, t.Token, 0, t.Token.Length, StringComparison.OrdinalIgnoreCase) == 0);
            if (match.Token is not null)
            {
                result.Append(match.Pattern);
                i += match.Token.Length;
            }
            else
            {
                result.Append(char.IsAsciiLetter(format[i]) ? $"'{format[i]}'" : format[i].ToString());
                i++;
            }
        }

        return result.ToString();
    }
}
