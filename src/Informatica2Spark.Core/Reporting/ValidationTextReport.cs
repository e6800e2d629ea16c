using System.Text;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Validation;

namespace Informatica2Spark.Core.Reporting;

/// <summary>One line per diagnostic, then a summary line.</summary>
public static class ValidationTextReport
{
    public static string Render(ValidationReport report)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in report.Diagnostics)
        {
            text.Append(diagnostic).Append('\n');
        }

        text.Append(Summary(report)).Append('\n');
        return text.ToString();
    }

    public static string Summary(ValidationReport report) =>
        $"{Counted.Findings(report.Count(Severity.Error), report.Count(Severity.Warning), report.Count(Severity.Info))} in {Counted.Of(report.Files.Count, "file")}";
}
