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
        var bulk = WithTarget(SessionCases.Clean(), t => t with { LoadType = new(TargetLoadType.Bulk, "Bulk") });
        Assert.Empty(SessionRules.Run(bulk));

        Assert.Empty(SessionRules.Run(With(bulk, e => e with { TreatSourceRowsAs = new(TreatSourceRowsAs.DataDriven, "Data driven") })));

        var finding = Single(With(bulk, e => e with { TreatSourceRowsAs = new(TreatSourceRowsAs.Update, "Update") }), "I2S0505", Severity.Warning, Target);
        Assert.Contains("GL_POSTED: bulk load cannot apply updates or deletes, but the session treats source rows as Update; set the target load type to Normal", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncate_with_update_else_insert()
    {
        var input = WithTarget(SessionCases.Clean(), t => t with { TruncateTarget = true, UpdateElseInsert = true });

        Assert.Contains("turn off one of them", Single(input, "I2S0506", Severity.Warning, Target).Message, StringComparison.Ordinal);
        Assert.Empty(SessionRules.Run(WithTarget(SessionCases.Clean(), t => t with { TruncateTarget = true })));
    }

    [Theory]
    [InlineData(PartitionType.HashUserKeys, 2, 0, "hash user keys partitioning names no hash key")]
    [InlineData(PartitionType.KeyRange, 2, 3, "3 key ranges do not divide into its 2 partitions")]
    [InlineData(PartitionType.KeyRange, 2, 0, "key-range partitioning names no key ranges")]
    public void Partition_keys_that_do_not_match_the_partitions(PartitionType type, int count, int ranges, string problem)
    {
        var point = new PartitionSettings("SQ_GL_ENTRIES", new(type, type.ToString()), count, true, [],
            [.. Enumerable.Range(0, ranges).Select(i => new Model.KeyRange("ENTRY_ID", $"{i}", $"{i + 1}", "GL_ENTRIES", null))]);
        var input = SessionCases.Clean() with { Config = SessionCases.Clean().Config with { Performance = SessionCases.Clean().Config.Performance with { Partitions = [point] } } };

        Assert.Contains(problem, Single(input, "I2S0507", Severity.Error, Session + "/I:SQ_GL_ENTRIES").Message, StringComparison.Ordinal);
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
