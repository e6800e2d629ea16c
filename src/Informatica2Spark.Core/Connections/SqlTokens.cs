namespace Informatica2Spark.Core.Connections;

/// <summary>One token of SQL text: a word, literal, quoted name, number or punctuation mark, or a comment, by its span.</summary>
/// <param name="Start">The offset of its first character.</param>
/// <param name="End">The offset just after its last character.</param>
internal readonly record struct SqlToken(int Start, int End);

/// <summary>
/// SQL text split into significant tokens and comments: <c>'...'</c> literals (<c>''</c> inside), Oracle's
/// alternative-quoting literals (<c>q'[...]'</c>, <c>nq'|...|'</c>: <see cref="AlternativeQuoteEnd"/>), <c>"..."</c> and
/// <c>[...]</c> names, <c>--</c> line comments and <c>/* */</c> block comments are each one token, so a <c>;</c> or
/// <c>--</c> inside them is never mistaken for the end of the statement. Tokens are spans of <see cref="Sql"/>: their
/// text is read from it, never copied unless asked for.
/// </summary>
internal sealed record SqlTokens(string Sql, IReadOnlyList<SqlToken> Significant, IReadOnlyList<SqlToken> Comments, string? Unterminated)
{
    /// <summary>The characters of <paramref name="token"/>.</summary>
    public ReadOnlySpan<char> Span(SqlToken token) => Sql.AsSpan(token.Start, token.End - token.Start);

    /// <summary>The text of <paramref name="token"/> as a string.</summary>
    public string Text(SqlToken token) => Sql[token.Start..token.End];

    public static SqlTokens Scan(string sql)
    {
        var significant = new List<SqlToken>();
        var comments = new List<SqlToken>();
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '-' && At(sql, i + 1) == '-')
            {
                i = sql.IndexOf('\n', i) is var newline and >= 0 ? newline : sql.Length;
                comments.Add(new SqlToken(start, i));
                continue;
            }

            if (c == '/' && At(sql, i + 1) == '*')
            {
                var close = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    return new SqlTokens(sql, significant, comments, "/* comment");
                }

                i = close + 2;
                comments.Add(new SqlToken(start, i));
                continue;
            }

            if (AlternativeQuoteEnd(sql, i) is { } literalEnd)
            {
                if (literalEnd < 0)
                {
                    return new SqlTokens(sql, significant, comments, "string literal");
                }

                i = literalEnd;
            }
            else if (c is '\'' or '"' or '[')
            {
                var closing = c == '[' ? ']' : c;
                i++;
                while (true)
                {
                    if (i >= sql.Length)
                    {
                        return new SqlTokens(sql, significant, comments, c == '\'' ? "string literal" : "quoted name");
                    }

                    if (sql[i] == closing && At(sql, i + 1) == closing && c != '[')
                    {
                        i += 2;
                        continue;
                    }

                    if (sql[i++] == closing)
                    {
                        break;
                    }
                }
            }
            else if (char.IsLetterOrDigit(c) || c is '_' or '$' or '#' or '@' or ':')
            {
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] is '_' or '$' or '#' or '@' or '.' or ':'))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            significant.Add(new SqlToken(start, i));
        }

        return new SqlTokens(sql, significant, comments, null);
    }

    /// <summary>
    /// Where an Oracle alternative-quoting text literal starting at <paramref name="start"/> ends (the index after its
    /// closing quote), -1 when it is never closed, or null when none starts there. Oracle Database SQL Language
    /// Reference, Literals, Text Literals: <c>[N|n]{Q|q}'quote_delimiter c... quote_delimiter'</c>, where the delimiter
    /// is any single- or multibyte character except space, tab and return; an opening <c>[</c>, <c>{</c>, <c>&lt;</c> or
    /// <c>(</c> closes with <c>]</c>, <c>}</c>, <c>&gt;</c> or <c>)</c>, any other delimiter with itself, and the literal
    /// ends at the first closing delimiter followed by <c>'</c>. No other database gives <c>q'</c> a meaning (a name
    /// followed by a literal is not SQL), so every override is read this way.
    /// </summary>
    private static int? AlternativeQuoteEnd(string sql, int start)
    {
        var i = At(sql, start) is 'n' or 'N' ? start + 1 : start;
        if (At(sql, i) is not ('q' or 'Q') || At(sql, i + 1) != '\'')
        {
            return null;
        }

        i += 2;
        if (i >= sql.Length)
        {
            return -1;
        }

        var length = char.IsHighSurrogate(sql[i]) && char.IsLowSurrogate(At(sql, i + 1)) ? 2 : 1;
        var open = sql.Substring(i, length);
        if (string.IsNullOrWhiteSpace(open))
        {
            return null;
        }

        var close = open switch
        {
            "[" => "]",
            "{" => "}",
            "<" => ">",
            "(" => ")",
            _ => open,
        };
        var end = sql.IndexOf(close + "'", i + length, StringComparison.Ordinal);
        return end < 0 ? -1 : end + close.Length + 1;
    }

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';
}
