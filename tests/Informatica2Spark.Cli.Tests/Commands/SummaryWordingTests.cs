using Informatica2Spark.Core.Reporting;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>The convert summary line names its file count with the noun agreeing in number ("1 file", "2 files").</summary>
public sealed class SummaryWordingTests
{
    [Theory]
    [InlineData(0, "0 files")]
    [InlineData(1, "1 file")]
    [InlineData(7, "7 files")]
    public void File_count_agrees_in_number(int count, string expected) =>
        Assert.Equal(expected, ConversionReports.Files(count));
}
