using System.Globalization;
using Informatica2Spark.Core.Conversion;

namespace Informatica2Spark.Core.Emit.Merge;

/// <summary>
/// Writes a <see cref="MergeStatement"/> in the MERGE syntax of its database. Tables are written as the session names
/// them and columns quoted in the database's way, as Spark's JDBC writer quotes the columns it creates and inserts.
/// Every dialect matches staged rows to target rows on the key columns and tests each row's flag (a DD_ number: NULL and
/// numbers other than 1, 2 and 3 are inserts, as the Integration Service reads them):
/// <list type="bullet">
/// <item>Delta: Spark SQL <c>MERGE INTO t USING v ON ... WHEN MATCHED AND ... THEN UPDATE SET / DELETE WHEN NOT MATCHED
/// AND ... THEN INSERT</c> (Delta Lake, Upsert into a table using merge).</item>
/// <item>PostgreSQL 15+: the same clauses; update targets are unqualified (PostgreSQL documentation, MERGE).</item>
/// <item>SQL Server: <c>WHEN NOT MATCHED BY TARGET</c>, and the statement ends with <c>;</c> (Transact-SQL, MERGE).</item>
/// <item>Oracle: one <c>WHEN MATCHED THEN UPDATE SET ... WHERE ... DELETE WHERE ...</c>, since Oracle deletes only rows the
/// same clause updated, and <c>WHEN NOT MATCHED THEN INSERT ... WHERE ...</c> (Oracle SQL Language Reference, MERGE).</item>
/// </list>
/// </summary>
public static class MergeSql
{
    /// <summary>The statement as <paramref name="dialect"/> writes it, one clause a line; check <see cref="MergeStatement.Refusal"/> first.</summary>
    public static string Render(MergeStatement statement, MergeDialect dialect)
    {
        var lines = new List<string>
        {
            $"MERGE INTO {Table(statement.Target, dialect)}{Alias("t", dialect)}",
            $"USING {Table(statement.Source, dialect)}{Alias("s", dialect)}",
            dialect == MergeDialect.Oracle ? $"ON ({On(statement, dialect)})" : $"ON {On(statement, dialect)}",
        };
        lines.AddRange(dialect == MergeDialect.Oracle ? OracleClauses(statement) : Clauses(statement, dialect));
        var text = string.Join("\n", lines);
        return dialect == MergeDialect.SqlServer ? text + ";" : text;
    }

    /// <summary>The statement that drops a staging table after the MERGE (JDBC dialects).</summary>
    public static string DropStaging(MergeStatement statement, MergeDialect dialect) => $"DROP TABLE {Table(statement.Source, dialect)}";

    /// <summary>
    /// The condition that a row's flag, in <paramref name="column"/>, is one of <paramref name="flags"/>, as
    /// <paramref name="dialect"/> writes it; <paramref name="qualifier"/> prefixes the column when given.
    /// </summary>
    public static string FlagCondition(string column, IReadOnlyList<RowFlag> flags, MergeDialect dialect, string? qualifier)
    {
        var name = (qualifier is null ? string.Empty : qualifier + ".") + Column(column, dialect);
        if (flags.Contains(RowFlag.Insert))
        {
            var others = new[] { RowFlag.Update, RowFlag.Delete, RowFlag.Reject }.Where(f => !flags.Contains(f)).ToList();
            return $"COALESCE({name}, 0) NOT IN ({Numbers(others)})";
        }

        return flags.Count == 1 ? $"{name} = {Numbers(flags)}" : $"{name} IN ({Numbers(flags)})";
    }

    private static IEnumerable<string> Clauses(MergeStatement statement, MergeDialect dialect)
    {
        foreach (var clause in statement.Clauses)
        {
            var when = clause.Matched ? "WHEN MATCHED"
                : dialect == MergeDialect.SqlServer ? "WHEN NOT MATCHED BY TARGET" : "WHEN NOT MATCHED";
            var condition = Condition(statement, clause, dialect) is { } c ? $" AND {c}" : string.Empty;
            var action = clause.Operation switch
            {
                MergeOperation.Update when statement.Updated.Count == 0 => null,
                MergeOperation.Update => $"UPDATE SET {Assignments(statement, dialect)}",
                MergeOperation.Delete => "DELETE",
                _ => Insert(statement, dialect),
            };
            if (action is not null)
            {
                yield return $"{when}{condition} THEN {action}";
            }
        }
    }

    /// <summary>Oracle deletes only rows the matched clause updates: the update covers the rows flagged for update and for delete.</summary>
    private static IEnumerable<string> OracleClauses(MergeStatement statement)
    {
        var update = statement.Clauses.FirstOrDefault(c => c.Operation == MergeOperation.Update);
        var delete = statement.Clauses.FirstOrDefault(c => c.Operation == MergeOperation.Delete);
        if (update is not null || delete is not null)
        {
            var touched = new MergeClause(true, MergeOperation.Update, [.. (update?.Flags ?? []).Concat(delete?.Flags ?? [])]);
            var text = $"WHEN MATCHED THEN UPDATE SET {Assignments(statement, MergeDialect.Oracle)}";
            if (Condition(statement, touched, MergeDialect.Oracle) is { } where)
            {
                text += $" WHERE {where}";
            }

            if (delete is not null)
            {
                text += $" DELETE WHERE {Condition(statement, delete, MergeDialect.Oracle) ?? "1 = 1"}";
            }

            yield return text;
        }

        if (statement.Clauses.FirstOrDefault(c => c.Operation == MergeOperation.Insert) is { } insert)
        {
            var where = Condition(statement, insert, MergeDialect.Oracle) is { } c ? $" WHERE {c}" : string.Empty;
            yield return $"WHEN NOT MATCHED THEN {Insert(statement, MergeDialect.Oracle)}{where}";
        }
    }

    private static string? Condition(MergeStatement statement, MergeClause clause, MergeDialect dialect) =>
        statement.ActionColumn is { } column && clause.Flags.Count > 0 ? FlagCondition(column, clause.Flags, dialect, "s") : null;

    private static string On(MergeStatement statement, MergeDialect dialect) =>
        string.Join(" AND ", statement.Keys.Select(k => $"t.{Column(k, dialect)} = s.{Column(k, dialect)}"));

    private static string Assignments(MergeStatement statement, MergeDialect dialect) =>
        string.Join(", ", statement.Updated.Select(c => $"{(dialect == MergeDialect.PostgreSql ? string.Empty : "t.")}{Column(c, dialect)} = s.{Column(c, dialect)}"));

    private static string Insert(MergeStatement statement, MergeDialect dialect) =>
        $"INSERT ({string.Join(", ", statement.Columns.Select(c => Column(c, dialect)))}) VALUES ({string.Join(", ", statement.Columns.Select(c => "s." + Column(c, dialect)))})";

    private static string Numbers(IEnumerable<RowFlag> flags) =>
        string.Join(", ", flags.Select(f => ((int)f).ToString(CultureInfo.InvariantCulture)));

    private static string Alias(string alias, MergeDialect dialect) => dialect == MergeDialect.Oracle ? " " + alias : " AS " + alias;

    private static string Table(MergeTable table, MergeDialect dialect) =>
        table.IsPath ? $"delta.{Column(table.Name, MergeDialect.Delta)}" : table.Name;

    /// <summary>A column name quoted for <paramref name="dialect"/>.</summary>
    public static string Column(string name, MergeDialect dialect) => dialect switch
    {
        MergeDialect.Delta => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`",
        MergeDialect.SqlServer => "[" + name.Replace("]", "]]", StringComparison.Ordinal) + "]",
        _ => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
    };
}
