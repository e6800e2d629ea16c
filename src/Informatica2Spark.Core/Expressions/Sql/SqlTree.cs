namespace Informatica2Spark.Core.Expressions.Sql;

/// <summary>Walking and rewriting SQL trees.</summary>
public static class SqlTree
{
    /// <summary>
    /// The tree with every node <paramref name="replace"/> returns a node for replaced by it (children first are not
    /// visited inside a replaced node); other nodes are rebuilt with their children rewritten.
    /// </summary>
    public static SqlExpr Rewrite(SqlExpr node, Func<SqlExpr, SqlExpr?> replace)
    {
        if (replace(node) is { } replaced)
        {
            return replaced;
        }

        SqlExpr Visit(SqlExpr child) => Rewrite(child, replace);
        return node switch
        {
            SqlUnary unary => unary with { Operand = Visit(unary.Operand) },
            SqlBinary binary => binary with { Left = Visit(binary.Left), Right = Visit(binary.Right) },
            SqlCase @case => new SqlCase([.. @case.Whens.Select(w => new SqlWhen(Visit(w.Condition), Visit(w.Value)))], @case.Else is null ? null : Visit(@case.Else)),
            SqlCast cast => cast with { Operand = Visit(cast.Operand) },
            SqlIsNull isNull => isNull with { Operand = Visit(isNull.Operand) },
            SqlIn @in => new SqlIn(Visit(@in.Operand), [.. @in.Values.Select(Visit)]),
            SqlFunction function => new SqlFunction(function.Name, [.. function.Arguments.Select(Visit)]),
            SqlNativeFunction native => new SqlNativeFunction(native.Name, [.. native.Arguments.Select(Visit)]),
            SqlAggregate aggregate => aggregate with { Argument = aggregate.Argument is null ? null : Visit(aggregate.Argument), Filter = aggregate.Filter is null ? null : Visit(aggregate.Filter), More = aggregate.More is null ? null : [.. aggregate.More.Select(Visit)] },
            SqlWindow window => new SqlWindow(Visit(window.Function), [.. window.PartitionBy.Select(Visit)], [.. window.OrderBy.Select(o => o with { Value = Visit(o.Value) })]),
            SqlRunningAggregate running => running with { Function = (SqlAggregate)Visit(running.Function), Order = Visit(running.Order) },
            _ => node,
        };
    }

    /// <summary>The tree with each run-time parameter replaced by the literal <paramref name="values"/> gives for it, when it gives one.</summary>
    public static SqlExpr BindParameters(SqlExpr node, Func<SqlParameter, SqlExpr?> values) =>
        Rewrite(node, n => n is SqlParameter parameter ? values(parameter) : null);
}
