using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings.Lowerings;

/// <summary>
/// Sequence Generator (TG: Sequence Generator Transformation > NEXTVAL, CURRVAL, Sequence Generator Properties): each
/// row of the stream NEXTVAL feeds takes the next value from the Current Value by Increment By; CURRVAL is NEXTVAL plus
/// Increment By; Cycle wraps from End Value to Start Value; without Reset the Current Value carries to the next run.
/// </summary>
public sealed class SequenceGeneratorLoweringTests
{
    private static readonly (string, string)[] Columns = [("ID", "DECIMAL(10,0)"), ("NAME", "VARCHAR")];

    [Fact]
    public void Sequence_script_is_stable_and_parses_with_spark()
    {
        var plan = PlanCase.Load("sequence_keys");
        var report = plan.Instance("SEQ_KEYS");
        Assert.Equal(InstanceStatus.Approximated, report.Status);
        var sequence = Assert.Single(plan.Plan.Sequences);
        Assert.Equal(new PlanSequence("SEQ_KEYS", "$$SEQ__SEQ_KEYS__START", 1, 0, 1, long.MaxValue, false) { Views = sequence.Views }, sequence);
        Assert.Equal(["SEQ_KEYS"], sequence.Views);
        var value = Assert.Single(plan.Plan.RunTimeValues);
        Assert.Equal((":SEQ__SEQ_KEYS__START", "$$SEQ__SEQ_KEYS__START"), (value.Marker, value.Name));
        Snapshot.Verify(plan.Script, "sql");
        plan.AssertSparkGrammar();
    }

    /// <summary>
    /// TG: NEXTVAL: "the Integration Service generates a sequence of numbers" one per row, from the Current Value (1);
    /// the next run starts where the last successful run stopped (Current Value 1 + 3 rows), so no key repeats.
    /// </summary>
    [Fact]
    public void Rows_take_the_next_values_and_a_second_run_continues_after_the_first()
    {
        var plan = PlanCase.Load("sequence_keys");
        Assert.Equal(["1|2|10|a", "2|3|11|b", "3|4|12|c"], Run(plan, 1, ["10", "a"], ["11", "b"], ["12", "c"]));
        Assert.Equal(["4|5|13|d", "5|6|14|e"], Run(plan, 1 + (3 * 1), ["13", "d"], ["14", "e"]));
    }

    /// <summary>
    /// TG: Cycle: "the Integration Service cycles back to [Start Value] after reaching the End Value"; Start Value 1,
    /// Increment By 2, End Value 8, Current Value 5 gives 5, 7, 1, 3; CURRVAL is NEXTVAL + 2. Reset starts every run at
    /// the Current Value, so the value is a literal and no run-state variable is kept.
    /// </summary>
    [Fact]
    public void A_cycling_sequence_wraps_to_its_start_value_and_reset_keeps_no_state()
    {
        var plan = PlanCase.Load("sequence_cycle");
        Assert.Null(Assert.Single(plan.Plan.Sequences).Variable);
        Assert.Empty(plan.Plan.RunTimeValues);
        plan.AssertSparkGrammar();
        using var run = plan.Run("ORDERS", Columns, ["1", "a"], ["2", "b"], ["3", "c"], ["4", "d"]);
        Assert.Equal(["10|3|3|c", "30|5|4|d", "50|7|1|a", "70|9|2|b"], PlanCase.Target(run, "T_KEYED"));
    }

    /// <summary>Runs the plan with the sequence's first value bound, as the driver binds the stored Current Value.</summary>
    private static IReadOnlyList<string> Run(PlanCase plan, long start, params IReadOnlyList<string?>[] rows)
    {
        var bound = plan.Bind(p => p.Name == "$$SEQ__SEQ_KEYS__START" ? SqlLiteral.Int(start) : null);
        using var run = bound.Run("ORDERS", Columns, rows);
        return PlanCase.Target(run, "T_KEYED");
    }
}
