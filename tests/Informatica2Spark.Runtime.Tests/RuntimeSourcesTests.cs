using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Informatica2Spark.Runtime.Tests;

/// <summary>The manifest the driver emitter copies: complete, and compilable on its own as a driver would build it.</summary>
public sealed class RuntimeSourcesTests
{
    // Assembly version unification notes, which the .NET SDK silences in every project too.
    private static readonly string[] Unified = ["CS1701", "CS1702"];

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
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var trees = RuntimeSources.Files().Where(f => f.Key.EndsWith(".cs", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(f.Value, parse, f.Key));
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = platform
            .Concat([typeof(Microsoft.Data.Sqlite.SqliteConnection).Assembly.Location, typeof(Npgsql.NpgsqlConnection).Assembly.Location, typeof(YamlDotNet.Serialization.Deserializer).Assembly.Location])
            .Distinct(StringComparer.Ordinal)
            .Where(p => !Path.GetFileName(p).StartsWith("Informatica2Spark.", StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("GeneratedDriver", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(Unified.ToDictionary(id => id, _ => ReportDiagnostic.Suppress)));

        using var output = new MemoryStream();
        var result = compilation.Emit(output);

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.True(result.Success);
    }
}
