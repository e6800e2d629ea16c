using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Validation.Sessions;
using Xunit;

namespace Informatica2Spark.Core.Tests.Validation.Sessions;

/// <summary>Each session rule fires on the construct it checks, names the object and says what to do, and stays quiet otherwise.</summary>
public sealed class SessionRulesTests
{
    private const string Session = "FINANCE/WF:wf_finance/ST:s_m_load_gl";
    private const string Target = Session + "/I:GL_POSTED";

    [Fact]
    public void No_rule_fires_on_a_clean_session()
    {
        Assert.Empty(SessionRules.Run(SessionCases.Clean()));
    }

    [Fact]
    public void Commit_interval_not_positive()
    {
        var input = With(SessionCases.Clean(), e => e with { CommitInterval = 0 });

        var finding = Single(input, "I2S0503", Severity.Error, Session);
        Assert.Contains("commit interval is 0; set a positive number", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resume_from_last_checkpoint_with_mapping_variables()
    {
        var input = With(SessionCases.Clean(), e => e with { RecoveryStrategy = new(RecoveryStrategy.ResumeFromLastCheckpoint, "Resume from last checkpoint") });

        var finding = Single(input, "I2S0504", Severity.Warning, Session);
        Assert.Contains("$$LAST_ENTRY_ID", finding.Message, StringComparison.Ordinal);
        Assert.Contains("use 'Restart task'", finding.Message, StringComparison.Ordinal);
        Assert.Empty(SessionRules.Run(With(input, e => e, mapping: false)));
    }

    [Fact]
    public void Bulk_load_with_updates_but_not_bulk_load_alone()
    {
        // The target's Update and Delete options on, as PowerCenter sets them by default: they change nothing while
        // rows are treated as inserts, or data driven with no Update Strategy to flag them.
        var bulk = WithTarget(SessionCases.Clean(), t => t with { LoadType = new(TargetLoadType.Bulk, "Bulk"), UpdateAsUpdate = true, Delete = true });
        Assert.Empty(SessionRules.Run(bulk));
        Assert.Empty(SessionRules.Run(With(bulk, e => e with { TreatSourceRowsAs = new(TreatSourceRowsAs.DataDriven, "Data driven") })));

        var finding = Single(With(bulk, e => e with { TreatSourceRowsAs = new(TreatSourceRowsAs.Update, "Update") }), "I2S0505", Severity.Warning, Target);
        Assert.Contains("GL_POSTED: bulk load cannot apply updates or deletes, but the session updates every row (Treat source rows as Update, Update as Update); set the target load type to Normal", finding.Message, StringComparison.Ordinal);

        // Update as Insert inserts every row; Delete with the Delete option off rejects every row: neither updates nor deletes.
        Assert.Empty(SessionRules.Run(WithTarget(With(bulk, e => e with { TreatSourceRowsAs = new(TreatSourceRowsAs.Update, "Update") }), t => t with { UpdateAsInsert = true })));
        var deleting = With(bulk, e => e with { TreatSourceRowsAs = new(TreatSourceRowsAs.Delete, "Delete") });
        Assert.Contains("the session deletes every row (Treat source rows as Delete)", Single(deleting, "I2S0505", Severity.Warning, Target).Message, StringComparison.Ordinal);
        Assert.Empty(SessionRules.Run(WithTarget(deleting, t => t with { Delete = false })));
    }

    [Fact]
    public void Bulk_load_with_an_update_strategy_that_flags_rows_for_the_target()
    {
        var routing = SessionCases.Of("transformation_kinds.xml", "s_m_ticket_routing");
        var bulk = routing with { Config = routing.Config with { Targets = [.. routing.Config.Targets.Select(t => t with { LoadType = new(TargetLoadType.Bulk, "Bulk") })] } };

        var findings = SessionRules.Run(bulk).Where(d => d.Code == "I2S0505").ToList();

        Assert.Contains(findings, f => f.Message.Contains("TEAM_LOAD: bulk load cannot apply updates or deletes, but the session inserts or updates rows as Update Strategy 'upd_team' flags them (Treat source rows as Data driven)", StringComparison.Ordinal));
        var inserting = bulk with { Config = bulk.Config with { Execution = bulk.Config.Execution with { TreatSourceRowsAs = new(TreatSourceRowsAs.Insert, "Insert") } } };
        Assert.DoesNotContain(SessionRules.Run(inserting), d => d.Code == "I2S0505");
    }

    [Fact]
    public void Truncate_with_update_else_insert()
    {
        var input = WithTarget(With(SessionCases.Clean(), e => e with { TreatSourceRowsAs = new(TreatSourceRowsAs.Update, "Update") }), t => t with { TruncateTarget = true, UpdateElseInsert = true });

        Assert.Contains("turn off one of them", Single(input, "I2S0506", Severity.Warning, Target).Message, StringComparison.Ordinal);
        Assert.Empty(SessionRules.Run(WithTarget(SessionCases.Clean(), t => t with { TruncateTarget = true })));
        // Rows treated as inserts: Update else Insert is ignored.
        Assert.Empty(SessionRules.Run(WithTarget(SessionCases.Clean(), t => t with { TruncateTarget = true, UpdateElseInsert = true })));
    }

    [Fact]
    public void Partitions_that_match_their_keys_pass()
    {
        Assert.DoesNotContain(SessionRules.Run(SessionCases.Of("sales_orders.xml", "s_m_sales_orders")), d => d.Code == "I2S0507");
    }

    [Fact]
    public void User_defined_commit()
    {
        var input = With(SessionCases.Clean(), e => e with { CommitType = new(CommitType.UserDefined, "User defined") });

        Assert.Contains("user-defined commit has no Spark equivalent; approximation: each target is written in one load", Single(input, "I2S0601", Severity.Warning, Session).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sales_session_reports_its_reject_file_error_threshold_command_and_pre_sql()
    {
        var findings = SessionRules.Run(SessionCases.Of("sales_orders.xml", "s_m_sales_orders"));

        Assert.Equal(["I2S0602", "I2S0603", "I2S0604", "I2S0605"], findings.Select(f => f.Code).Order(StringComparer.Ordinal));
        Assert.Contains(findings, f => f.Message.StartsWith("ORDERS_FACT: reject file 'orders_fact1.bad' has no Spark equivalent; approximation:", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("'Stop on errors' is 10", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("'check_extract' is not run by the generated job", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == "I2S0605" && f.Location.ObjectPath == "SALES/WF:wf_sales/ST:s_m_sales_orders/I:ORDERS_FACT");
    }

    [Fact]
    public void Incremental_aggregation()
    {
        var input = With(SessionCases.Clean(), e => e with { IncrementalAggregation = true });

        Assert.Contains("approximation: aggregates are computed from the rows each run reads", Single(input, "I2S0606", Severity.Warning, Session).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constraint_based_load_ordering_with_several_targets_only()
    {
        var ordered = With(SessionCases.Clean(), e => e with { ConstraintBasedLoadOrdering = true });
        Assert.Empty(SessionRules.Run(ordered));

        var two = ordered with { Config = ordered.Config with { Targets = [.. ordered.Config.Targets, ordered.Config.Targets[0] with { InstanceName = "GL_AUDIT" }] } };
        Assert.Contains("check that parents come first", Single(two, "I2S0607", Severity.Warning, Session).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plaintext_password_in_the_export_never_shows_the_value()
    {
        var clean = SessionCases.Clean();
        var input = clean with
        {
            Config = clean.Config with
            {
                OtherAttributes = [.. clean.Config.OtherAttributes, new("Connection Password", "Hunter2-Plain-77", "SQ_GL_ENTRIES", AttributeOrigin.Session), new("Password", "$Param_Pwd", "s", AttributeOrigin.Session)],
            },
        };

        var finding = Single(input, "I2S0701", Severity.Error, Session);
        Assert.Contains("SQ_GL_ENTRIES: 'Connection Password' holds a password in plain text", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Hunter2-Plain-77", finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plaintext_password_in_a_parameter_file_that_applies()
    {
        var input = SessionCases.Of("direct_loads.xml", "s_m_load_gl", "finance.prm");

        var finding = Single(input, "I2S0702", Severity.Warning, Session);
        Assert.Equal(("testdata/params/finance.prm", 4), (finding.Location.File, finding.Location.Line));
        Assert.DoesNotContain("Plain-Pa55-finance", finding.ToString(), StringComparison.Ordinal);
        Assert.Empty(SessionRules.Run(SessionCases.Of("direct_loads.xml", "s_m_export_accounts", "finance.prm")));
    }

    [Fact]
    public void Every_rule_has_a_distinct_name()
    {
        Assert.Equal(SessionRules.All.Rules.Count, SessionRules.All.Rules.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
    }

    private static Diagnostic Single(SessionInput input, string code, Severity severity, string objectPath)
    {
        var finding = Assert.Single(SessionRules.Run(input));
        Assert.Equal((code, severity, objectPath), (finding.Code, finding.Severity, finding.Location.ObjectPath));
        return finding;
    }

    private static SessionInput With(SessionInput input, Func<ExecutionSettings, ExecutionSettings> change, bool mapping = true) =>
        input with { Config = input.Config with { Execution = change(input.Config.Execution) }, Mapping = mapping ? input.Mapping : null };

    private static SessionInput WithTarget(SessionInput input, Func<TargetSettings, TargetSettings> change) =>
        input with { Config = input.Config with { Targets = [.. input.Config.Targets.Select(change)] } };
}
