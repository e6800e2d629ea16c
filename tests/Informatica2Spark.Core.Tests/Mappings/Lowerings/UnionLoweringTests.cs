using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings.Lowerings;

/// <summary>Union (a custom transformation of module pmuniontrans): every input group's rows, duplicates kept.</summary>
public sealed class UnionLoweringTests
{
    [Fact]
    public void Union_script_is_stable_and_parses_with_spark()
    {
        var plan = PlanCase.Load("union_all");
        Assert.Equal(InstanceStatus.Translated, plan.Instance("UN_ITEMS").Status);
        Snapshot.Verify(plan.Script, "sql");
        plan.AssertSparkGrammar();
    }

    /// <summary>
    /// TG: Union Transformation: "The Union transformation does not remove duplicate rows" and merges the input groups
    /// like the UNION ALL statement; an output port takes the input port of the same position in each group.
    /// </summary>
    [Fact]
    public void Every_group_contributes_its_rows_and_duplicates_are_kept()
    {
        var plan = PlanCase.Load("union_all");
        using var run = plan.Run("ITEMS", [("ID", "INTEGER"), ("NAME", "VARCHAR")], ["1", "a"], ["2", "b"]);
        Assert.Equal(["1|NULL", "1|a", "2|NULL", "2|b"], PlanCase.Target(run, "T_ITEMS"));
    }
}
