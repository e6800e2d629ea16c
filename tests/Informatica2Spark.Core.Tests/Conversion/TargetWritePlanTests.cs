using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Tests.Validation.Sessions;
using Xunit;

namespace Informatica2Spark.Core.Tests.Conversion;

/// <summary>
/// The write plan follows the Transformation Guide, Update Strategy Transformation, Setting the Update Strategy for a
/// Session: Treat source rows as flags every row (Insert, Update, Delete) or lets the Update Strategy flag each row (Data
/// driven); per target, Insert and Delete allow or reject the rows of their flag, and rows flagged update are updated
/// (Update as Update), inserted (Update as Insert) or updated when they exist and inserted otherwise (Update else Insert);
/// DD_REJECT rows never reach the target; updates and deletes need the target's primary key (Specifying an Operation for
/// All Rows: "the primary key constraint must exist in the target definition").
/// </summary>
public sealed class TargetWritePlanTests
{
    private static readonly SessionInput Ledger = SessionCases.WithCatalog("direct_loads.xml", "s_m_load_gl", "finance.prm");

    private static readonly string[] Key = ["ID"];

    [Theory]
    // Treat source rows as Insert: every row is inserted when Insert is on (the update options are ignored).
    [InlineData(TreatSourceRowsAs.Insert, null, "insert,update,delete", "append")]
    [InlineData(TreatSourceRowsAs.Insert, null, "update,delete", "refused")]
    // Treat source rows as Update: Update as Update updates existing rows only.
    [InlineData(TreatSourceRowsAs.Update, null, "insert,update,delete", "merge: matched update *")]
    // Update else Insert: update the row if it exists, otherwise insert it.
    [InlineData(TreatSourceRowsAs.Update, null, "insert,upsert", "merge: matched update *; not matched insert *")]
    [InlineData(TreatSourceRowsAs.Update, null, "upsert", "refused")]
    // Update as Insert: insert each row flagged for update.
    [InlineData(TreatSourceRowsAs.Update, null, "insert,asinsert", "append")]
    // Treat source rows as Delete: delete the row with the same primary key, when Delete is on.
    [InlineData(TreatSourceRowsAs.Delete, null, "insert,update,delete", "merge: matched delete *")]
    [InlineData(TreatSourceRowsAs.Delete, null, "insert,update", "refused")]
    // Data driven: each row's flag decides, the target's options per flag; DD_REJECT (3) matches no clause.
    [InlineData(TreatSourceRowsAs.DataDriven, "ACT", "insert,update,delete", "merge: matched update 1; matched delete 2; not matched insert 0")]
    [InlineData(TreatSourceRowsAs.DataDriven, "ACT", "insert,upsert", "merge: matched update 1; not matched insert 0,1")]
    [InlineData(TreatSourceRowsAs.DataDriven, "ACT", "update,delete", "merge: matched update 1; matched delete 2")]
    [InlineData(TreatSourceRowsAs.DataDriven, "ACT", "insert,asinsert", "append 0,1")]
    [InlineData(TreatSourceRowsAs.DataDriven, "ACT", "insert", "append 0")]
    // Data driven with no Update Strategy before the target: every row keeps the insert flag.
    [InlineData(TreatSourceRowsAs.DataDriven, null, "insert,update,delete", "append")]
    // An action column is read only when rows are treated as Data driven.
    [InlineData(TreatSourceRowsAs.Insert, "ACT", "insert,update,delete", "append")]
    public void Each_flag_takes_the_operation_of_the_target_option(TreatSourceRowsAs treat, string? column, string options, string expected)
    {
        var plan = TargetWritePlan.Of(new(treat, treat.ToString()), column, Target(options), Key);

        Assert.Equal(expected, Summary(plan));
    }

    [Fact]
    public void Updates_and_deletes_without_a_primary_key_are_refused_with_the_reason()
    {
        var plan = TargetWritePlan.Of(new(TreatSourceRowsAs.DataDriven, "Data driven"), "ACT", Target("insert,update,delete"), []);

        Assert.Equal(WriteKind.Refused, plan.Kind);
        Assert.Contains("primary key", plan.Refusal, StringComparison.Ordinal);
        Assert.Contains("rows flagged update are updated", plan.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Inserts_alone_need_no_key()
    {
        var plan = TargetWritePlan.Of(new(TreatSourceRowsAs.DataDriven, "Data driven"), "ACT", Target("insert"), []);

        Assert.Equal((WriteKind.Append, null), (plan.Kind, plan.Refusal));
        Assert.Equal(
            "rows flagged insert are inserted, rows flagged update are rejected, rows flagged delete are rejected (Treat source rows as Data driven, each row's flag in column 'ACT'; Insert, no update option, Delete off)",
            plan.Description);
    }

    private static TargetSettings Target(string options)
    {
        var on = options.Split(',');
        return Ledger.Config.Targets[0] with
        {
            Insert = on.Contains("insert"),
            UpdateAsUpdate = on.Contains("update"),
            UpdateAsInsert = on.Contains("asinsert"),
            UpdateElseInsert = on.Contains("upsert"),
            Delete = on.Contains("delete"),
        };
    }

    private static string Summary(TargetWritePlan plan) => plan.Kind switch
    {
        WriteKind.Append => plan.Filter.Count == 0 ? "append" : $"append {Flags(plan.Filter)}",
        WriteKind.Merge => "merge: " + string.Join("; ", plan.Clauses.Select(c =>
            $"{(c.Matched ? "matched" : "not matched")} {c.Operation.ToString().ToLowerInvariant()} {(c.Flags.Count == 0 ? "*" : Flags(c.Flags))}")),
        _ => "refused",
    };

    private static string Flags(IEnumerable<RowFlag> flags) => string.Join(",", flags.Select(f => (int)f));
}
