using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings.Lowerings;

/// <summary>Rank: top N per group, ties sharing a rank index with the next skipped, ties on the boundary kept.</summary>
public sealed class RankLoweringTests
{
    private static readonly (string, string)[] Columns = [("ID", "INTEGER"), ("GRP", "VARCHAR"), ("SCORE", "DECIMAL(12,2)")];

    [Fact]
    public void Rank_script_is_stable_and_parses_with_spark()
    {
        var plan = PlanCase.Load("rank_ties");
        var report = plan.Instance("RNK_SCORES");
        Assert.Equal(InstanceStatus.Approximated, report.Status);
        Assert.Contains(report.Notes, n => n.Contains("all of them are kept", StringComparison.Ordinal));
        Snapshot.Verify(plan.Script, "sql");
        plan.AssertSparkGrammar();
    }

    /// <summary>
    /// TG: Rank Transformation > Rank Index: "If two rank values match, they receive the same value in the rank
    /// index and the transformation skips the next value" (1, 1, 3 ...). The guide does not say how many rows pass
    /// when the tie is on the last rank; the translation keeps them all (documented as its choice).
    /// </summary>
    [Fact]
    public void Tied_rows_share_a_rank_and_ties_on_the_last_rank_all_pass()
    {
        var plan = PlanCase.Load("rank_ties");
        using var run = plan.Run("SCORES", Columns,
            ["1", "G1", "90.00"],
            ["2", "G1", "80.00"],
            ["3", "G1", "80.00"],
            ["4", "G1", "70.00"],
            ["5", "G2", null],
            ["6", "G2", "60.00"],
            ["7", "G3", "10.00"],
            ["8", "G3", "10.00"],
            ["9", "G3", "5.00"]);
        Assert.Equal(
            ["1|G1|90.00|1", "2|G1|80.00|2", "3|G1|80.00|2", "5|G2|NULL|2", "6|G2|60.00|1", "7|G3|10.00|1", "8|G3|10.00|1"],
            PlanCase.Target(run, "T_TOP"));
    }
}
