using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Tests.Validation.Sessions;
using Xunit;

namespace Informatica2Spark.Core.Tests.Conversion;

/// <summary>
/// What a session does to a target's rows decides its save-mode reason and whether the load is refused: Treat source
/// rows as first, the target's row options only for rows of each flag.
/// </summary>
public sealed class TargetRowOperationsTests
{
    private static readonly SessionInput Ledger = SessionCases.WithCatalog("direct_loads.xml", "s_m_load_gl", "finance.prm");

    [Theory]
    [InlineData(TreatSourceRowsAs.Insert, "Insert", "the session inserts every row (Treat source rows as Insert): Spark appends them to the existing table", null)]
    [InlineData(TreatSourceRowsAs.DataDriven, "Data driven", "the session inserts every row (Treat source rows as Data driven with no Update Strategy before this target: every row is flagged for insert): Spark appends them to the existing table", null)]
    public void The_save_mode_reason_says_what_the_session_does_to_the_rows(TreatSourceRowsAs treat, string text, string reason, string? refusal)
    {
        // Update as Update and Delete on, as PowerCenter exports them by default.
        var input = Ledger with
        {
            Config = Ledger.Config with
            {
                Execution = Ledger.Config.Execution with { TreatSourceRowsAs = new(treat, text) },
                Targets = [.. Ledger.Config.Targets.Select(t => t with { UpdateAsUpdate = true, Delete = true })],
            },
        };

        var job = SessionConverter.Convert(input, JobTuning.Empty, [], "FINANCE/wf_finance/s_m_load_gl", new ConversionOptions());

        Assert.Equal(reason, job.Decisions.Single(d => d.Subject == "GL_POSTED: save mode").Reason);
        Assert.Equal(refusal, job.Targets.Single(t => t.Instance == "GL_POSTED").Refusal);
    }

    /// <summary>
    /// Updates and deletes find the target's rows by the target definition's primary key (TG, Update Strategy
    /// Transformation, Specifying an Operation for All Rows): GL_POSTED's key is ENTRY_ID and its connection a
    /// PostgreSQL database, so the rows are written with one PostgreSQL MERGE.
    /// </summary>
    [Theory]
    [InlineData(TreatSourceRowsAs.Update, "Update", "rows flagged update are updated (Treat source rows as Update; Insert, Update as Update, Delete)")]
    [InlineData(TreatSourceRowsAs.Delete, "Delete", "rows flagged delete are deleted (Treat source rows as Delete; Insert, Update as Update, Delete)")]
    public void Updates_and_deletes_are_written_with_a_merge_by_the_primary_key(TreatSourceRowsAs treat, string text, string description)
    {
        var input = Ledger with
        {
            Config = Ledger.Config with
            {
                Execution = Ledger.Config.Execution with { TreatSourceRowsAs = new(treat, text) },
                Targets = [.. Ledger.Config.Targets.Select(t => t with { Insert = true, UpdateAsUpdate = true, Delete = true })],
            },
        };

        var job = SessionConverter.Convert(input, JobTuning.Empty, [], "FINANCE/wf_finance/s_m_load_gl", new ConversionOptions());

        var target = job.Targets.Single(t => t.Instance == "GL_POSTED");
        var decision = job.Decisions.Single(d => d.Subject == "GL_POSTED: save mode");
        Assert.Equal((null, "merge"), (target.Refusal, decision.Decision));
        Assert.Equal($"{description}: the rows are staged and merged into the target by its primary key (ENTRY_ID) with one PostgreSql MERGE", decision.Reason);
        Assert.Equal(["ENTRY_ID"], target.Merge!.Statement.Keys);
    }

    [Theory]
    [InlineData(TreatSourceRowsAs.Update, true, false, true, true, false, "updates rows that exist and inserts the others (Treat source rows as Update, Update else Insert)")]
    [InlineData(TreatSourceRowsAs.Update, false, true, false, false, false, "rejects every row (Treat source rows as Update, Update as Insert with Insert off)")]
    [InlineData(TreatSourceRowsAs.Insert, true, false, false, false, false, "rejects every row (Treat source rows as Insert with Insert off)")]
    public void Options_apply_to_the_rows_of_their_flag(TreatSourceRowsAs treat, bool elseInsert, bool asInsert, bool insert, bool inserts, bool deletes, string description)
    {
        var target = Ledger.Config.Targets[0] with { Insert = insert, UpdateElseInsert = elseInsert, UpdateAsInsert = asInsert, Delete = true };

        var operations = TargetRowOperations.Of(new(treat, treat.ToString()), null, target);

        Assert.Equal((inserts, deletes, description), (operations.Inserts, operations.Deletes, operations.Description));
    }
}
