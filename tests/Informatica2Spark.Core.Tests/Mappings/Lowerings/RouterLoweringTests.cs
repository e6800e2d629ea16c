using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings.Lowerings;

/// <summary>Router: one view per group, rows in every group whose condition is TRUE, the rest in the default group.</summary>
public sealed class RouterLoweringTests
{
    private static readonly (string, string)[] Columns = [("ID", "INTEGER"), ("AMOUNT", "DECIMAL(12,2)"), ("REGION", "VARCHAR")];

    [Fact]
    public void Router_script_is_stable_and_parses_with_spark()
    {
        var plan = PlanCase.Load("router_default_null");
        Assert.Equal(InstanceStatus.Translated, plan.Instance("RTR_ORDERS").Status);
        Assert.All(plan.Plan.Targets, t => Assert.True(t.IsTranslated, t.Refusal));
        Snapshot.Verify(plan.Script, "sql");
        plan.AssertSparkGrammar();
    }

    /// <summary>
    /// TG: Router Transformation > Working with Groups: "the Integration Service routes the row to every group whose
    /// condition is TRUE" and the default group receives "all rows ... that do not satisfy the conditions of any
    /// user-defined group", a NULL condition not being TRUE (TG: Filter Transformation, NULL drops the row).
    /// </summary>
    [Fact]
    public void A_row_goes_to_every_true_group_and_rows_with_no_true_condition_go_to_the_default_group()
    {
        var plan = PlanCase.Load("router_default_null");
        using var run = plan.Run("ORDERS", Columns,
            ["1", "500.00", "EAST"],
            ["2", "50.00", "WEST"],
            ["3", null, "WEST"],
            ["4", null, null],
            ["5", "200.00", null]);
        Assert.Equal(["1|500.00|EAST", "5|200.00|NULL"], PlanCase.Target(run, "T_BIG"));
        Assert.Equal(["1|500.00|EAST"], PlanCase.Target(run, "T_EAST"));
        Assert.Equal(["2|50.00|WEST", "3|NULL|WEST", "4|NULL|NULL"], PlanCase.Target(run, "T_OTHER"));
    }
}
