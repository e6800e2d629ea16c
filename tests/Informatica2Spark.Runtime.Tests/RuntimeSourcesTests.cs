using Informatica2Spark.Testing.Spark;
using Xunit;

namespace Informatica2Spark.Runtime.Tests;

/// <summary>The manifest the driver emitter copies: complete, and compilable on its own as a driver would build it.</summary>
public sealed class RuntimeSourcesTests
{
    [Fact]
    public void The_manifest_lists_every_source_but_itself_and_the_ddl_of_both_stores()
    {
        var files = RuntimeSources.Files().Select(f => f.Key).ToList();
        var library = Path.Combine(Testing.RepositoryPaths.Root, "src", "Informatica2Spark.Runtime");
        var sources = Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(library, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal) && f != "RuntimeSources.cs")
            .Select(f => "Runtime/" + f);

        Assert.Equal(sources.Concat(["Runtime/state/postgres.sql", "Runtime/state/sqlite.sql"]).Order(StringComparer.Ordinal), files);
        Assert.All(RuntimeSources.Files(), f => Assert.DoesNotContain('\r', f.Value));
    }

    [Fact]
    public void The_copied_sources_compile_alone_as_csharp_12_with_only_sqlite_npgsql_and_yamldotnet()
    {
        var sources = RuntimeSources.Files().Where(f => f.Key.EndsWith(".cs", StringComparison.Ordinal)).Select(f => (f.Key, f.Value));

        var (library, problems) = DriverCompiler.Library("GeneratedDriver", sources,
            [typeof(Microsoft.Data.Sqlite.SqliteConnection).Assembly, typeof(Npgsql.NpgsqlConnection).Assembly, typeof(YamlDotNet.Serialization.Deserializer).Assembly]);

        Assert.Empty(problems);
        Assert.NotNull(library);
    }
}
