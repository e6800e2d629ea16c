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
    [InlineData(TreatSourceRowsAs.Update, "Update", "the session updates every row (Treat source rows as Update, Update as Update); Spark's batch writers only append or overwrite, so this load is refused (see Not converted)",
        "the session updates every row (Treat source rows as Update, Update as Update); Spark's batch writers only insert or overwrite, so updates and deletes are not translated yet")]
    [InlineData(TreatSourceRowsAs.Delete, "Delete", "the session deletes every row (Treat source rows as Delete); Spark's batch writers only append or overwrite, so this load is refused (see Not converted)",
        "the session deletes every row (Treat source rows as Delete); Spark's batch writers only insert or overwrite, so updates and deletes are not translated yet")]
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
