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

    private static ValidationReport ValidateText(string folderContent)
    {
        var xml = "<POWERMART><REPOSITORY NAME=\"R\"><FOLDER NAME=\"F\">" + folderContent + "</FOLDER></REPOSITORY></POWERMART>";
        return ExportValidation.Run([new ExportInput("inline.xml", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)))]);
    }

    [Fact]
    public void A_reusable_task_missing_from_the_export_is_a_warning_not_an_error()
    {
        var report = ValidateText(
            "<WORKFLOW NAME=\"wf\"><TASK NAME=\"Start\" TYPE=\"Start\" REUSABLE=\"NO\"/>" +
            "<TASKINSTANCE NAME=\"Start\" TASKNAME=\"Start\" TASKTYPE=\"Start\" REUSABLE=\"NO\"/>" +
            "<TASKINSTANCE NAME=\"wl_load\" TASKNAME=\"wl_load\" TASKTYPE=\"Worklet\" REUSABLE=\"YES\"/>" +
            "<WORKFLOWLINK FROMTASK=\"Start\" TOTASK=\"wl_load\"/></WORKFLOW>");

        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal(("I2S0203", Severity.Warning, "F/WF:wf/TI:wl_load"), (warning.Code, warning.Severity, warning.Location.ObjectPath));
        Assert.Contains("reusable worklet 'wl_load'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instance_whose_definition_is_external_is_reported_once_and_not_field_checked()
    {
        var report = ValidateText(
            "<MAPPING NAME=\"m\">" +
            "<INSTANCE NAME=\"SRC\" TYPE=\"SOURCE\" TRANSFORMATION_NAME=\"ELSEWHERE\" TRANSFORMATION_TYPE=\"Source Definition\"/>" +
            "<INSTANCE NAME=\"TGT\" TYPE=\"TARGET\" TRANSFORMATION_NAME=\"ALSO_ELSEWHERE\" TRANSFORMATION_TYPE=\"Target Definition\"/>" +
            "<CONNECTOR FROMINSTANCE=\"SRC\" FROMINSTANCETYPE=\"Source Definition\" FROMFIELD=\"ANY\" TOINSTANCE=\"TGT\" TOINSTANCETYPE=\"Target Definition\" TOFIELD=\"ANY\"/>" +
            "</MAPPING>");

        Assert.Equal(["I2S0207 F/M:m/I:SRC", "I2S0207 F/M:m/I:TGT"], report.Diagnostics.Select(d => $"{d.Code} {d.Location.ObjectPath}"));
        Assert.All(report.Diagnostics, d => Assert.Equal(Severity.Info, d.Severity));
    }
}
