using System.Diagnostics;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>
/// Output does not depend on where conversion runs from, how the inputs were typed, or the converting machine's
/// <c>I2S_PARAM_</c> variables: inputs are recorded relative to the workspace root and drivers read the environment
/// when they run.
/// </summary>
[Collection(SessionNamingTests.Collection)]
public sealed class ReproducibleOutputTests
{
    [Fact]
    public void Converting_testdata_exports_from_the_root_and_from_another_directory_is_byte_identical()
    {
        using var fromRoot = ConvertOutput.Run("testdata/exports");
        var elsewhere = Path.Combine(Path.GetTempPath(), "i2s-elsewhere-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(elsewhere);
        try
        {
            var i2s = Path.Combine(AppContext.BaseDirectory, "i2s.dll");
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
                [i2s, "convert", Path.Combine(RepositoryPaths.Root, "testdata", "exports"), "--out", "out"])
            {
                WorkingDirectory = elsewhere,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["I2S_PARAM__RUN_TAG"] = "machine_value";
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();

            var there = Path.Combine(elsewhere, "out");
            var files = Directory.EnumerateFiles(there, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(there, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(fromRoot.Files(includeRuntime: true).Keys, files);
            Assert.All(files, f => Assert.Equal(fromRoot.Files(includeRuntime: true)[f], File.ReadAllText(Path.Combine(there, f))));
            Assert.DoesNotContain(files, f => File.ReadAllText(Path.Combine(there, f)).Contains("machine_value", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void Inputs_typed_another_way_are_recorded_alike_and_one_file_named_twice_is_one_input()
    {
        using var relative = ConvertOutput.Run("testdata/exports/direct_loads.xml");
        using var other = ConvertOutput.Run(Path.Combine(RepositoryPaths.Root, "testdata", "params", "..", "exports", "direct_loads.xml"), "testdata/exports/direct_loads.xml");

        Assert.Equal(relative.Files(), other.Files());
        Assert.Contains("\"path\": \"testdata/exports/direct_loads.xml\"", relative.Files()["i2s-manifest.json"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_the_user_names_is_what_inputs_are_recorded_relative_to()
    {
        using var output = ConvertOutput.Run("testdata/exports/direct_loads.xml", "--root", "testdata");

        Assert.Contains("\"path\": \"exports/direct_loads.xml\"", output.Files()["i2s-manifest.json"], StringComparison.Ordinal);
    }

    [Fact]
    public void Params_and_validate_keep_showing_environment_values_with_their_layer()
    {
        Environment.SetEnvironmentVariable("I2S_PARAM__STATUS", "FROM_ENV");
        try
        {
            var (_, stdout, _) = CliRunner.Run("params", "testdata/naming/two_folders.xml", "--session", "DEMO_EU/s_m_copy");
            Assert.Contains("$$STATUS = 'FROM_ENV' [environment] I2S_PARAM__STATUS", stdout, StringComparison.Ordinal);

            using var output = ConvertOutput.Run("testdata/naming/two_folders.xml", "--session", "DEMO_EU/s_m_copy");
            Assert.DoesNotContain(output.Files().Values, text => text.Contains("FROM_ENV", StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable("I2S_PARAM__STATUS", null);
        }
    }
}
