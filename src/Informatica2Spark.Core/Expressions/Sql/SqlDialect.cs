using System.Text;

namespace Informatica2Spark.Core.Expressions.Sql;

/// <summary>A construct a dialect cannot express; the message names it.</summary>
public sealed class DialectNotSupportedException(string message) : Exception(message);

/// <summary>
/// Renders an <see cref="SqlExpr"/> tree as SQL text of one engine, as sqlglot's generators do: the shared writer
/// below handles precedence and parentheses, and each dialect supplies identifier quoting, literals, type names,
/// parameter markers, and rewrites of the Spark functions its engine spells otherwise. Operators are parenthesised
/// wherever a child's precedence differs from its parent's, so the text never leans on an engine's precedence table.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>The dialect's name as options and tests give it (<c>spark</c>, <c>duckdb</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The text of <paramref name="expression"/>.</summary>
    /// <exception cref="DialectNotSupportedException">A function or construct this dialect cannot express.</exception>
    public string Render(SqlExpr expression)
    {
        var builder = new StringBuilder();
        Write(builder, expression, 0, false);
        return builder.ToString();
    }

    /// <summary>
    /// The statement that defines a view for the rest of a run: Spark's <c>CREATE OR REPLACE TEMPORARY VIEW</c>,
    /// DuckDB's <c>CREATE OR REPLACE TEMP VIEW</c>. Items, clauses and joins go on lines of their own, indented, so a
    /// reviewer reads one step at a time.
    /// </summary>
    public string Render(SqlCreateView view)
    {
        var text = AppendIdentifier(new StringBuilder().Append(CreateViewKeywords).Append(' '), view.Name).Append(" AS\n");
        WriteQuery(text, view.Query, 1);
        return text.ToString();
    }

    /// <summary>A query at an indentation level (two spaces each).</summary>
    public string Render(SqlQuery query, int indent = 0)
    {
        var text = new StringBuilder();
        WriteQuery(text, query, indent);
        return text.ToString();
    }

    /// <summary>The words that start a view definition.</summary>
    protected abstract string CreateViewKeywords { get; }

    private void WriteQuery(StringBuilder text, SqlQuery query, int indent)
    {
        var pad = new string(' ', indent * 2);
        switch (query)
        {
            case SqlUnionAll union:
                for (var i = 0; i < union.Queries.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append('\n').Append(pad).Append("UNION ALL\n");
                    }

                    WriteQuery(text, union.Queries[i], indent);
                }

                break;
            case SqlSelect select:
                text.Append(pad).Append(select.Distinct ? "SELECT DISTINCT" : "SELECT");
                for (var i = 0; i < select.Items.Count; i++)
                {
                    text.Append(i == 0 ? "\n" : ",\n").Append(pad).Append("  ");
                    Write(text, select.Items[i].Value, 0, false);
                    if (select.Items[i].Alias is { } alias)
                    {
                        AppendIdentifier(text.Append(" AS "), alias);
                    }
                }

                text.Append('\n').Append(pad).Append("FROM ");
                WriteRelation(text, select.From, indent);
                if (select.Where is { } where)
                {
                    text.Append('\n').Append(pad).Append("WHERE ");
                    Write(text, where, 0, false);
                }

                if (select.GroupBy.Count > 0)
                {
                    text.Append('\n').Append(pad).Append("GROUP BY ");
                    WriteList(text, select.GroupBy);
                }

                if (select.Having is { } having)
                {
                    text.Append('\n').Append(pad).Append("HAVING ");
                    Write(text, having, 0, false);
                }

                if (select.OrderBy.Count > 0)
                {
                    text.Append('\n').Append(pad).Append("ORDER BY ");
                    WriteOrder(text, select.OrderBy);
                }

                break;
            default:
                throw new DialectNotSupportedException($"{query.GetType().Name} has no {Name} form");
        }
    }

    private void WriteRelation(StringBuilder text, SqlRelation relation, int indent)
    {
        var pad = new string(' ', indent * 2);
        switch (relation)
        {
            case SqlTable table:
                AppendIdentifier(text, table.Name);
                if (table.Alias is { } alias)
                {
                    AppendIdentifier(text.Append(' '), alias);
                }

                break;
            case SqlSubquery subquery:
                text.Append("(\n");
                WriteQuery(text, subquery.Query, indent + 1);
                AppendIdentifier(text.Append('\n').Append(pad).Append(") "), subquery.Alias);
                break;
            case SqlJoin join:
                WriteRelation(text, join.Left, indent);
                text.Append('\n').Append(pad).Append(join.Kind switch
                {
                    SqlJoinKind.Inner => "  JOIN ",
                    SqlJoinKind.LeftOuter => "  LEFT OUTER JOIN ",
                    SqlJoinKind.RightOuter => "  RIGHT OUTER JOIN ",
                    SqlJoinKind.FullOuter => "  FULL OUTER JOIN ",
                    _ => "  CROSS JOIN ",
                });
                WriteRelation(text, join.Right, indent + 1);
                if (join.Condition is { } on)
                {
                    text.Append(" ON ");
                    Write(text, on, 0, false);
                }

                break;
            default:
                throw new DialectNotSupportedException($"{relation.GetType().Name} has no {Name} form");
        }
    }

    private void WriteOrder(StringBuilder text, IReadOnlyList<SqlOrder> keys)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            Write(text, keys[i].Value, 0, false);
            text.Append(keys[i].Descending ? " DESC" : " ASC").Append(keys[i].NullsFirst ? " NULLS FIRST" : " NULLS LAST");
        }
    }

    /// <summary>An identifier quoted for this dialect.</summary>
    public abstract string QuoteIdentifier(string name);

    /// <summary>Appends <see cref="QuoteIdentifier"/> of <paramref name="name"/> to <paramref name="text"/>; a dialect may write it without making the string first.</summary>
    protected virtual StringBuilder AppendIdentifier(StringBuilder text, string name) => text.Append(QuoteIdentifier(name));

    /// <summary>
    /// A name with every control character (line breaks, tabs) written as <c>_</c>: PowerCenter names hold none, and a
    /// line break inside a quoted name could start a line of <c>mapping.sql</c> that its reader takes for a statement
    /// title. Plan view names use the same form, so a view and its references agree.
    /// </summary>
    public static string Printable(string name)
    {
        foreach (var c in name)
        {
            if (char.IsControl(c))
            {
                return string.Concat(name.Select(ch => char.IsControl(ch) ? '_' : ch));
            }
        }

        return name;
    }

    /// <summary>A literal constant.</summary>
    public abstract string Literal(SqlLiteral literal);

    /// <summary>The dialect's name of a type.</summary>
    public abstract string TypeName(SqlType type);

    /// <summary>The text standing for a run-time parameter.</summary>
    public abstract string Parameter(SqlParameter parameter);

    /// <summary>
    /// A Spark function call in this dialect's terms: the call itself (Spark), or an equivalent tree whose own calls
    /// are <see cref="SqlNativeFunction"/> (printed as they are) or further Spark functions (rewritten in turn). A
    /// dialect that cannot express the function throws <see cref="DialectNotSupportedException"/>.
    /// </summary>
    protected virtual SqlExpr Rewrite(SqlFunction function) => function;

    /// <summary>The text of the null-safe equality operator.</summary>
    protected abstract string NullSafeEqualOperator { get; }

    /// <summary>How an aggregate's name is spelled in this dialect.</summary>
    protected virtual string AggregateName(string name) => name;

    private void Write(StringBuilder text, SqlExpr expression, int parent, bool rightOperand)
    {
        if (expression is SqlFunction call && Rewrite(call) is var rewritten && !ReferenceEquals(rewritten, call))
        {
            Write(text, rewritten, parent, rightOperand);
            return;
        }

        var own = Precedence(expression);
        var wrap = own < Atom && parent != 0 && (own != parent || rightOperand);
        if (wrap)
        {
            text.Append('(');
        }

        switch (expression)
        {
            case SqlColumn column:
                if (column.Table is { } table)
                {
                    AppendIdentifier(text, table).Append('.');
                }

                AppendIdentifier(text, column.Name);
                break;
            case SqlStar star:
                text.Append(star.Table is { } starTable ? QuoteIdentifier(starTable) + ".*" : "*");
                break;
            case SqlLiteral literal:
                text.Append(Literal(literal));
                break;
            case SqlNull:
                text.Append("NULL");
                break;
            case SqlParameter parameter:
                text.Append(Parameter(parameter));
                break;
            case SqlUnary { Operator: SqlUnaryOperator.Negate } unary:
                text.Append('-');
                Write(text, unary.Operand, own, true);
                break;
            case SqlUnary unary:
                text.Append("NOT ");
                Write(text, unary.Operand, own, true);
                break;
            case SqlBinary binary:
                Write(text, binary.Left, own, false);
                text.Append(' ').Append(OperatorText(binary.Operator)).Append(' ');
                Write(text, binary.Right, own, !IsAssociative(binary, binary.Right));
                break;
            case SqlCase @case:
                text.Append("CASE");
                foreach (var when in @case.Whens)
                {
                    text.Append(" WHEN ");
                    Write(text, when.Condition, 0, false);
                    text.Append(" THEN ");
                    Write(text, when.Value, 0, false);
                }

                if (@case.Else is { } otherwise)
                {
                    text.Append(" ELSE ");
                    Write(text, otherwise, 0, false);
                }

                text.Append(" END");
                break;
            case SqlCast cast:
                text.Append("CAST(");
                Write(text, cast.Operand, 0, false);
                text.Append(" AS ").Append(TypeName(cast.Type)).Append(')');
                break;
            case SqlIsNull isNull:
                Write(text, isNull.Operand, own, false);
                text.Append(isNull.Negated ? " IS NOT NULL" : " IS NULL");
                break;
            case SqlIn @in:
                Write(text, @in.Operand, own, false);
                text.Append(" IN (");
                WriteList(text, @in.Values);
                text.Append(')');
                break;
            case SqlFunction function:
                text.Append(function.Name).Append('(');
                WriteList(text, function.Arguments);
                text.Append(')');
                break;
            case SqlNativeFunction native:
                text.Append(native.Name).Append('(');
                WriteList(text, native.Arguments);
                text.Append(')');
                break;
            case SqlAggregate aggregate:
                WriteAggregate(text, aggregate);
                break;
            case SqlWindow window:
                Write(text, window.Function, 0, false);
                text.Append(" OVER (");
                if (window.PartitionBy.Count > 0)
                {
                    text.Append("PARTITION BY ");
                    WriteList(text, window.PartitionBy);
                }

                if (window.OrderBy.Count > 0)
                {
                    text.Append(window.PartitionBy.Count > 0 ? " ORDER BY " : "ORDER BY ");
                    WriteOrder(text, window.OrderBy);
                }

                text.Append(')');
                break;
            case SqlRunningAggregate running:
                WriteAggregate(text, running.Function);
                text.Append(" OVER (ORDER BY ");
                Write(text, running.Order, 0, false);
                text.Append(running.Preceding is { } rows
                    ? $" ROWS BETWEEN {rows} PRECEDING AND CURRENT ROW)"
                    : " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)");
                break;
            default:
                throw new DialectNotSupportedException($"{expression.GetType().Name} has no {Name} form");
        }

        if (wrap)
        {
            text.Append(')');
        }
    }

    private void WriteAggregate(StringBuilder text, SqlAggregate aggregate)
    {
        text.Append(AggregateName(aggregate.Name)).Append('(');
        if (aggregate.Argument is null)
        {
            text.Append('*');
        }
        else
        {
            text.Append(aggregate.Distinct ? "DISTINCT " : string.Empty);
            Write(text, aggregate.Argument, 0, false);
            foreach (var more in aggregate.More ?? [])
            {
                text.Append(", ");
                Write(text, more, 0, false);
            }
        }

        text.Append(')');
        if (aggregate.Filter is { } filter)
        {
            text.Append(" FILTER (WHERE ");
            Write(text, filter, 0, false);
            text.Append(')');
        }
    }

    private void WriteList(StringBuilder text, IReadOnlyList<SqlExpr> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            Write(text, items[i], 0, false);
        }
    }

    private const int Atom = 100;

    /// <summary>Binding strength of a node: operators below <see cref="Atom"/>, higher binds tighter.</summary>
    private static int Precedence(SqlExpr expression) => expression switch
    {
        SqlUnary { Operator: SqlUnaryOperator.Negate } => 90,
        SqlLiteral { Value: long and < 0 } or SqlLiteral { Value: decimal and < 0 } or SqlLiteral { Value: double and < 0 } => 90,
        SqlBinary { Operator: SqlBinaryOperator.Multiply or SqlBinaryOperator.Divide or SqlBinaryOperator.Modulo } => 80,
        SqlBinary { Operator: SqlBinaryOperator.Add or SqlBinaryOperator.Subtract } => 70,
        SqlBinary { Operator: SqlBinaryOperator.And } => 30,
        SqlBinary { Operator: SqlBinaryOperator.Or } => 20,
        SqlBinary or SqlIsNull or SqlIn => 50,
        SqlUnary => 40,
        _ => Atom,
    };

    /// <summary>The right operand needs no parentheses: the same associative operator (<c>a AND b AND c</c>, <c>a + b + c</c>).</summary>
    private static bool IsAssociative(SqlBinary parent, SqlExpr right) =>
        right is SqlBinary child && child.Operator == parent.Operator
        && parent.Operator is SqlBinaryOperator.And or SqlBinaryOperator.Or;

    private string OperatorText(SqlBinaryOperator op) => op switch
    {
        SqlBinaryOperator.Multiply => "*",
        SqlBinaryOperator.Divide => "/",
        SqlBinaryOperator.Modulo => "%",
        SqlBinaryOperator.Add => "+",
        SqlBinaryOperator.Subtract => "-",
        SqlBinaryOperator.Equal => "=",
        SqlBinaryOperator.NotEqual => "<>",
        SqlBinaryOperator.NullSafeEqual => NullSafeEqualOperator,
        SqlBinaryOperator.Less => "<",
        SqlBinaryOperator.LessOrEqual => "<=",
        SqlBinaryOperator.Greater => ">",
        SqlBinaryOperator.GreaterOrEqual => ">=",
        SqlBinaryOperator.And => "AND",
        _ => "OR",
    };
}
