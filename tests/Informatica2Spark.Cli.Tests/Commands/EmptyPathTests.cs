using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>
/// An empty path (an unset variable in a CI script) is a usage error naming the option or argument, for every
/// path-valued option and argument of every command, before anything is read or written.
/// </summary>
public sealed class EmptyPathTests
{
    private const string Export = "testdata/exports/direct_loads.xml";

    [Theory]
    [InlineData("<paths>", "convert", "")]
    [InlineData("--out", "convert", Export, "--out", "")]
    [InlineData("--param-file", "convert", Export, "--param-file", "")]
    [InlineData("--param-dir", "convert", Export, "--param-dir", "")]
    [InlineData("--root", "convert", Export, "--root", "")]
    [InlineData("--state-location", "convert", Export, "--state-location", "")]
    [InlineData("--templates", "convert", Export, "--templates", "")]
    [InlineData("--connections", "convert", Export, "--connections", "")]
    [InlineData("--log-file", "convert", Export, "--log-file", "")]
    [InlineData("--effort", "assess", Export, "--effort", "")]
    [InlineData("<paths>", "validate", "")]
    [InlineData("--output", "validate", Export, "--output", "")]
    [InlineData("--connections", "validate", Export, "--connections", "")]
    [InlineData("--root", "list", Export, "--root", "")]
    [InlineData("<paths>", "params", "", "--session", "s_m_load_gl")]
    [InlineData("--connections", "connections", "check", "--connections", "")]
    [InlineData("--out", "status", "--out", "")]
    [InlineData("<dir>", "init", "")]
    [InlineData("--connection", "state", "init", "--store", "sqlite", "--connection", "")]
    [InlineData("--out", "convert", Export, "--out", " ")]
    public void An_empty_path_is_a_usage_error_naming_the_option(string name, params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);

        Assert.Equal(2, exit);
        Assert.Equal($"i2s: {name}: the path is empty", stderr.Split('\n')[0]);
        Assert.Empty(stdout);
    }
}
