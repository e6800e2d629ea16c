using System;
using System.Collections.Generic;
using System.Text;

namespace Informatica2Spark.Syntax;

/// <summary>One statement of a mapping script: the line that says what it does, and its SQL (without the final <c>;</c>).</summary>
public sealed class ScriptStatement
{
    public ScriptStatement(string title, string sql)
    {
        Title = title;
        Sql = sql;
    }

    public string Title { get; }

    public string Sql { get; }
}

/// <summary>
/// The text of <c>mapping.sql</c>, which a reviewer reads and a generated driver runs: a header of <c>--</c> lines,
/// then each statement after a line <c>-- step N: title</c> and ending with <c>;</c> on its last line. Generated
/// statements hold no raw line break inside a literal (Spark literals escape them), so a <c>-- step</c> line always
/// starts a statement. The one writer and reader of the format, shared by converter and drivers.
/// </summary>
public static class MappingScript
{
    private const string StepMarker = "-- step ";

    /// <summary>The script text: the header lines (each written as a comment), a blank line, then every statement.</summary>
    public static string Write(IEnumerable<string> header, IReadOnlyList<ScriptStatement> statements)
    {
        var text = new StringBuilder();
        foreach (var line in header)
        {
            text.Append("-- ").Append(line).Append('\n');
        }

        for (var i = 0; i < statements.Count; i++)
        {
            text.Append('\n').Append(StepMarker).Append(i + 1).Append(": ").Append(statements[i].Title.Replace('\n', ' ')).Append('\n');
            text.Append(statements[i].Sql).Append(";\n");
        }

        return text.ToString();
    }

    /// <summary>The statements of a script in order, as <see cref="Write"/> wrote them.</summary>
    public static IReadOnlyList<ScriptStatement> Read(string text)
    {
        var statements = new List<ScriptStatement>();
        string? title = null;
        var sql = new StringBuilder();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (raw.StartsWith(StepMarker, StringComparison.Ordinal))
            {
                Flush();
                var colon = raw.IndexOf(':');
                title = colon < 0 ? raw.Substring(StepMarker.Length) : raw.Substring(colon + 1).Trim();
                continue;
            }

            if (title is not null)
            {
                sql.Append(raw).Append('\n');
            }
        }

        Flush();
        return statements;

        void Flush()
        {
            if (title is null)
            {
                return;
            }

            var statement = sql.ToString().TrimEnd();
            if (statement.EndsWith(";", StringComparison.Ordinal))
            {
                statement = statement.Substring(0, statement.Length - 1);
            }

            statements.Add(new ScriptStatement(title, statement));
            sql.Clear();
        }
    }
}
