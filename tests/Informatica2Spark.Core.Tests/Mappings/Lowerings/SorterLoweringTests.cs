using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Testing;
using Informatica2Spark.Testing.Sql;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings.Lowerings;

/// <summary>Sorter: keys and directions with NULL treated high, and Distinct over every port.</summary>
public sealed class SorterLoweringTests
{
    private static readonly (string, string)[] Columns = [("ID", "INTEGER"), ("NAME", "VARCHAR"), ("SALARY", "DECIMAL(12,2)")];

    [Fact]
    public void Sorter_script_is_stable_and_parses_with_spark()
    {
        var plan = PlanCase.Load("sorter_nulls");
        Assert.Equal(InstanceStatus.Translated, plan.Instance("SRT_SALARY").Status);
        Assert.Equal(InstanceStatus.Translated, plan.Instance("SRT_NAME").Status);
        Snapshot.Verify(plan.Script, "sql");
        plan.AssertSparkGrammar();
    }

    /// <summary>
    /// TG: Sorter Transformation > Sorter Transformation Properties: "Null Treated Low" off (the default) treats NULL
    /// as higher than any value, so NULL sorts last ascending and first descending; "Distinct" removes duplicate rows,
    /// comparing every port.
    /// </summary>
    [Fact]
    public void Nulls_sort_high_and_distinct_keeps_one_of_equal_rows()
    {
        var plan = PlanCase.Load("sorter_nulls");
        using var run = plan.Run("EMP", Columns,
            ["1", "b", "300.00"],
            ["2", "a", null],
            ["3", "c", "100.00"],
            ["1", "b", "300.00"],
            ["4", null, "200.00"]);
        Assert.Equal(
            ["3|c|100.00", "4|NULL|200.00", "1|b|300.00", "1|b|300.00", "2|a|NULL"],
            run.Rows(PlanScript.TargetView("T_BY_SALARY")).Select(PlanExecution.Line));
        Assert.Equal(
            ["4|NULL|200.00", "3|c|100.00", "1|b|300.00", "2|a|NULL"],
            run.Rows(PlanScript.TargetView("T_BY_NAME")).Select(PlanExecution.Line));
    }
}
