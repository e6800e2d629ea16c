using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Tests.Parsing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Sessions;

public class SessionOccurrenceTests
{
    [Fact]
    public void Workflow_worklet_and_reusable_occurrences_are_found_in_file_order()
    {
        var occurrences = SessionOccurrences.Of(ExportReaderTests.Read("exports/sales_orders.xml"));

        Assert.Equal(
            ["SALES/WF:wf_sales/ST:s_m_stage_customers", "SALES/WF:wf_sales/ST:s_m_sales_orders", "SALES/WF:wf_sales/WL:wl_housekeeping/ST:s_m_purge_rejects"],
            occurrences.Select(o => o.ObjectPath));
        var reusable = occurrences[1];
        Assert.True(reusable.Session.Reusable);
        Assert.Equal("20000", reusable.Instance!.Attributes.Single(a => a.Name == "Commit Interval").Value);
        Assert.Equal(["wl_housekeeping"], occurrences[2].WorkletPath);
        var scope = occurrences[2].Scope();
        Assert.Equal(("SALES", "wf_sales", "s_m_purge_rejects"), (scope.Folder, scope.Workflow, scope.Session));
        Assert.Equal(["wl_housekeeping"], scope.WorkletPath);
    }

    [Fact]
    public void Sessions_run_through_reusable_worklets_and_unrun_sessions_are_found()
    {
        var marketing = SessionOccurrences.Of(ExportReaderTests.Read("exports/multi_folder.xml")).Single();
        Assert.Equal("MARKETING/WF:wf_marketing/WL:wl_dimensions/ST:s_m_load_dim_region", marketing.ObjectPath);

        var ops = SessionOccurrences.Of(ExportReaderTests.Read("exports/transformation_kinds.xml")).Single();
        Assert.Equal(("wf_ops", "s_m_ticket_routing"), (ops.Workflow, ops.Name));
    }

    [Fact]
    public void A_reusable_session_no_workflow_runs_occurs_once_at_folder_level()
    {
        var document = ExportReaderTests.Read("exports/sales_orders.xml");
        var folder = document.Folders.Single();
        var standalone = document with
        {
            Repositories = [document.Repositories[0] with { Folders = [folder with { Workflows = [] }] }],
        };

        var occurrence = Assert.Single(SessionOccurrences.Of(standalone));
        Assert.Equal(("SALES/ST:s_m_sales_orders", null), (occurrence.ObjectPath, occurrence.Instance));
    }
}
