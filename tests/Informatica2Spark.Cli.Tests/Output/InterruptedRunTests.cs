using System.Diagnostics;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Output;

/// <summary>
/// <c>i2s convert</c> run as a real process and stopped by a signal while it stages its output: the staging directory
/// is deleted before the process ends, the previous output stays, and the exit code is the signal's (128 + its number).
/// The run is held mid-way by a parameter file that is a named pipe no one writes.
/// </summary>
public sealed class InterruptedRunTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(90);
    private readonly string _root = Directory.CreateTempSubdirectory("i2s-signal-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [UnixTheory]
    [InlineData("TERM", 15)]
    [InlineData("INT", 2)]
    [InlineData("HUP", 1)]
    public void A_signal_deletes_the_staging_and_leaves_the_previous_output(string signal, int number)
    {
        var export = Path.Combine(RepositoryPaths.Root, "testdata", "exports", "direct_loads.xml");
        var output = Path.Combine(_root, "out");
        Assert.Equal(0, CliRunner.Run("convert", export, "--out", output, "--fail-on", "never").Exit);
        var manifest = File.ReadAllBytes(Path.Combine(output, "i2s-manifest.json"));
        var pipe = Path.Combine(_root, "held.prm");
        Run("mkfifo", pipe);

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { typeof(CliApplication).Assembly.Location, "convert", export, "--param-file", pipe, "--out", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var i2s = Process.Start(start)!;
        var stderr = i2s.StandardError.ReadToEndAsync();
        WaitFor(() => Directory.EnumerateDirectories(_root, ".out.i2s-staging-*").Any(), i2s, stderr);
        Run("kill", "-" + signal, i2s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(i2s.WaitForExit(Guard), "i2s did not end on SIG" + signal);
        Assert.Equal(128 + number, i2s.ExitCode);
        Assert.Equal(["held.prm", "out"], Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(manifest, File.ReadAllBytes(Path.Combine(output, "i2s-manifest.json")));
    }

    private static void WaitFor(Func<bool> condition, Process process, Task<string> stderr)
    {
        var deadline = DateTime.UtcNow + Guard;
        while (!condition())
        {
            if (process.HasExited)
            {
                Assert.Fail($"i2s ended ({process.ExitCode}) before staging: {stderr.Result}");
            }

            Assert.True(DateTime.UtcNow < deadline, "i2s did not start staging within " + Guard);
            Thread.Sleep(50);
        }
    }

    private static void Run(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
