using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings.Lowerings;

/// <summary>Update Strategy: each row's action in a column the target load names, rejected rows kept apart.</summary>
public sealed class UpdateStrategyLoweringTests
{
    private static readonly (string, string)[] Columns = [("ID", "INTEGER"), ("CRUD", "VARCHAR"), ("NAME", "VARCHAR")];

    [Fact]
    public void Update_strategy_script_is_stable_and_the_load_names_its_row_action()
    {
        var plan = PlanCase.Load("update_strategy_reject");
        Assert.Equal(InstanceStatus.Translated, plan.Instance("UPD_PEOPLE").Status);
        var load = Assert.Single(plan.Plan.Targets);
        Assert.Equal(new RowAction("UPD_PEOPLE", "UPD_PEOPLE.__row_action"), load.RowAction);
        Assert.Equal("UPD_PEOPLE", Assert.Single(plan.Plan.Rejects).Instance);
        Snapshot.Verify(plan.Script, "sql");
        plan.AssertSparkGrammar();
    }

    /// <summary>
    /// TG: Update Strategy Transformation > Flagging Rows Within a Mapping: DD_INSERT 0, DD_UPDATE 1, DD_DELETE 2,
    /// DD_REJECT 3; rejected rows are not loaded and, with Forward Rejected Rows, go to the session reject file.
    /// IIF with a NULL condition takes its false branch (TLR: IIF), so a NULL CRUD is rejected here.
    /// </summary>
    [Fact]
    public void Rows_carry_their_action_and_rejected_rows_never_reach_the_target()
    {
        var plan = PlanCase.Load("update_strategy_reject");
        using var run = plan.Run("CHANGES", Columns,
            ["1", "ADD", "a"],
            ["2", "UPDATE", "b"],
            ["3", "DELETE", "c"],
            ["4", "BOGUS", "d"],
            ["5", null, "e"]);
        var load = Assert.Single(plan.Plan.Targets);
        // The target view carries each row's flag after the target's fields (PlanScript.RowActionColumn): the writer
        // merges or filters by it and never writes it.
        Assert.Equal(["1|a|0", "2|b|1", "3|c|2"], PlanCase.Target(run, "T_PEOPLE"));
        Assert.Equal(["1|0", "2|1", "3|2"], run.SortedLines(load.View!, "SQ_CHANGES.ID", load.RowAction!.Column));
        Assert.Equal(["4|DD_REJECT", "5|DD_REJECT"], run.SortedLines(plan.Plan.Rejects[0].View, "SQ_CHANGES.ID", plan.Plan.Rejects[0].ErrorColumn));
    }
}
