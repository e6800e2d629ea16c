using Informatica2Spark.Runtime;
using Informatica2Spark.Testing;
using Informatica2Spark.Testing.Spark;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>
/// Generated drivers compile, warnings as errors, against the compile-only Microsoft.Spark declaration and the
/// run-state library exactly as <c>i2s convert</c> writes it; together they use every declared member of the types
/// they do not import with <c>using static</c>. The declaration holds every name the drivers' directives bring into
/// scope, so a name that would clash against the real package clashes here too.
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

        // Types imported with using static declare every member name the reference lists, used or not.
        var namesOnly = ImportedNames.Of(drivers.Select(d => d.Text)).StaticTypes;
        bool Exact(string member) => !namesOnly.Any(t => member.StartsWith(t + ".", StringComparison.Ordinal));
        Assert.Equal(DriverCompiler.DeclaredMembers().Where(Exact).Order(StringComparer.Ordinal), used.Where(Exact).Order(StringComparer.Ordinal));
    }

    [ReferenceFact]
    public void The_declaration_holds_every_name_the_drivers_directives_bring_into_scope()
    {
        var reference = SparkReference.Parse(File.ReadAllText(SparkReference.NotesPath));
        var drivers = ConvertCases.Names.SelectMany(name =>
        {
            using var output = ConvertOutput.Run(ConvertCases.Arguments(name));
            return Drivers(output).Select(d => d.Text).ToList();
        }).ToList();
        var imports = ImportedNames.Of(drivers);
        Assert.Contains("Microsoft.Spark.Sql.Functions", imports.StaticTypes);
        Assert.Contains("Microsoft.Spark.Sql", imports.Namespaces);
        Assert.True(reference.MembersByType["Microsoft.Spark.Sql.Functions"].Count >= 60, "the reference lists the members of Functions");

        Assert.Empty(reference.MissingNames(imports, DriverCompiler.SparkDeclaration));
    }

    [Fact]
    public void A_name_the_reference_lists_and_the_declaration_lacks_is_reported()
    {
        var reference = SparkReference.Parse("""
            * `Microsoft.Spark.Sql`: SparkSession, DataFrame, NoSuchType.

            ```csharp
            public static class Functions  // namespace Microsoft.Spark.Sql (selected members)
                public static Column Array(params Column[] columns);
                [Since("3.0.0")] public static Column NoSuchFunction(Column column);
                public static long NoSuchProperty { get; }
            ```
            """);
        var imports = ImportedNames.Of(["""
            namespace I2s.F.W.S
            {
                using global::Microsoft.Spark.Sql;
                using static global::Microsoft.Spark.Sql.Functions;
            }
            """]);

        Assert.Equal(
            ["Microsoft.Spark.Sql.Functions.NoSuchFunction", "Microsoft.Spark.Sql.Functions.NoSuchProperty", "Microsoft.Spark.Sql.NoSuchType"],
            reference.MissingNames(imports, DriverCompiler.SparkDeclaration));
    }

    [Fact]
    public void A_bare_name_that_functions_also_declares_does_not_compile_under_its_using_static()
    {
        const string Driver = """
            using static Microsoft.Spark.Sql.Functions;
            public static class Program
            {
                public static int Main() => System.Array.Empty<string>().Length + Array.Empty<string>().Length;
            }
            """;

        Assert.Contains(DriverCompiler.Compile([("Program.cs", Driver)]).Problems, p => p.Contains("CS0119", StringComparison.Ordinal));
    }

    [Fact]
    public void Drivers_compile_when_folder_workflow_and_session_are_named_like_the_types_they_use()
    {
        // The direct_loads export with its folder, workflow and a session renamed to names the driver uses (System is a
        // reserved segment and becomes _System; JobRun and DataFrame are segments as they are).
        var export = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "exports", "direct_loads.xml"))
            .Replace("\"FINANCE\"", "\"System\"", StringComparison.Ordinal)
            .Replace("\"wf_finance\"", "\"JobRun\"", StringComparison.Ordinal)
            .Replace("\"s_m_load_gl\"", "\"DataFrame\"", StringComparison.Ordinal);
        var directory = Directory.CreateTempSubdirectory("i2s-shadowing-").FullName;
        try
        {
            var path = Path.Combine(directory, "shadowing.xml");
            File.WriteAllText(path, export);
            using var output = ConvertOutput.Run(path);
            Assert.Contains(Drivers(output), d => d.Text.Contains("namespace I2s._System.JobRun.DataFrame", StringComparison.Ordinal));

            var compiled = CompileDrivers(output);

            Assert.True(compiled.Succeeded, string.Join("\n", compiled.Problems));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
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

    [Fact]
    public void A_driver_that_merges_updates_into_postgresql_compiles_and_references_npgsql()
    {
        // testdata/exports/direct_loads.xml with s_m_load_gl treating its rows as Update (Update as Update on GL_POSTED,
        // whose primary key is ENTRY_ID): the load is staged over JDBC and merged by the database's own provider.
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "testdata", "exports", "direct_loads.xml"));
        const string InsertRows = "<ATTRIBUTE NAME=\"Treat source rows as\" VALUE=\"Insert\"/>";
        var first = text.IndexOf(InsertRows, StringComparison.Ordinal);
        Assert.True(first > 0 && text.IndexOf("NAME=\"s_m_load_gl\"", StringComparison.Ordinal) < first);
        text = text[..first] + "<ATTRIBUTE NAME=\"Treat source rows as\" VALUE=\"Update\"/>" + text[(first + InsertRows.Length)..];
        text = text.Replace("<ATTRIBUTE NAME=\"Insert\" VALUE=\"YES\"/>\n                <ATTRIBUTE NAME=\"Truncate target table option\" VALUE=\"NO\"/>",
            "<ATTRIBUTE NAME=\"Insert\" VALUE=\"YES\"/>\n                <ATTRIBUTE NAME=\"Update as Update\" VALUE=\"YES\"/>\n                <ATTRIBUTE NAME=\"Truncate target table option\" VALUE=\"NO\"/>", StringComparison.Ordinal);
        var export = Path.Combine(Path.GetTempPath(), $"i2s-merge-{Guid.NewGuid():N}.xml");
        File.WriteAllText(export, text);
        try
        {
            using var output = ConvertOutput.Run(export, "--param-file", "testdata/params/finance.prm", "--connections", "testdata/connections/connections.yaml", "--env", "dev");

            var driver = Assert.Single(Drivers(output), d => d.Path.Contains("/s_m_load_gl/", StringComparison.Ordinal)).Text;
            Assert.Contains("TargetMerge.Run(", driver, StringComparison.Ordinal);
            Assert.Contains("MERGE INTO", driver, StringComparison.Ordinal);
            var project = Assert.Single(output.Files(), f => f.Key.EndsWith("/s_m_load_gl/driver/s_m_load_gl.csproj", StringComparison.Ordinal)).Value;
            Assert.Contains("<PackageReference Include=\"Npgsql\"", project, StringComparison.Ordinal);
            var compiled = CompileDrivers(output);
            Assert.True(compiled.Succeeded, string.Join("\n", compiled.Problems));
        }
        finally
        {
            File.Delete(export);
        }
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
