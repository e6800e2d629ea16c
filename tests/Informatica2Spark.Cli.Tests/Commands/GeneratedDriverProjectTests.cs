using System.Diagnostics;
using Informatica2Spark.Testing;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>
/// A generated driver project builds with the .NET SDK as a user would build it (net8.0, its package references, the
/// shared run-state library), against a stand-in Microsoft.Spark package made from the compile-only declaration, and
/// runs up to the point where Spark would start: its run is recorded, the failure is one line with its exit code.
/// The output is written inside this repository's <c>out/</c>, as the README's quick start writes it, so the build
/// shows that the repository's Directory.Build.props and central package management do not reach generated projects.
/// </summary>
public sealed class GeneratedDriverProjectTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("i2s-driver-project-").FullName;

    [Fact]
    public void The_driver_project_builds_and_records_its_run_up_to_spark()
    {
        using var output = ConvertOutput.RunIn(Path.Combine(RepositoryPaths.Root, "out"), ConvertCases.Arguments("direct_loads"));
        Assert.Equal(0, output.Exit);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props")), "the repository manages package versions centrally");
        var feed = PackStandIn();
        File.WriteAllText(Path.Combine(output.Directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="microsoft-spark-stand-in" value="{feed}" />
                <add key="local-packages" value="{GlobalPackages}" />
              </packageSources>
            </configuration>
            """);
        var session = Path.Combine(output.Directory, "FINANCE", "wf_finance", "s_m_load_gl");

        var build = Run(session, "dotnet", "build", "driver", "-c", "Release", "-o", "driver/bin/out");
        Assert.True(build.Exit == 0, build.Output);

        var failed = Run(session, "dotnet", "driver/bin/out/s_m_load_gl.dll", "--job", "job.yaml");
        Assert.Equal(1, failed.Exit);
        Assert.Contains("s_m_load_gl: failed: Microsoft.Spark compile-only declaration", failed.Output, StringComparison.Ordinal);
        using (var state = new SqliteConnection($"Data Source={Path.Combine(session, "i2s-state.db")};Pooling=False"))
        {
            state.Open();
            using var command = state.CreateCommand();
            command.CommandText = "SELECT (SELECT status FROM i2s_run), (SELECT COUNT(*) FROM i2s_step), (SELECT COUNT(*) FROM i2s_history)";
            using var row = command.ExecuteReader();
            Assert.True(row.Read());
            Assert.Equal(("FAILED", 0L, 1L), (row.GetString(0), row.GetInt64(1), row.GetInt64(2)));
        }

        var usage = Run(session, "dotnet", "driver/bin/out/s_m_load_gl.dll", "--job", "job.yaml", "--param", "LAST=1");
        Assert.Equal(2, usage.Exit);
        Assert.Contains("--param LAST=1: expected NAME=VALUE with a $ or $$ name", usage.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static string GlobalPackages =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages ? packages
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>Packs the compile-only declaration as Microsoft.Spark 2.3.1 for netstandard2.0 into a feed of its own.</summary>
    private string PackStandIn()
    {
        var project = Path.Combine(root, "stand-in");
        Directory.CreateDirectory(project);
        foreach (var source in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "Microsoft.Spark.CompileOnly"), "*.cs"))
        {
            File.Copy(source, Path.Combine(project, Path.GetFileName(source)));
        }

        File.WriteAllText(Path.Combine(project, "Microsoft.Spark.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <PackageId>Microsoft.Spark</PackageId>
                <Version>2.3.1</Version>
              </PropertyGroup>
            </Project>
            """);
        var feed = Path.Combine(root, "feed");
        var pack = Run(project, "dotnet", "pack", "-o", feed);
        Assert.True(pack.Exit == 0, pack.Output);
        return feed;
    }

    /// <summary>Runs a process with its own NuGet package folder (the stand-in never reaches the user's) on any newer .NET.</summary>
    private (int Exit, string Output) Run(string directory, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file, args) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["NUGET_PACKAGES"] = Path.Combine(root, "packages");
        start.Environment["DOTNET_ROLL_FORWARD"] = "Major";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }
}
