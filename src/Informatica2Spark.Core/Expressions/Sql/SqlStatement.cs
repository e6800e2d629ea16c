namespace Informatica2Spark.Core.Expressions.Sql;

/// <summary>A relation a query reads: a named view or table, a join of two relations, or a parenthesised query.</summary>
public abstract record SqlRelation;

/// <summary>A view or table by name, with the alias the query refers to it by (none when the same).</summary>
public sealed record SqlTable(string Name, string? Alias = null) : SqlRelation;

/// <summary>The kinds of join.</summary>
public enum SqlJoinKind
{
    Inner,
    LeftOuter,
    RightOuter,
    FullOuter,
    Cross,
}

/// <summary><c>left [LEFT|RIGHT|FULL OUTER|CROSS] JOIN right ON condition</c>.</summary>
public sealed record SqlJoin(SqlRelation Left, SqlRelation Right, SqlJoinKind Kind, SqlExpr? Condition) : SqlRelation;

/// <summary>A query used as a relation: <c>(query) alias</c>.</summary>
public sealed record SqlSubquery(SqlQuery Query, string Alias) : SqlRelation;

/// <summary>One item of a select list: an expression with the name it is given (none for <c>*</c>).</summary>
public sealed record SqlSelectItem(SqlExpr Value, string? Alias = null);

/// <summary>An ORDER BY key; nulls first or last as Spark writes it.</summary>
public sealed record SqlOrder(SqlExpr Value, bool Descending = false, bool NullsFirst = false);

/// <summary>A query.</summary>
public abstract record SqlQuery;

/// <summary>
/// <c>SELECT [DISTINCT] items FROM relation [WHERE ...] [GROUP BY ...] [HAVING ...] [ORDER BY ...]</c>.
/// </summary>
public sealed record SqlSelect(IReadOnlyList<SqlSelectItem> Items, SqlRelation From) : SqlQuery
{
    public SqlExpr? Where { get; init; }

    public IReadOnlyList<SqlExpr> GroupBy { get; init; } = [];

    public SqlExpr? Having { get; init; }

    public bool Distinct { get; init; }

    public IReadOnlyList<SqlOrder> OrderBy { get; init; } = [];
}

/// <summary><c>query UNION ALL query ...</c>.</summary>
public sealed record SqlUnionAll(IReadOnlyList<SqlQuery> Queries) : SqlQuery;

/// <summary>A window function over an ordered partition: <c>function OVER (PARTITION BY ... ORDER BY ...)</c>.</summary>
public sealed record SqlWindow(SqlExpr Function, IReadOnlyList<SqlExpr> PartitionBy, IReadOnlyList<SqlOrder> OrderBy) : SqlExpr;

/// <summary><c>CREATE OR REPLACE TEMPORARY VIEW name AS query</c>: one step of a mapping plan.</summary>
public sealed record SqlCreateView(string Name, SqlQuery Query);
