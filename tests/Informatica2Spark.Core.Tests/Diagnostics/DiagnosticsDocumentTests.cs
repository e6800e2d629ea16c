using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Diagnostics;

/// <summary>docs/diagnostics.md lists exactly the codes the product has, with their severities.</summary>
public class DiagnosticsDocumentTests
{
    [Fact]
    public void The_document_lists_every_code_with_its_severity()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"))
            .Where(l => l.StartsWith("| I2S", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (Code: cells[1], Severity: cells[2]))
            .ToList();

        Assert.Equal(
            DiagnosticCodes.All.Select(d => (d.Code, Diagnostic.SeverityText(d.DefaultSeverity))),
            rows);
    }
}
