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
        $"{Plural(report.Count(Severity.Error), "error")}, {Plural(report.Count(Severity.Warning), "warning")}, " +
        $"{Plural(report.Count(Severity.Info), "info")} in {Plural(report.Files.Count, "file")}";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
