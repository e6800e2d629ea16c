using Informatica2Spark.Core.Reporting;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>Summary lines name every count with its noun agreeing in number ("1 file", "2 files", "1 info").</summary>
public sealed class SummaryWordingTests
{
    [Theory]
    [InlineData(0, "session", "0 sessions")]
    [InlineData(1, "session", "1 session")]
    [InlineData(1, "info", "1 info")]
    [InlineData(2, "info", "2 infos")]
    public void Counts_agree_in_number(int count, string noun, string expected) =>
        Assert.Equal(expected, Counted.Of(count, noun));

    [Fact]
    public void The_convert_summary_says_one_info_and_one_session()
    {
        using var output = ConvertOutput.Run("testdata/exports/sales_orders.xml", "--session", "s_m_sales_orders");

        var summary = output.Stdout.TrimEnd('\n').Split('\n')[^1];
        Assert.StartsWith("1 session: ", summary, StringComparison.Ordinal);
        Assert.Contains(", 1 info;", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0 files")]
    [InlineData(1, "1 file")]
    [InlineData(7, "7 files")]
    public void File_count_agrees_in_number(int count, string expected) =>
        Assert.Equal(expected, ConversionReports.Files(count));
}
