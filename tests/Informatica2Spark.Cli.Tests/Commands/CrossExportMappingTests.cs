using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>
/// A session whose mapping is exported in another file of the same repository and folder is converted with that
/// mapping when both files are given (the Repository Manager exports a session without its mapping unless asked).
/// </summary>
public sealed class CrossExportMappingTests
{
    private const string Session = "SALES/wf_sales/s_m_stage_customers";

    [Fact]
    public void A_session_is_converted_with_its_mapping_from_another_export()
    {
        using var output = ConvertOutput.Run("testdata/exports/sales_orders.xml", "testdata/exports/stage_customers_mapping.xml");

        var files = output.Files();
        Assert.DoesNotContain("m_stage_customers' is not in the inputs", output.Stdout, StringComparison.Ordinal);
        Assert.Contains("CREATE OR REPLACE TEMPORARY VIEW `target__STG_CUSTOMERS`", files[$"{Session}/mapping.sql"], StringComparison.Ordinal);
        Assert.Contains("FROM `CUSTOMERS__read`", files[$"{Session}/mapping.sql"], StringComparison.Ordinal);
        Assert.Contains("| STG_CUSTOMERS | `target__STG_CUSTOMERS` |", files[$"{Session}/REPORT.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_other_export_the_mapping_is_reported_missing()
    {
        using var output = ConvertOutput.Run("testdata/exports/sales_orders.xml");

        Assert.Contains("STG_CUSTOMERS: mapping 'm_stage_customers' is not in the inputs", output.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("target__STG_CUSTOMERS", output.Files()[$"{Session}/mapping.sql"], StringComparison.Ordinal);
    }
}
