using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Validation;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Validation;

public class ReferenceRuleTests
{
    private static ValidationReport Validate(string relativePath) =>
        ExportValidation.Run([new ExportInput("testdata/" + relativePath, () => File.OpenRead(Path.Combine(RepositoryPaths.TestData, relativePath)))]);

    private static IEnumerable<string> Codes(ValidationReport report, string code) =>
        report.Diagnostics.Where(d => d.Code == code).Select(d => d.Message);

    [Fact]
    public void Broken_connectors_and_links_are_errors_with_locations()
    {
        var report = Validate("broken/broken-references.xml");

        var field = Assert.Single(report.Diagnostics, d => d.Code == "I2S0206");
        Assert.Contains("'ORDER_NO'", field.Message, StringComparison.Ordinal);
        Assert.Equal(("F1/M:m_copy", 19), (field.Location.ObjectPath, field.Location.Line));
        Assert.Contains("'exp_missing'", Assert.Single(Codes(report, "I2S0205")), StringComparison.Ordinal);
        Assert.Contains("'cmd_notify'", Assert.Single(Codes(report, "I2S0204")), StringComparison.Ordinal);
        var task = Assert.Single(report.Diagnostics, d => d.Code == "I2S0202");
        Assert.Equal("F1/WF:wf_copy/TI:s_m_copy", task.Location.ObjectPath);
        Assert.Equal(Severity.Error, task.Severity);
    }

    [Fact]
    public void A_clean_export_has_no_reference_errors()
    {
        var report = Validate("exports/sales_orders.xml");

        Assert.Equal(0, report.Count(Severity.Error));
        Assert.Equal(0, report.Count(Severity.Warning));
        Assert.Equal(
            ["m_purge_rejects", "m_stage_customers"],
            report.Diagnostics.Where(d => d.Code == "I2S0201").Select(d => d.Message.Split('\'')[3]).Order(StringComparer.Ordinal));
        Assert.Contains("'DIM_DATE'", Assert.Single(Codes(report, "I2S0208")), StringComparison.Ordinal);
    }

    [Fact]
    public void Shortcuts_inside_the_file_resolve_mappings_and_fields()
    {
        var report = Validate("exports/multi_folder.xml");

        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void A_missing_file_is_reported_as_unreadable()
    {
        var report = ExportValidation.Run([new ExportInput("nowhere/missing.xml", () => File.OpenRead("/nonexistent/missing.xml"))]);

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal("I2S0001", diagnostic.Code);
        Assert.True(report.HasUnreadableInput);
    }
}
