using Informatica2Spark.Core.Emit.Spark;
using Informatica2Spark.Testing.Spark;
using Xunit;

namespace Informatica2Spark.Runtime.Tests;

/// <summary>The library the driver emitter writes: complete, and compilable on its own as a driver would build it.</summary>
public sealed class RuntimeSourcesTests
{
    [Fact]
    public void The_library_holds_every_source_of_the_runtime_and_syntax_projects_and_the_ddl_of_both_stores()
    {
        var files = DriverLibrary.Files().Select(f => f.Key).ToList();
        var expected = Sources("Informatica2Spark.Runtime", string.Empty)
            .Concat(Sources("Informatica2Spark.Syntax", "Syntax/"))
            .Concat(["state/postgres.sql", "state/sqlite.sql"]);

        Assert.Equal(expected.Order(StringComparer.Ordinal), files);
        Assert.All(DriverLibrary.Files(), f => Assert.DoesNotContain('\r', f.Value));
    }

    [Fact]
    public void The_copied_sources_compile_alone_as_csharp_12_with_only_sqlite_npgsql_and_yamldotnet()
    {
        var sources = DriverLibrary.Files().Where(f => f.Key.EndsWith(".cs", StringComparison.Ordinal)).Select(f => (f.Key, f.Value));

        var (library, problems) = DriverCompiler.Library("GeneratedDriver", sources,
            [typeof(Microsoft.Data.Sqlite.SqliteConnection).Assembly, typeof(Npgsql.NpgsqlConnection).Assembly, typeof(YamlDotNet.Serialization.Deserializer).Assembly]);

        Assert.Empty(problems);
        Assert.NotNull(library);
    }

    private static IEnumerable<string> Sources(string project, string prefix)
    {
        var library = Path.Combine(Testing.RepositoryPaths.Root, "src", project);
        return Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(library, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .Select(f => prefix + f);
    }
}
