namespace Informatica2Spark.Core.Conversion;

/// <summary>The database a MERGE runs on; each has its own MERGE syntax (<c>Emit/Merge/MergeSql</c>).</summary>
public enum MergeDialect
{
    /// <summary>Spark SQL on a Delta table (Delta Lake, Table deletes, updates, and merges: MERGE INTO).</summary>
    Delta,

    /// <summary>PostgreSQL 15 or later (PostgreSQL documentation, SQL Commands, MERGE).</summary>
    PostgreSql,

    /// <summary>SQL Server 2008 or later (Transact-SQL reference, MERGE).</summary>
    SqlServer,

    /// <summary>Oracle Database (SQL Language Reference, MERGE).</summary>
    Oracle,
}

/// <summary>What a MERGE clause does to the target row.</summary>
public enum MergeOperation
{
    Update,
    Delete,
    Insert,
}

/// <summary>
/// One <c>WHEN [NOT] MATCHED</c> clause: for rows whose key matches a target row (<paramref name="Matched"/>) or not, and
/// whose flag is one of <paramref name="Flags"/> (every row when empty), <paramref name="Operation"/>.
/// </summary>
public sealed record MergeClause(bool Matched, MergeOperation Operation, IReadOnlyList<RowFlag> Flags);

/// <summary>
/// A table a MERGE names: a table name as the session writes it (owner or prefix included), or, for Delta, the path of a
/// Delta table (<c>delta.`PATH`</c>).
/// </summary>
public sealed record MergeTable(string Name, bool IsPath = false);

/// <summary>
/// One MERGE of staged rows into a target, before it is written in a dialect: the target and the staged rows (a
/// staging table, or a Spark view for Delta), the key columns rows are matched on, the columns written (keys included,
/// in target field order), the staged column holding each row's flag (null when every row has one flag), and the clauses.
/// </summary>
public sealed record MergeStatement(
    MergeTable Target,
    MergeTable Source,
    IReadOnlyList<string> Keys,
    IReadOnlyList<string> Columns,
    string? ActionColumn,
    IReadOnlyList<MergeClause> Clauses)
{
    /// <summary>The statement of <paramref name="plan"/> (a Merge plan) writing <paramref name="columns"/> from <paramref name="source"/> into <paramref name="target"/>.</summary>
    public static MergeStatement Of(TargetWritePlan plan, MergeTable target, MergeTable source, IReadOnlyList<string> columns) =>
        new(target, source, plan.Keys, columns, plan.ActionColumn, plan.Clauses);

    /// <summary>Why this statement cannot be written in <paramref name="dialect"/>, or null.</summary>
    public string? Refusal(MergeDialect dialect)
    {
        var updates = Clauses.Any(c => c.Operation == MergeOperation.Update);
        var deletes = Clauses.Any(c => c.Operation == MergeOperation.Delete);
        return Updated.Count > 0 ? null
            : dialect == MergeDialect.Oracle && deletes ? "Oracle's MERGE deletes only rows it updates, and every column written is a key column: write a column that is not a key"
            : updates && Clauses.Count == 1 ? "rows are only updated, and every column written is a key column: there is nothing to update"
            : null;
    }

    /// <summary>The columns an update sets: every written column that is not a key.</summary>
    public IReadOnlyList<string> Updated => [.. Columns.Where(c => !Keys.Contains(c, StringComparer.OrdinalIgnoreCase))];
}
