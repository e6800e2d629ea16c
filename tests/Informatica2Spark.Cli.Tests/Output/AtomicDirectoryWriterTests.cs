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
