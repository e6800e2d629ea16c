namespace Informatica2Spark.Core.Expressions.Sql;

/// <summary>Walking and rewriting SQL trees.</summary>
public static class SqlTree
{
    /// <summary>
    /// The tree with every node <paramref name="replace"/> returns a node for replaced by it (children first are not
    /// visited inside a replaced node); other nodes are rebuilt with their children rewritten, or kept (the same
    /// object) when none of their children changed.
    /// </summary>
    public static SqlExpr Rewrite(SqlExpr node, Func<SqlExpr, SqlExpr?> replace)
    {
        if (replace(node) is { } replaced)
        {
            return replaced;
        }

        SqlExpr Visit(SqlExpr child) => Rewrite(child, replace);
        SqlExpr? VisitOptional(SqlExpr? child) => child is null ? null : Visit(child);

        // A node none of whose children changed is kept as it is: most rewrites replace a few leaves of a large tree.
        switch (node)
        {
            case SqlUnary unary:
                return Visit(unary.Operand) is var negated && !ReferenceEquals(negated, unary.Operand) ? unary with { Operand = negated } : node;
            case SqlBinary binary:
            {
                var (left, right) = (Visit(binary.Left), Visit(binary.Right));
                return ReferenceEquals(left, binary.Left) && ReferenceEquals(right, binary.Right) ? node : binary with { Left = left, Right = right };
            }

            case SqlCase @case:
            {
                var whens = Map(@case.Whens, w =>
                {
                    var (condition, value) = (Visit(w.Condition), Visit(w.Value));
                    return ReferenceEquals(condition, w.Condition) && ReferenceEquals(value, w.Value) ? w : new SqlWhen(condition, value);
                });
                var otherwise = VisitOptional(@case.Else);
                return ReferenceEquals(whens, @case.Whens) && ReferenceEquals(otherwise, @case.Else) ? node : new SqlCase(whens, otherwise);
            }

            case SqlCast cast:
                return Visit(cast.Operand) is var cast2 && !ReferenceEquals(cast2, cast.Operand) ? cast with { Operand = cast2 } : node;
            case SqlIsNull isNull:
                return Visit(isNull.Operand) is var tested && !ReferenceEquals(tested, isNull.Operand) ? isNull with { Operand = tested } : node;
            case SqlIn @in:
            {
                var (operand, values) = (Visit(@in.Operand), Map(@in.Values, Visit));
                return ReferenceEquals(operand, @in.Operand) && ReferenceEquals(values, @in.Values) ? node : new SqlIn(operand, values);
            }

            case SqlFunction function:
                return Map(function.Arguments, Visit) is var arguments && !ReferenceEquals(arguments, function.Arguments) ? new SqlFunction(function.Name, arguments) : node;
            case SqlNativeFunction native:
                return Map(native.Arguments, Visit) is var nativeArguments && !ReferenceEquals(nativeArguments, native.Arguments) ? new SqlNativeFunction(native.Name, nativeArguments) : node;
            case SqlAggregate aggregate:
            {
                var (argument, filter) = (VisitOptional(aggregate.Argument), VisitOptional(aggregate.Filter));
                var more = aggregate.More is null ? null : Map(aggregate.More, Visit);
                return ReferenceEquals(argument, aggregate.Argument) && ReferenceEquals(filter, aggregate.Filter) && ReferenceEquals(more, aggregate.More)
                    ? node
                    : aggregate with { Argument = argument, Filter = filter, More = more };
            }

            case SqlWindow window:
            {
                var function = Visit(window.Function);
                var partitionBy = Map(window.PartitionBy, Visit);
                var orderBy = Map(window.OrderBy, o => Visit(o.Value) is var value && !ReferenceEquals(value, o.Value) ? o with { Value = value } : o);
                return ReferenceEquals(function, window.Function) && ReferenceEquals(partitionBy, window.PartitionBy) && ReferenceEquals(orderBy, window.OrderBy)
                    ? node
                    : new SqlWindow(function, partitionBy, orderBy);
            }

            case SqlRunningAggregate running:
            {
                var (function, order) = ((SqlAggregate)Visit(running.Function), Visit(running.Order));
                return ReferenceEquals(function, running.Function) && ReferenceEquals(order, running.Order) ? node : running with { Function = function, Order = order };
            }

            default:
                return node;
        }
    }

    /// <summary><paramref name="items"/> each mapped by <paramref name="visit"/>; the list itself when every item maps to itself.</summary>
    private static IReadOnlyList<T> Map<T>(IReadOnlyList<T> items, Func<T, T> visit)
        where T : class
    {
        T[]? mapped = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = visit(items[i]);
            if (mapped is null && !ReferenceEquals(item, items[i]))
            {
                mapped = new T[items.Count];
                for (var j = 0; j < i; j++)
                {
                    mapped[j] = items[j];
                }
            }

            if (mapped is not null)
            {
                mapped[i] = item;
            }
        }

        return mapped ?? items;
    }

    /// <summary>The tree with each run-time parameter replaced by the literal <paramref name="values"/> gives for it, when it gives one.</summary>
    public static SqlExpr BindParameters(SqlExpr node, Func<SqlParameter, SqlExpr?> values) =>
        Rewrite(node, n => n is SqlParameter parameter ? values(parameter) : null);
}
