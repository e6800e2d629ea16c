namespace Informatica2Spark.Core.Connections;

/// <summary>
/// An SQL override as Spark's JDBC <c>query</c> option needs it. Spark parenthesizes the query and reads it as a
/// subquery, <c>SELECT &lt;columns&gt; FROM (&lt;query&gt;) SPARK_GEN_SUBQ_n</c> (Spark SQL guide, "JDBC To Other Databases",
/// option <c>query</c>), while PowerCenter sends the override to the database as it is written. So a trailing
/// <c>--</c> comment would swallow Spark's closing parenthesis and a trailing <c>;</c> would end the statement inside
/// it: both are removed (<see cref="Removed"/> says which). What no text edit makes a subquery is a
/// <see cref="Problem"/>: a statement that is not a query, several statements, an unterminated literal or comment,
/// and, on SQL Server, a <c>WITH</c> clause or a top-level <c>ORDER BY</c> (SQL Server accepts neither in a derived table).
/// </summary>
/// <param name="Text">The query to give Spark: the override up to its last token, without the trailing comments and <c>;</c>.</param>
/// <param name="Removed">What was removed from its end, in words, for the report (empty when nothing was).</param>
/// <param name="Problem">Why the query cannot be read as a subquery, or null when it can.</param>
public sealed record WrappedQuery(string Text, IReadOnlyList<string> Removed, string? Problem)
{
    /// <summary>Prepares <paramref name="sql"/> for the <c>query</c> option of a connection of <paramref name="kind"/> (null: unknown).</summary>
    public static WrappedQuery Of(string sql, ConnectionKind? kind = null)
    {
        var tokens = SqlTokens.Scan(sql);
        var removed = new List<string>();
        if (tokens.Unterminated is { } unterminated)
        {
            return new WrappedQuery(sql, removed, $"it has an unterminated {unterminated}");
        }

        var significant = tokens.Significant;
        var count = significant.Count;
        while (count > 0 && tokens.Span(significant[count - 1]) is ";")
        {
            count--;
        }

        if (count < significant.Count)
        {
            removed.Add("the trailing ';'");
        }

        if (count == 0)
        {
            return new WrappedQuery(string.Empty, removed, "it holds no statement");
        }

        var end = significant[count - 1].End;
        if (CommentAfter(tokens, end, "--"))
        {
            removed.Insert(0, "the trailing '--' comment");
        }

        if (CommentAfter(tokens, end, "/*"))
        {
            removed.Insert(0, "the trailing '/* */' comment");
        }

        var text = sql[..end].TrimStart();
        var first = tokens.Text(significant[0]).ToUpperInvariant();
        var problem = Semicolon(tokens, count)
            ? "it holds several statements (a ';' before the end)"
            : first is not ("SELECT" or "WITH" or "(")
                ? $"it is not a query (it starts with {tokens.Text(significant[0])})"
                : kind == ConnectionKind.SqlServer && first == "WITH"
                    ? "SQL Server does not accept a WITH clause inside a subquery"
                    : kind == ConnectionKind.SqlServer && TopLevelOrderBy(tokens, count)
                        ? "SQL Server does not accept ORDER BY in a subquery without TOP or OFFSET"
                        : null;
        return new WrappedQuery(text, removed, problem);
    }

    /// <summary>Whether a comment that starts with <paramref name="opening"/> follows the last significant token (which ends at <paramref name="end"/>).</summary>
    private static bool CommentAfter(SqlTokens tokens, int end, string opening)
    {
        foreach (var comment in tokens.Comments)
        {
            if (comment.Start >= end && tokens.Span(comment).StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the first <paramref name="count"/> significant tokens is a <c>;</c>.</summary>
    private static bool Semicolon(SqlTokens tokens, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (tokens.Span(tokens.Significant[i]) is ";")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the first <paramref name="count"/> significant tokens have an <c>ORDER BY</c> outside parentheses and no <c>TOP</c> or <c>OFFSET</c> there.</summary>
    private static bool TopLevelOrderBy(SqlTokens tokens, int count)
    {
        var depth = 0;
        var orderBy = false;
        var limited = false;
        for (var i = 0; i < count; i++)
        {
            var word = tokens.Text(tokens.Significant[i]).ToUpperInvariant();
            depth += word == "(" ? 1 : word == ")" ? -1 : 0;
            if (depth != 0)
            {
                continue;
            }

            orderBy |= word == "ORDER" && i + 1 < count && tokens.Span(tokens.Significant[i + 1]).Equals("BY", StringComparison.OrdinalIgnoreCase);
            limited |= word is "TOP" or "OFFSET";
        }

        return orderBy && !limited;
    }
}
