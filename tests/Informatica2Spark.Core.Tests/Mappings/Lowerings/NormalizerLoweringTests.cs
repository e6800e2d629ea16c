using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings.Lowerings;

/// <summary>
/// Normalizer (TG: Normalizer Transformation > Normalizer Ports, Generated Keys and Generated Column IDs): a field that
/// occurs 3 times (sales, one input port per quarter) gives 3 output rows per input row, the single-occurring store
/// repeated; GCID_sales is the occurrence (1, 2, 3) and GK_sales one key per input row, from SEQUENCE_GENERATOR_VALUE
/// (100) on the first run, continuing after the last successful run on the next.
/// </summary>
public sealed class NormalizerLoweringTests
{
    private static readonly (string, string)[] Columns = [("STORE", "VARCHAR"), ("Q1", "DECIMAL(10,0)"), ("Q2", "DECIMAL(10,0)"), ("Q3", "DECIMAL(10,0)")];

    [Fact]
    public void Normalizer_script_is_stable_and_parses_with_spark()
    {
        var plan = PlanCase.Load("normalizer_occurs");
        Assert.Equal(InstanceStatus.Approximated, plan.Instance("NRM_SALES").Status);
        var sequence = Assert.Single(plan.Plan.Sequences);
        Assert.Equal(("NRM_SALES.GK_sales", "$$SEQ__NRM_SALES__GK_sales__START", 100L), (sequence.Instance, sequence.Variable, sequence.CurrentValue));
        Snapshot.Verify(plan.Script, "sql");
        plan.AssertSparkGrammar();
    }

    /// <summary>
    /// Each input row gives one row per occurrence, NULL occurrences included; the two rows of the first run take keys
    /// 100 and 101, so the next run (the value the driver saved: 100 + 2 rows) starts at 102.
    /// </summary>
    [Fact]
    public void Each_occurrence_is_a_row_with_its_column_id_and_the_row_key()
    {
        var plan = PlanCase.Load("normalizer_occurs");
        Assert.Equal(
            ["100|1|north|10", "100|2|north|20", "100|3|north|30", "101|1|south|5", "101|2|south|NULL", "101|3|south|7"],
            Run(plan, 100, ["north", "10", "20", "30"], ["south", "5", null, "7"]));
        Assert.Equal(["102|1|east|1", "102|2|east|2", "102|3|east|3"], Run(plan, 100 + 2, ["east", "1", "2", "3"]));
    }

    private static IReadOnlyList<string> Run(PlanCase plan, long start, params IReadOnlyList<string?>[] rows)
    {
        var bound = plan.Bind(p => p.Name == "$$SEQ__NRM_SALES__GK_sales__START" ? SqlLiteral.Int(start) : null);
        using var run = bound.Run("STORE_SALES", Columns, rows);
        return PlanCase.Target(run, "T_SALES");
    }
}
