using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings.Lowerings;

/// <summary>Aggregator: groups, aggregate functions with their NULL rules and filter conditions, variable ports, and the last row's value for other ports.</summary>
public sealed class AggregatorLoweringTests
{
    private static readonly (string, string)[] Columns = [("ID", "INTEGER"), ("DEPT", "VARCHAR"), ("AMOUNT", "DECIMAL(12,2)"), ("NOTE", "VARCHAR")];

    [Fact]
    public void Aggregator_script_is_stable_and_parses_with_spark()
    {
        var plan = PlanCase.Load("aggregator_last_row");
        var report = plan.Instance("AGG_SALES");
        Assert.Equal(InstanceStatus.Approximated, report.Status);
        Assert.Contains(report.Notes, n => n.StartsWith("NOTE, LAST_ID take the value of each group's last row", StringComparison.Ordinal));
        Assert.True(Assert.Single(plan.Plan.Targets).IsTranslated);
        Snapshot.Verify(plan.Script, "sql");
        plan.AssertSparkGrammar();
    }

    /// <summary>
    /// TG: Aggregator Transformation > Group By Ports: a port with no aggregate function returns the last row
    /// received for its group; TLR: Aggregate Functions and Nulls: aggregates skip NULLs, SUM of only NULLs is NULL,
    /// COUNT of no value is 0; a filter condition (SUM(AMOUNT, AMOUNT &gt; 100)) selects the rows where it is TRUE.
    /// </summary>
    [Fact]
    public void Each_group_gives_its_aggregates_and_the_last_rows_values()
    {
        var plan = PlanCase.Load("aggregator_last_row");
        using var run = plan.Run("SALES", Columns,
            ["1", "A", "50.00", "first"],
            ["2", "A", null, "second"],
            ["3", "A", "150.00", "third"],
            ["4", "B", null, "only"]);
        Assert.Equal(
            ["A|200|2|150|200|third|3", "B|NULL|0|NULL|0|only|4"],
            PlanCase.Target(run, "T_DEPT"));
    }
}
