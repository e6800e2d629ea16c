using Informatica2Spark.Cli.Tests.Commands;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Input;

/// <summary>
/// The order exports are given in changes nothing: inputs are taken in the ordinal order of their recorded paths, so
/// the output tree (manifest, session directories, their <c>~2</c> suffixes), the findings and the summary are byte
/// identical for every order.
/// </summary>
public sealed class InputOrderTests
{
    private static readonly string[] Exports =
        ["testdata/naming/two_folders.xml", "testdata/exports/direct_loads.xml", "testdata/naming/demo_again.xml"];

    [Fact]
    public void Convert_writes_byte_identical_output_for_every_order_of_the_exports()
    {
        using var given = ConvertOutput.Run(Exports);
        using var reversed = ConvertOutput.Run([.. Exports.Reverse()]);

        Assert.Equal(given.Files(includeRuntime: true), reversed.Files(includeRuntime: true));
        Assert.Equal(given.Scrubbed(given.Stdout), reversed.Scrubbed(reversed.Stdout));
        Assert.Contains("(from testdata/naming/demo_again.xml) -> DEMO/wf_copy/s_m_copy\n", given.Stdout, StringComparison.Ordinal);
        Assert.Contains("(from testdata/naming/two_folders.xml) -> DEMO/wf_copy/s_m_copy~2\n", given.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "--format", "json")]
    [InlineData("list", "--format", "json")]
    public void Reports_are_identical_for_every_order_of_the_exports(params string[] command)
    {
        var given = CliRunner.Run([command[0], .. Exports, .. command[1..]]);
        var reversed = CliRunner.Run([command[0], .. Exports.Reverse(), .. command[1..]]);

        Assert.Equal(given, reversed);
    }
}
