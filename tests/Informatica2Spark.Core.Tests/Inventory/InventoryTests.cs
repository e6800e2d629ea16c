using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Inventory;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Inventory;

public class InventoryTests
{
    [Fact]
    public void Folder_inventory_counts_names_types_and_runs()
    {
        var (inventory, diagnostics) = InventoryRun.Run(
            [new ExportInput("sales_orders.xml", () => File.OpenRead(Path.Combine(RepositoryPaths.TestData, "exports", "sales_orders.xml")))]);

        Assert.Empty(diagnostics);
        var folder = inventory.Files.Single().Folders.Single();
        Assert.Equal(["s_m_purge_rejects", "s_m_sales_orders", "s_m_stage_customers"], folder.Sessions.Names);
        Assert.Equal(["wl_housekeeping"], folder.Worklets.Names);
        Assert.Equal(["mplt_clean_name"], folder.Mapplets.Names);
        Assert.Contains(new TypeCount("Source Qualifier", 2), folder.TransformationTypes);
        Assert.Contains(new TypeCount("Expression", 3), folder.TransformationTypes);
        Assert.Equal(
            ["wf_sales >  > s_m_sales_orders = s_m_sales_orders of m_sales_orders",
             "wf_sales >  > s_m_stage_customers = s_m_stage_customers of m_stage_customers",
             "wf_sales > wl_housekeeping > s_m_purge_rejects = s_m_purge_rejects of m_purge_rejects"],
            folder.Runs.Select(r => $"{r.Workflow} > {string.Join('/', r.WorkletPath)} > {r.TaskInstance} = {r.Session} of {r.Mapping}"));
    }
}
