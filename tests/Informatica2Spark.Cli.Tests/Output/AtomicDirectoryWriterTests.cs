using Informatica2Spark.Cli.Output;
using Informatica2Spark.Core.Emit;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Output;

public sealed class AtomicDirectoryWriterTests : IDisposable
{
    private const string Manifest = "i2s-manifest.json";
    private readonly string _root = Directory.CreateTempSubdirectory("i2s-out-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Out => Path.Combine(_root, "out");

    private static OutputSet Set(params (string Path, string Text)[] files)
    {
        var set = new OutputSet();
        foreach (var (path, text) in files)
        {
            set.Add(OutputFile.Text(path, text));
        }

        return set;
    }

    [Fact]
    public void Writes_a_new_directory()
    {
        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("a/b.txt", "one")), Manifest);

        Assert.Equal("one", File.ReadAllText(Path.Combine(Out, "a", "b.txt")));
        Assert.Equal(Out, Assert.Single(Directory.EnumerateFileSystemEntries(_root)));
    }

    [Fact]
    public void Replaces_previous_output_as_a_whole()
    {
        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("old.txt", "old"), ("keep.txt", "v1")), Manifest);
        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("keep.txt", "v2")), Manifest);

        Assert.False(File.Exists(Path.Combine(Out, "old.txt")));
        Assert.Equal("v2", File.ReadAllText(Path.Combine(Out, "keep.txt")));
        Assert.Single(Directory.EnumerateDirectories(_root));
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_named_relative_to_the_output_never_by_the_staging_path()
    {
        var name = new string('x', 300) + ".txt";

        var error = Assert.ThrowsAny<IOException>(() => AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("a/" + name, "one")), Manifest));

        Assert.Contains("a/" + name, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_root, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("i2s-staging", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void Refuses_a_directory_that_is_not_i2s_output()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "notes.txt"), "mine");

        var error = Assert.Throws<OutputRefusedException>(() => AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}")), Manifest));

        Assert.Contains("refusing to replace", error.Message, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Out, "notes.txt")));
    }

    [Fact]
    public void A_run_that_fails_while_staging_leaves_the_previous_output_intact()
    {
        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("job.yaml", "v1")), Manifest);

        // "x" as a file and "x/y" as a file cannot both exist: the second write fails mid-run.
        var broken = Set((Manifest, "{}"), ("job.yaml", "v2"), ("x", "file"), ("x/y", "nested"));
        var error = Record.Exception(() => AtomicDirectoryWriter.Write(Out, broken, Manifest));
        Assert.True(error is IOException or UnauthorizedAccessException, error?.ToString());

        Assert.Equal("v1", File.ReadAllText(Path.Combine(Out, "job.yaml")));
        Assert.Single(Directory.EnumerateDirectories(_root));
    }

    [Fact]
    public void Runs_writing_the_same_directory_at_once_each_commit_a_whole_tree()
    {
        using var first = AtomicDirectoryWriter.Open(Out, Manifest);
        first.Write(OutputFile.Text("first.txt", "1"));

        // The second run starts while the first is staging: it must not take the first run's staging for a stale one.
        using (var second = AtomicDirectoryWriter.Open(Out, Manifest))
        {
            second.Write(OutputFile.Text(Manifest, "{}"));
            second.Write(OutputFile.Text("second.txt", "2"));
            second.Commit();
        }

        first.Write(OutputFile.Text(Manifest, "{}"));
        first.Commit();
        first.Dispose();

        Assert.Equal(["first.txt", Manifest], Directory.EnumerateFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal([Out], Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void The_staging_a_dead_run_left_is_removed_by_the_next_run()
    {
        // A run killed with SIGKILL leaves its staging directory, its lock file (released by the system) and possibly
        // the previous output of a two-rename swap.
        var dead = Path.Combine(_root, ".out.i2s-staging-0123456789abcdef");
        Directory.CreateDirectory(Path.Combine(dead, "FOLDER"));
        File.WriteAllText(Path.Combine(dead, "FOLDER", "job.yaml"), "partial");
        File.WriteAllText(dead + ".lock", string.Empty);
        Directory.CreateDirectory(dead + ".previous");
        var orphanLock = Path.Combine(_root, ".out.i2s-staging-fedcba9876543210.lock");
        File.WriteAllText(orphanLock, string.Empty);

        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}")), Manifest);

        Assert.Equal([Out], Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void An_aborted_run_deletes_its_staging_and_commits_nothing()
    {
        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("job.yaml", "v1")), Manifest);

        using var writer = AtomicDirectoryWriter.Open(Out, Manifest);
        writer.Write(OutputFile.Text("job.yaml", "v2"));
        writer.Abort(); // what SIGINT, SIGTERM and SIGHUP do
        writer.Write(OutputFile.Text(Manifest, "{}"));

        Assert.Throws<OperationCanceledException>(() => writer.Commit());
        Assert.Equal("v1", File.ReadAllText(Path.Combine(Out, "job.yaml")));
        Assert.Equal([Out], Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void An_output_directory_reached_through_a_link_is_replaced_where_it_lives()
    {
        var real = Path.Combine(_root, "real");
        AtomicDirectoryWriter.Write(real, Set((Manifest, "{}"), ("job.yaml", "v1")), Manifest);
        Directory.CreateSymbolicLink(Out, real);

        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("job.yaml", "v2")), Manifest);

        Assert.Equal(real, new DirectoryInfo(Out).LinkTarget);
        Assert.Equal("v2", File.ReadAllText(Path.Combine(real, "job.yaml")));
        Assert.Equal([Out, real], Directory.EnumerateFileSystemEntries(_root).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Drift_lists_drifted_missing_and_extra_files()
    {
        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("same.txt", "s"), ("changed.txt", "before"), ("gone.txt", "g")), Manifest);
        File.WriteAllText(Path.Combine(Out, "added.txt"), "extra");

        var expected = Set((Manifest, "{}"), ("same.txt", "s"), ("changed.txt", "after"), ("gone.txt", "g"), ("new.txt", "n"));
        File.Delete(Path.Combine(Out, "gone.txt"));
        var comparison = new OutputComparison(Out);
        foreach (var file in expected.Files)
        {
            comparison.Write(file);
        }

        var drift = comparison.Finish(expected);

        Assert.Equal(["changed.txt"], drift.Drifted);
        Assert.Equal(["gone.txt", "new.txt"], drift.Missing);
        Assert.Equal(["added.txt"], drift.Extra);
        Assert.False(drift.IsClean);
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("/abs.txt")]
    [InlineData("a\\b.txt")]
    [InlineData("a//b.txt")]
    public void Unsafe_paths_are_rejected(string path) =>
        Assert.Throws<ArgumentException>(() => new OutputSet().Add(OutputFile.Text(path, "x")));
}
