using Informatica2Spark.Testing.Sql;
using Xunit;

namespace Informatica2Spark.Cli.Tests.SqlEngine;

/// <summary>The embedded DuckDB's native library is copied beside the CLI tests and loads there.</summary>
public class DuckDbLoadTests
{
    [Fact]
    public void The_native_library_loads_and_evaluates_an_expression()
    {
        using var engine = new DuckDbEngine();

        var result = engine.Evaluate("price * qty", InputColumn.Decimal("price", 10, 2, "12.50"), InputColumn.Integer("qty", "3"));

        Assert.StartsWith("v1.5.6", engine.LibraryVersion, StringComparison.Ordinal);
        Assert.Equal("37.50", result.Value);
        Assert.True(SqlResultComparer.Matches("37.5", result));
    }
}
