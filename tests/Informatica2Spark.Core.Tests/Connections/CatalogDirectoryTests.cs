using Informatica2Spark.Core.Connections;
using Xunit;

namespace Informatica2Spark.Core.Tests.Connections;

/// <summary>The catalog's directories map Integration Service directories to the paths the cluster reads.</summary>
public sealed class CatalogDirectoryTests
{
    [Fact]
    public void Directories_apply_to_every_environment_in_file_order()
    {
        var (catalog, diagnostics) = ConnectionCatalogLoader.Load(
            "directories:\n  'C:\\ETL\\SrcFiles': /data/src\n  '\\\\filer\\etl': abfss://etl@lake.dfs.core.windows.net/\nenvironments:\n  dev: {}\n  prod: {}\n", "catalog.yaml");

        Assert.Empty(diagnostics);
        Assert.All(catalog!.Environments, e => Assert.Equal(
            [("C:\\ETL\\SrcFiles", "/data/src"), ("\\\\filer\\etl", "abfss://etl@lake.dfs.core.windows.net/")],
            e.Directories.Select(d => (d.From, d.To))));
    }

    [Fact]
    public void Directories_that_are_not_a_mapping_are_a_located_error()
    {
        var (_, diagnostics) = ConnectionCatalogLoader.Load("directories: [a, b]\nconnections: {}\n", "catalog.yaml");

        var error = Assert.Single(diagnostics);
        Assert.Equal((1, 14), (error.Location.Line, error.Location.Column));
    }
}
