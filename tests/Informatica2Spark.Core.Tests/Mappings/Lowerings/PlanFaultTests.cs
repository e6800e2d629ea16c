using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Syntax;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings.Lowerings;

/// <summary>
/// Exports the Designer would not save, as they reach i2s from hand edits and generators: each gives the refusal
/// with its reason, never an exception, and mapping.sql stays a script its reader splits as written. The inputs are
/// testdata/mappings/router_default_null.xml with one edit each.
/// </summary>
public sealed class PlanFaultTests
{
    [Fact]
    public void A_target_field_linked_twice_refuses_its_load_naming_both_links()
    {
        // DG, Linking Ports: an input port takes one link. The edit links RTR_ORDERS.ID2 to T_BIG.ID, already linked from ID1.
        var plan = PlanCase.Load("fault_field_linked_twice").Plan;

        var load = Assert.Single(plan.Targets, t => t.TargetInstance == "T_BIG");
        Assert.Equal("field ID is linked from RTR_ORDERS.ID1 and RTR_ORDERS.ID2: a port takes one link (Designer Guide, Linking Ports)", load.Refusal);
        Assert.True(Assert.Single(plan.Targets, t => t.TargetInstance == "T_OTHER").IsTranslated);
    }

    [Fact]
    public void A_link_to_a_field_the_target_definition_lacks_refuses_the_load()
    {
        // The edit links RTR_ORDERS.REGION1 to T_BIG.NOPE: writing it would add a column and leave REGION unloaded.
        var plan = PlanCase.Load("fault_link_to_no_field").Plan;

        Assert.Equal("it is linked to NOPE, which is not a field of target definition T_BIG", Assert.Single(plan.Targets, t => t.TargetInstance == "T_BIG").Refusal);
    }

    [Fact]
    public void A_connector_cycle_refuses_every_load_and_reports_every_instance_at_the_mapping()
    {
        // The edit feeds SQ_ORDERS.ID from RTR_ORDERS.ID3, which SQ_ORDERS feeds.
        var plan = PlanCase.Load("fault_connector_cycle").Plan;

        const string Cycle = "the connectors of mapping m_router_default_null form a cycle, so its transformations have no order to run in";
        Assert.Equal(["T_BIG", "T_EAST", "T_OTHER"], plan.Targets.Select(t => t.TargetInstance).Order(StringComparer.Ordinal));
        Assert.All(plan.Targets, t => Assert.Equal(Cycle, t.Refusal));
        Assert.Equal(["RTR_ORDERS", "SQ_ORDERS"], plan.Instances.Select(i => i.Instance).Order(StringComparer.Ordinal));
        Assert.All(plan.Instances, i => Assert.Equal(InstanceStatus.Unsupported, i.Status));
        var finding = Assert.Single(plan.Diagnostics);
        Assert.Equal("PLAN_TESTS/M:m_router_default_null", finding.Location.ObjectPath);
        Assert.True(finding.Location.Line > 0);
    }

    [Fact]
    public void A_line_break_in_a_name_cannot_start_a_statement_of_mapping_sql()
    {
        // The edit names the router "RTR\n-- step 9: boom\nDROP TABLE x": every line of the script that starts a
        // statement title is one the plan wrote, and the reader gets back exactly the plan's statements.
        var plan = PlanCase.Load("fault_line_break_in_name");

        var statements = MappingScript.Read(plan.Script);
        Assert.Equal(plan.Plan.Steps.Count + plan.Plan.Targets.Count(t => t.IsTranslated), statements.Count);
        Assert.DoesNotContain(statements, s => s.Sql.Contains("DROP TABLE x\n", StringComparison.Ordinal) || s.Sql.Contains('\n' + "DROP", StringComparison.Ordinal));
        Assert.Contains("`RTR_-- step 9: boom_DROP TABLE x__BIG`", plan.Script, StringComparison.Ordinal);
    }
}
