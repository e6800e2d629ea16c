using Informatica2Spark.Core.Expressions.Sql;
using Xunit;

namespace Informatica2Spark.Core.Tests.Expressions;

/// <summary>
/// Rewriting a SQL tree replaces the nodes asked for and rebuilds only the nodes above them: a subtree nothing in
/// replaces is kept as the same object, and a tree nothing in replaces comes back as it is.
/// </summary>
public sealed class SqlTreeTests
{
    private static readonly SqlExpr Untouched = new SqlFunction("upper", new SqlColumn("NAME"));

    private static SqlExpr Tree(SqlExpr leaf) => new SqlCase(
        [new SqlWhen(new SqlIsNull(leaf), SqlLiteral.Int(0)), new SqlWhen(new SqlBinary(SqlBinaryOperator.Equal, Untouched, SqlLiteral.String("X")), SqlLiteral.Int(1))],
        new SqlIn(new SqlCast(leaf, SqlType.Int), [SqlLiteral.Int(2), new SqlFunction("abs", leaf)]));

    [Fact]
    public void A_tree_nothing_in_replaces_is_the_same_object()
    {
        var tree = Tree(new SqlParameter("$$P", SqlType.Int));

        Assert.Same(tree, SqlTree.Rewrite(tree, _ => null));
    }

    [Fact]
    public void Replaced_leaves_are_replaced_everywhere_and_untouched_subtrees_are_kept()
    {
        var tree = (SqlCase)Tree(new SqlParameter("$$P", SqlType.Int));

        var bound = (SqlCase)SqlTree.BindParameters(tree, p => p.Name == "$$P" ? SqlLiteral.Int(7) : null);

        Assert.Equal(SparkDialect.Instance.Render(Tree(SqlLiteral.Int(7))), SparkDialect.Instance.Render(bound));
        Assert.Same(tree.Whens[1], bound.Whens[1]);
        Assert.Same(Untouched, ((SqlBinary)bound.Whens[1].Condition).Left);
        Assert.Same(((SqlIn)tree.Else!).Values[0], ((SqlIn)bound.Else!).Values[0]);
        Assert.Same(tree, SqlTree.BindParameters(tree, _ => null));
    }
}
