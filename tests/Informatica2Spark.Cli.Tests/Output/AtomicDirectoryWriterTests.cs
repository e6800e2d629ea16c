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

    /// <summary>The ownership of convert's output: the manifest lists the files i2s wrote.</summary>
    private static OutputOwnership Owned => OutputOwnership.Manifest(Manifest);

    /// <summary>The files, a manifest among them listing the others as convert's does.</summary>
    private static OutputSet Set(params (string Path, string Text)[] files)
    {
        var listing = System.Text.Json.JsonSerializer.Serialize(new { files = files.Where(f => f.Path != Manifest).Select(f => new { path = f.Path }) });
        var set = new OutputSet();
        foreach (var (path, text) in files)
        {
            set.Add(OutputFile.Text(path, path == Manifest ? listing : text));
        }

        return set;
    }

    [Fact]
    public void Writes_a_new_directory()
    {
        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("a/b.txt", "one")), Owned);

        Assert.Equal("one", File.ReadAllText(Path.Combine(Out, "a", "b.txt")));
        Assert.Equal(Out, Assert.Single(Directory.EnumerateFileSystemEntries(_root)));
    }

    [Fact]
    public void Replaces_previous_output_as_a_whole()
    {
        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("old.txt", "old"), ("keep.txt", "v1")), Owned);
        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("keep.txt", "v2")), Owned);

        Assert.False(File.Exists(Path.Combine(Out, "old.txt")));
        Assert.Equal("v2", File.ReadAllText(Path.Combine(Out, "keep.txt")));
        Assert.Single(Directory.EnumerateDirectories(_root));
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_named_relative_to_the_output_never_by_the_staging_path()
    {
        var name = new string('x', 300) + ".txt";

        var error = Assert.ThrowsAny<IOException>(() => AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("a/" + name, "one")), Owned));

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

        var error = Assert.Throws<OutputRefusedException>(() => AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}")), Owned));

        Assert.Contains("refusing to replace", error.Message, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Out, "notes.txt")));
    }

    [Theory]
    [InlineData("exports/a.xml")]
    [InlineData(".git/HEAD")]
    [InlineData("notes.txt")]
    [InlineData("FOLDER/wf/s/driver/notes/todo.md")]
    public void Refuses_i2s_output_that_holds_a_file_its_manifest_does_not_list(string foreign)
    {
        AtomicDirectoryWriter.Write(Out, Set((Manifest, string.Empty), ("FOLDER/wf/s/driver/s.csproj", "v1")), Owned);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Out, foreign))!);
        File.WriteAllText(Path.Combine(Out, foreign), "mine");

        var error = Assert.Throws<OutputRefusedException>(() => AtomicDirectoryWriter.Open(Out, Owned));

        Assert.Contains($"holds files i2s did not write ({foreign})", error.Message, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Out, foreign)));
        Assert.Equal([Out], Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void What_building_a_generated_project_leaves_is_replaced_with_the_output()
    {
        AtomicDirectoryWriter.Write(Out, Set((Manifest, string.Empty), ("FOLDER/wf/s/driver/s.csproj", "v1"), ("_runtime/r.csproj", "v1")), Owned);
        foreach (var built in new[] { "FOLDER/wf/s/driver/bin/Release/s.dll", "FOLDER/wf/s/driver/obj/project.assets.json", "FOLDER/wf/s/driver/publish/s.dll", "_runtime/obj/x" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Out, built))!);
            File.WriteAllText(Path.Combine(Out, built), "built");
        }

        AtomicDirectoryWriter.Write(Out, Set((Manifest, string.Empty), ("FOLDER/wf/s/driver/s.csproj", "v2")), Owned);

        Assert.Equal("v2", File.ReadAllText(Path.Combine(Out, "FOLDER/wf/s/driver/s.csproj")));
        Assert.False(Directory.Exists(Path.Combine(Out, "FOLDER/wf/s/driver/bin")));
    }

    [Fact]
    public void A_run_that_fails_while_staging_leaves_the_previous_output_intact()
    {
        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("job.yaml", "v1")), Owned);

        // "x" as a file and "x/y" as a file cannot both exist: the second write fails mid-run.
        var broken = Set((Manifest, "{}"), ("job.yaml", "v2"), ("x", "file"), ("x/y", "nested"));
        var error = Record.Exception(() => AtomicDirectoryWriter.Write(Out, broken, Owned));
        Assert.True(error is IOException or UnauthorizedAccessException, error?.ToString());

        Assert.Equal("v1", File.ReadAllText(Path.Combine(Out, "job.yaml")));
        Assert.Single(Directory.EnumerateDirectories(_root));
    }

    [Fact]
    public void Runs_writing_the_same_directory_at_once_each_commit_a_whole_tree()
    {
        using var first = AtomicDirectoryWriter.Open(Out, Owned);
        first.Write(OutputFile.Text("first.txt", "1"));

        // The second run starts while the first is staging: it must not take the first run's staging for a stale one.
        using (var second = AtomicDirectoryWriter.Open(Out, Owned))
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

        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}")), Owned);

        Assert.Equal([Out], Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void An_aborted_run_deletes_its_staging_and_commits_nothing()
    {
        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("job.yaml", "v1")), Owned);

        using var writer = AtomicDirectoryWriter.Open(Out, Owned);
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
        AtomicDirectoryWriter.Write(real, Set((Manifest, "{}"), ("job.yaml", "v1")), Owned);
        Directory.CreateSymbolicLink(Out, real);

        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("job.yaml", "v2")), Owned);

        Assert.Equal(real, new DirectoryInfo(Out).LinkTarget);
        Assert.Equal("v2", File.ReadAllText(Path.Combine(real, "job.yaml")));
        Assert.Equal([Out, real], Directory.EnumerateFileSystemEntries(_root).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Drift_lists_drifted_missing_and_extra_files()
    {
        AtomicDirectoryWriter.Write(Out, Set((Manifest, "{}"), ("same.txt", "s"), ("changed.txt", "before"), ("gone.txt", "g")), Owned);
        File.WriteAllText(Path.Combine(Out, "added.txt"), "extra");

        var expected = Set((Manifest, "{}"), ("same.txt", "s"), ("changed.txt", "after"), ("gone.txt", "g"), ("new.txt", "n"));
        File.Delete(Path.Combine(Out, "gone.txt"));
        var comparison = new OutputComparison(Out);
        foreach (var file in expected.Files)
        {
            comparison.Write(file);
        }

        var drift = comparison.Finish(expected);

        Assert.Equal(["changed.txt", Manifest], drift.Drifted); // the manifest lists new.txt
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
