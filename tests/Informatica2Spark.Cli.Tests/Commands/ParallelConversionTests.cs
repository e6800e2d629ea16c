using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>
/// <c>--max-parallel N</c>: sessions convert on at most N dedicated threads (one level, no blocking wait on the thread
/// pool), N = 1 converts on the calling thread, and the output is byte-identical for every N. Speed is measured by
/// benchmarks/run.sh, never asserted here.
/// </summary>
[Collection(Collection)]
public sealed partial class ParallelConversionTests
{
    /// <summary>Thread-pool counts are process-wide: these tests run alone, after the parallel ones.</summary>
    public const string Collection = "parallel conversion";

    private const int FolderPairs = 260;

    [CorpusFact]
    public void The_corpus_converts_to_the_same_bytes_with_one_two_and_four_workers()
    {
        using var one = ConvertOutput.Run("../shared/corpus/xml", "--max-parallel", "1");
        using var two = ConvertOutput.Run("../shared/corpus/xml", "--max-parallel", "2");
        using var four = ConvertOutput.Run("../shared/corpus/xml", "--max-parallel", "4");

        Assert.True(one.Exit is 0 or 1, $"exit {one.Exit}: {one.Stderr}");
        var expected = one.Files(includeRuntime: true);
        Assert.Contains("i2s-manifest.json", expected.Keys);
        Assert.True(expected.Count > 39 * 5, $"only {expected.Count} files");
        Assert.Equal(expected, two.Files(includeRuntime: true));
        Assert.Equal(expected, four.Files(includeRuntime: true));
        Assert.Equal(one.Stdout.Replace(one.Directory, "{out}", StringComparison.Ordinal), four.Stdout.Replace(four.Directory, "{out}", StringComparison.Ordinal));
    }

