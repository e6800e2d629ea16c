using Informatica2Spark.Runtime;
using Informatica2Spark.Testing;
using Informatica2Spark.Testing.Spark;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>
/// Generated drivers compile, warnings as errors, against the compile-only Microsoft.Spark declaration and the
/// run-state library exactly as <c>i2s convert</c> writes it; together they use every declared member.
/// </summary>
public sealed class GeneratedDriverTests
{
    [Theory]
    [MemberData(nameof(ConvertCommandTests.Cases), MemberType = typeof(ConvertCommandTests))]
    public void Every_testdata_driver_compiles(string name)
    {
        using var output = ConvertOutput.Run(ConvertCases.Arguments(name));

        var compiled = CompileDrivers(output);

        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Problems));
    }

    [CorpusFact]
    public void Every_corpus_driver_compiles_and_all_drivers_use_exactly_the_declared_api()
    {
        using var corpus = ConvertOutput.Run("../shared/corpus/xml");
        var drivers = Drivers(corpus).ToList();
        Assert.True(drivers.Count >= 200, $"{drivers.Count} drivers");

        var compiled = CompileDrivers(corpus);
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Problems.Take(20)));

        var used = new HashSet<string>(compiled.SparkMembers, StringComparer.Ordinal);
        foreach (var name in ConvertCases.Names)
        {
            using var output = ConvertOutput.Run(ConvertCases.Arguments(name));
            used.UnionWith(CompileDrivers(output).SparkMembers);
        }

        Assert.Equal(DriverCompiler.DeclaredMembers().Order(StringComparer.Ordinal), used.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_member_the_declaration_lacks_fails_to_compile()
    {
        const string Driver = """
            using Microsoft.Spark.Sql;
            public static class Program
            {
                public static int Main()
                {
                    SparkSession spark = SparkSession.Builder().AppName("x").GetOrCreate();
                    spark.Read().Format("csv").Load().WithColumns();
                    return 0;
                }
            }
            """;

        var compiled = DriverCompiler.Compile([("Program.cs", Driver)]);

        Assert.Contains(compiled.Problems, p => p.Contains("CS1061", StringComparison.Ordinal) && p.Contains("WithColumns", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unused_variable_is_an_error_as_in_the_driver_project()
    {
        const string Driver = "public static class Program { public static int Main() { int unused = 1; return 0; } }";

        Assert.Contains(DriverCompiler.Compile([("Program.cs", Driver)]).Problems, p => p.Contains("CS0219", StringComparison.Ordinal));
    }

    private static DriverCompilation CompileDrivers(ConvertOutput output)
    {
        var runtimeSources = output.Files(includeRuntime: true)
            .Where(f => f.Key.StartsWith("_runtime/", StringComparison.Ordinal) && f.Key.EndsWith(".cs", StringComparison.Ordinal))
            .Select(f => (f.Key, f.Value)).ToList();
        Assert.NotEmpty(runtimeSources);
        var (runtime, problems) = DriverCompiler.Library("Informatica2Spark.Runtime", runtimeSources,
            [typeof(Microsoft.Data.Sqlite.SqliteConnection).Assembly, typeof(Npgsql.NpgsqlConnection).Assembly, typeof(YamlDotNet.Serialization.Deserializer).Assembly]);
        Assert.True(runtime is not null, string.Join("\n", problems));

        return DriverCompiler.Compile(Drivers(output), [runtime], OutputKind.DynamicallyLinkedLibrary);
    }

    private static IEnumerable<(string Path, string Text)> Drivers(ConvertOutput output) =>
        output.Files().Where(f => f.Key.EndsWith("/driver/Program.cs", StringComparison.Ordinal)).Select(f => (f.Key, f.Value));
}
