using System;
using System.Collections.Generic;
using System.Text;

namespace Informatica2Spark.Syntax;

/// <summary>
/// Binds run-time values into translated Spark SQL. Translated text refers to mapping parameters, mapping variables
/// and built-ins such as SESSSTARTTIME by named markers, <c>:NAME</c> (Spark's named parameter markers): the driver
/// replaces each marker with the value's literal (<see cref="SparkSqlLiterals"/>) before Spark parses the text, so
/// a value is never pasted as SQL. Markers inside string literals, backtick identifiers and comments are left alone.
/// </summary>
public static class SqlParameterBinder
{
    /// <summary>The text with every marker whose name <paramref name="literal"/> knows replaced by its literal.</summary>
    /// <param name="sql">Translated Spark SQL.</param>
    /// <param name="literal">The literal for a marker name (without the colon), or null to leave the marker.</param>
    public static string Bind(string sql, Func<string, string?> literal)
    {
        var result = new StringBuilder(sql.Length + 16);
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var end = c switch
            {
                '\'' or '"' => QuotedEnd(sql, i, c, backslash: true),
                '`' => QuotedEnd(sql, i, '`', backslash: false),
                '-' when i + 1 < sql.Length && sql[i + 1] == '-' => LineEnd(sql, i),
                '/' when i + 1 < sql.Length && sql[i + 1] == '*' => BlockEnd(sql, i),
                _ => -1,
            };
            if (end > 0)
            {
                result.Append(sql, i, end - i);
                i = end;
                continue;
            }

            if (c == ':' && i + 1 < sql.Length && IsNameStart(sql[i + 1]) && (i == 0 || (!IsNamePart(sql[i - 1]) && sql[i - 1] != ':')))
            {
                var nameEnd = i + 1;
                while (nameEnd < sql.Length && IsNamePart(sql[nameEnd]))
                {
                    nameEnd++;
                }

                if (literal(sql[(i + 1)..nameEnd]) is { } value)
                {
                    result.Append(value);
                    i = nameEnd;
                    continue;
                }
            }

            result.Append(c);
            i++;
        }

        return result.ToString();
    }

    /// <summary>The marker names <paramref name="sql"/> uses, in order of first use.</summary>
    public static IReadOnlyList<string> Markers(string sql)
    {
        var names = new List<string>();
        Bind(sql, name =>
        {
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            return null;
        });
        return names;
    }

    private static int QuotedEnd(string sql, int start, char quote, bool backslash)
    {
        var i = start + 1;
        while (i < sql.Length)
        {
            if (backslash && sql[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (sql[i] == quote)
            {
                if (!backslash && i + 1 < sql.Length && sql[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        return sql.Length;
    }

    private static int LineEnd(string sql, int start)
    {
        var end = sql.IndexOf('\n', start);
        return end < 0 ? sql.Length : end + 1;
    }

    private static int BlockEnd(string sql, int start)
    {
        var end = sql.IndexOf("*/", start + 2, StringComparison.Ordinal);
        return end < 0 ? sql.Length : end + 2;
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_';
}