    [Fact]
    public void Many_folders_with_shortcuts_to_folders_read_later_convert_on_two_workers_without_growing_the_thread_pool()
    {
        // A process of its own (tests/Informatica2Spark.Cli.ThreadProbe): the test host's threads are not counted.
        using var export = ForwardShortcutExport();
        var output = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"i2s-thread-probe-{Guid.NewGuid():N}");
        try
        {
            var (exit, stdout, stderr) = ThreadProbe("convert", export.Path, "--max-parallel", "2", "--out", output);

            Assert.True(exit is 0 or 1, $"exit {exit}: {stderr}");
            var peak = int.Parse(ProbePeak().Match(stderr).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(peak <= 16, $"the thread pool held {peak} threads while converting");
            var sessions = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(output, "i2s-manifest.json"))).RootElement
                .GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("objectPath").GetString()!).ToList();
            Assert.Equal(2 * FolderPairs, sessions.Count);
            Assert.Equal(FolderPairs, sessions.Count(s => s.StartsWith("MARKETING_", StringComparison.Ordinal)));
            // Each shortcut session found its mapping in the folder read after its own.
            Assert.DoesNotContain("I2S0201", stdout, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public void Two_workers_convert_every_session_off_the_calling_thread()
    {
        using var export = ForwardShortcutExport();
        var converters = new ConcurrentDictionary<int, int>();
        var hooks = new CliHooks(BeforeSession: _ => converters.TryAdd(Environment.CurrentManagedThreadId, 0));
        using var output = ConvertOutput.RunWith(hooks, export.Path, "--max-parallel", "2");

        Assert.True(output.Exit is 0 or 1, $"exit {output.Exit}: {output.Stderr}");
        Assert.InRange(converters.Count, 1, 2);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, converters.Keys);
        Assert.Equal(2 * FolderPairs, Sessions(output).Count);
    }

    [Fact]
    public void One_worker_converts_every_session_on_the_calling_thread_to_the_same_bytes_as_two()
    {
        using var export = ForwardShortcutExport();
        var converters = new ConcurrentDictionary<int, int>();
        var hooks = new CliHooks(BeforeSession: _ => converters.TryAdd(Environment.CurrentManagedThreadId, 0));
        using var one = ConvertOutput.RunWith(hooks, export.Path, "--max-parallel", "1");
        using var two = ConvertOutput.Run(export.Path, "--max-parallel", "2");

        Assert.Equal([Environment.CurrentManagedThreadId], converters.Keys);
        Assert.Equal(2 * FolderPairs, Sessions(one).Count);
        Assert.Equal(one.Files(includeRuntime: true), two.Files(includeRuntime: true));
    }

    [Fact]
    public void Max_parallel_below_one_is_a_usage_error()
    {
        var (exit, _, stderr) = CliRunner.Run("convert", "testdata/exports/direct_loads.xml", "--max-parallel", "0", "--check");

        Assert.Equal(2, exit);
        Assert.Contains("--max-parallel must be at least 1", stderr, StringComparison.Ordinal);
    }

    /// <summary>Runs <c>i2s ARGS</c> under tests/Informatica2Spark.Cli.ThreadProbe, from the repository root.</summary>
    private static (int Exit, string Stdout, string Stderr) ThreadProbe(params string[] args)
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        var probe = System.IO.Path.Combine(RepositoryPaths.Root, "tests", "Informatica2Spark.Cli.ThreadProbe", "bin", here.Parent!.Name, here.Name, "Informatica2Spark.Cli.ThreadProbe.dll");
        Assert.True(File.Exists(probe), $"build tests/Informatica2Spark.Cli.ThreadProbe first: {probe}");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(probe);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the thread probe did not finish in 15 minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [GeneratedRegex(@"thread-pool peak: (\d+)")]
    private static partial Regex ProbePeak();

    private static List<string> Sessions(ConvertOutput output) =>
        [.. JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Directory, "i2s-manifest.json"))).RootElement
            .GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("objectPath").GetString()!)];

    /// <summary>
    /// testdata/exports/multi_folder.xml repeated: pair k is MARKETING_k, whose session runs a mapping through a
    /// shortcut to SHARED_DIM_k, written before SHARED_DIM_k, which also runs the mapping in a session of its own (so it
    /// converts as soon as it is read).
    /// </summary>
    private static TemporaryFile ForwardShortcutExport()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "testdata", "exports", "multi_folder.xml"));
        var folders = FolderElement().Matches(text).Select(m => m.Value).ToList();
        var (shared, marketing) = (folders.Single(f => f.StartsWith("<FOLDER NAME=\"SHARED_DIM\"", StringComparison.Ordinal)), folders.Single(f => f.StartsWith("<FOLDER NAME=\"MARKETING\"", StringComparison.Ordinal)));
        shared = shared.Replace("</MAPPING>", "</MAPPING>\n    <SESSION ISVALID=\"YES\" MAPPINGNAME=\"m_load_dim_region\" NAME=\"s_local\" REUSABLE=\"YES\"/>", StringComparison.Ordinal);
        var body = new StringBuilder();
        for (var k = 0; k < FolderPairs; k++)
        {
            body.Append(marketing.Replace("\"SHARED_DIM\"", $"\"SHARED_DIM_{k:D3}\"", StringComparison.Ordinal).Replace("\"MARKETING\"", $"\"MARKETING_{k:D3}\"", StringComparison.Ordinal)).Append('\n');
            body.Append(shared.Replace("\"SHARED_DIM\"", $"\"SHARED_DIM_{k:D3}\"", StringComparison.Ordinal)).Append('\n');
        }

        var start = text.IndexOf("<FOLDER ", StringComparison.Ordinal);
        var end = text.LastIndexOf("</FOLDER>", StringComparison.Ordinal) + "</FOLDER>".Length;
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"i2s-forward-shortcuts-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, text[..start] + body + text[end..]);
        return new TemporaryFile(path);
    }

    private sealed record TemporaryFile(string Path) : IDisposable
    {
        public void Dispose() => File.Delete(Path);
    }

    [GeneratedRegex("<FOLDER .*?</FOLDER>", RegexOptions.Singleline)]
    private static partial Regex FolderElement();
}

/// <summary>Runs the tests of <see cref="ParallelConversionTests.Collection"/> after every other test, one at a time.</summary>
[CollectionDefinition(ParallelConversionTests.Collection, DisableParallelization = true)]
public sealed class ParallelConversionCollection;
