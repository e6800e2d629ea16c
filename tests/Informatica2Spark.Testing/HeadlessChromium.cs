using System.Diagnostics;

namespace Informatica2Spark.Testing;

/// <summary>
/// Runs headless Chromium on a local page: its DOM after the page's scripts ran (<c>--dump-dom</c>) or a screenshot,
/// with what the browser logged to stderr (<c>--enable-logging=stderr --v=0</c>, where each console message and
/// uncaught error is a <c>CONSOLE(</c> line).
/// </summary>
public static class HeadlessChromium
{
    /// <summary>The full path of <c>chromium</c> on the PATH, or null.</summary>
    public static string? Executable { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, "chromium")).FirstOrDefault(File.Exists);

    /// <summary>The lines of stderr that are console messages or uncaught errors of the page.</summary>
    public static IReadOnlyList<string> ConsoleLines(string stderr) =>
        [.. stderr.Split('\n').Where(l => l.Contains("CONSOLE(", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal))];

    /// <summary>The page's DOM after its scripts ran, and stderr.</summary>
    public static (string Dom, string Stderr) DumpDom(string page) => Run(["--dump-dom", new Uri(page).AbsoluteUri]);

    /// <summary>Takes a screenshot of the page into <paramref name="png"/>; returns stderr.</summary>
    public static string Screenshot(string page, string png, int width = 1280, int height = 2400) =>
        Run([$"--screenshot={png}", $"--window-size={width},{height}", new Uri(page).AbsoluteUri]).Stderr;

    private static (string Stdout, string Stderr) Run(IReadOnlyList<string> arguments)
    {
        var profile = Directory.CreateTempSubdirectory("i2s-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium is not installed: run scripts/install-chromium.sh"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0",
                $"--user-data-dir={profile.FullName}",
            }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 2 minutes");
            }

            return (stdout.Result, stderr.Result);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
