using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>
/// A report that cannot be written to standard output (a full disk, a closed pipe) is a one-line error that says what
/// became of the output: written, left unchanged, or only checked; never "the previous output is unchanged" for an
/// output that was replaced, and never an internal error.
/// </summary>
public sealed class ReportWriteFailureTests
{
    static ReportWriteFailureTests() => Environment.CurrentDirectory = RepositoryPaths.Root;

    [Fact]
    public void Convert_says_the_output_was_written_when_only_the_report_fails()
    {
        var directory = Path.Combine(Path.GetTempPath(), "i2s-report-failure-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, stderr) = Run("convert", "testdata/exports/direct_loads.xml", "--out", directory);

            Assert.Equal(2, exit);
            Assert.Equal($"i2s: cannot write the report to standard output (No space left on device); the output was written to {directory}", LastLine(stderr));
            Assert.True(File.Exists(Path.Combine(directory, "i2s-manifest.json")));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void Check_says_nothing_was_written_when_the_report_fails()
    {
        var directory = Path.Combine(Path.GetTempPath(), "i2s-report-failure-" + Guid.NewGuid().ToString("N"));

        var (exit, stderr) = Run("convert", "testdata/exports/direct_loads.xml", "--out", directory, "--check");

        Assert.Equal(2, exit);
        Assert.Equal("i2s: cannot write the report to standard output (No space left on device); nothing was written", LastLine(stderr));
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(directory));
    }

    private static (int Exit, string Stderr) Run(params string[] args)
    {
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliApplication.Run(args, new FullWriter(), stderr);
        return (exit, stderr.ToString());
    }

    /// <summary>The error line, after the progress lines.</summary>
    private static string LastLine(string stderr) => stderr.TrimEnd('\n').Split('\n')[^1];

    /// <summary>Standard output on a full disk: every write fails.</summary>
    private sealed class FullWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");

        public override void Flush() => throw new IOException("No space left on device");
    }
}
