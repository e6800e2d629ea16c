using System.Diagnostics;
using Informatica2Spark.Testing;

namespace Informatica2Spark.Runtime.Tests.Support;

/// <summary>Starts the test driver (tests/Informatica2Spark.Runtime.TestDriver) as a real process with <c>dotnet</c>.</summary>
public sealed class DriverProcess : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly Task<string> stdout;
    private readonly Task<string> stderr;

    private DriverProcess(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(DriverDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("the test driver did not start");
        stdout = process.StandardOutput.ReadToEndAsync();
        stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The driver's dll, built beside this test project with the same configuration.</summary>
    public static string DriverDll
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var dll = Path.Combine(RepositoryPaths.Root, "tests", "Informatica2Spark.Runtime.TestDriver", "bin", output.Parent!.Name, output.Name,
                "Informatica2Spark.Runtime.TestDriver.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("build tests/Informatica2Spark.Runtime.TestDriver first", dll);
        }
    }

    public static DriverProcess Start(IEnumerable<string> arguments) => new(arguments);

    /// <summary>Runs the driver to its end: exit code and output.</summary>
    public static (int ExitCode, string Output) Run(IEnumerable<string> arguments)
    {
        using var driver = Start(arguments);
        return driver.WaitForExit();
    }

    public (int ExitCode, string Output) WaitForExit()
    {
        if (!process.WaitForExit(Guard))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the test driver did not finish within " + Guard);
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Waits until the driver writes <paramref name="marker"/> (it then waits between two steps).</summary>
    public void WaitForMarker(string marker)
    {
        var deadline = DateTime.UtcNow + Guard;
        while (!File.Exists(marker) || new FileInfo(marker).Length == 0)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the test driver exited ({process.ExitCode}) before pausing: {stdout.Result}{stderr.Result}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the test driver did not reach its pause within " + Guard);
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>Kills the driver and everything it started, as an operator or a failing machine would.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }
}
