using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>Every documented exit code, produced by a real invocation.</summary>
public class ExitCodeTests
{
    [Fact]
    public void Success_is_0() => Assert.Equal(0, CliRunner.Run("validate", "testdata/exports").Exit);

    [Fact]
    public void Findings_at_or_above_fail_on_are_1()
    {
        var (exit, stdout, _) = CliRunner.Run("validate", "testdata/broken/broken-references.xml");
        Assert.Equal(1, exit);
        Assert.Contains("error I2S0206", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "--no-such-option", "testdata/exports")]
    [InlineData("validate")]
    [InlineData("no-such-command")]
    [InlineData("validate", "--format", "yaml", "testdata/exports")]
    [InlineData("validate", "--fail-on", "sometimes", "testdata/exports")]
    [InlineData("list", "--verbosity", "loud", "testdata/exports")]
    public void Usage_errors_are_2_with_one_line_messages(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.All(stderr.TrimEnd('\n').Split('\n'), line => Assert.StartsWith("i2s: ", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("testdata/broken/xxe.xml", "I2S0005")]
    [InlineData("testdata/broken/truncated.xml", "I2S0011")]
    [InlineData("testdata/no-such-file.xml", "I2S0001")]
    public void Unreadable_input_is_3(string path, string code)
    {
        var (exit, stdout, stderr) = CliRunner.Run("validate", path);
        Assert.Equal(3, exit);
        Assert.Contains(code, stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_input_wins_over_findings()
    {
        var (exit, _, _) = CliRunner.Run("validate", "testdata/broken/broken-references.xml", "testdata/broken/empty.xml");
        Assert.Equal(3, exit);
    }

    [Fact]
    public void A_run_that_reads_no_input_leaves_the_previous_output()
    {
        var root = Directory.CreateTempSubdirectory("i2s-unread-").FullName;
        try
        {
            var output = Path.Combine(root, "out");
            Assert.Equal(0, CliRunner.Run("convert", "testdata/exports/direct_loads.xml", "--out", output, "--fail-on", "never").Exit);
            var before = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

            var (exit, stdout, _) = CliRunner.Run("convert", "testdata/broken/empty.xml", "testdata/no-such-file.xml", "--out", output);

            Assert.Equal(3, exit);
            Assert.EndsWith($"no input could be read, nothing was written: {output.Replace('\\', '/')} is unchanged\n", stdout, StringComparison.Ordinal);
            Assert.Equal(before, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            Assert.Equal([output], Directory.EnumerateFileSystemEntries(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void An_internal_error_is_70_with_a_one_line_message()
    {
        var hooks = new CliHooks(_ => throw new InvalidOperationException("simulated defect"));
        var (exit, _, stderr) = CliRunner.Run(hooks, "validate", "testdata/exports");

        Assert.Equal(70, exit);
        Assert.Equal("i2s: internal error: simulated defect (this is a bug; rerun with --verbosity diagnostic for details)\n", stderr);
    }

    [Fact]
    public void The_stack_trace_appears_only_at_diagnostic_verbosity()
    {
        var hooks = new CliHooks(_ => throw new InvalidOperationException("simulated defect"));
        var (exit, _, stderr) = CliRunner.Run(hooks, "validate", "--verbosity", "diagnostic", "testdata/exports");

        Assert.Equal(70, exit);
        Assert.Contains("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_whose_conversion_throws_is_isolated_and_the_run_is_an_internal_error()
    {
        var output = Path.Combine(Path.GetTempPath(), "i2s-internal-" + Guid.NewGuid().ToString("N"));
        var hooks = new CliHooks(BeforeSession: path => throw new InvalidOperationException($"simulated defect in {path}"));
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run(hooks, "convert", "testdata/exports/direct_loads.xml", "--session", "s_m_load_gl", "--out", output);

            Assert.Equal(70, exit);
            Assert.Contains("error I2S0804: s_m_load_gl could not be converted: internal error: InvalidOperationException: simulated defect in FINANCE/WF:wf_finance/ST:s_m_load_gl (a bug in i2s", stdout, StringComparison.Ordinal);
            Assert.Contains("failed    FINANCE/WF:wf_finance/ST:s_m_load_gl", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
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
    public void The_stack_trace_of_a_session_that_throws_is_logged_at_diagnostic_verbosity()
    {
        var hooks = new CliHooks(BeforeSession: path => throw new InvalidOperationException("simulated defect"));
        var (exit, _, stderr) = CliRunner.Run(hooks, "convert", "testdata/exports/direct_loads.xml", "--check", "--out", "testdata/no-such-output", "--verbosity", "diagnostic");

        Assert.Equal(70, exit);
        Assert.Contains("FINANCE/WF:wf_finance/ST:s_m_load_gl: internal error while converting it", stderr, StringComparison.Ordinal);
        Assert.Contains("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_input_error_in_one_session_is_a_finding_not_an_internal_error()
    {
        var hooks = new CliHooks(BeforeSession: path => throw new Core.Diagnostics.InputException("the input says no"));
        var (exit, stdout, _) = CliRunner.Run(hooks, "convert", "testdata/exports/direct_loads.xml", "--check", "--fail-on", "error", "--out", "testdata/no-such-output");

        Assert.Equal(1, exit);
        Assert.Contains("error I2S0804: s_m_load_gl could not be converted: the input says no; the other sessions were converted", stdout, StringComparison.Ordinal);
    }
}
