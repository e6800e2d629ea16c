using Informatica2Spark.Core.Emit;
using Xunit;

namespace Informatica2Spark.Core.Tests.Emit;

/// <summary>An output path stays inside the output directory: forward slashes, relative, no empty, '.' or '..' segment.</summary>
public sealed class OutputPathTests
{
    [Theory]
    [InlineData("job.yaml", true)]
    [InlineData("SALES/WF_LOAD/s_orders/mapping.sql", true)]
    [InlineData("a/.hidden/..x/b", true)]
    [InlineData("", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("a\\b", false)]
    [InlineData("a//b", false)]
    [InlineData("a/", false)]
    [InlineData("./a", false)]
    [InlineData("a/./b", false)]
    [InlineData("a/../../b", false)]
    [InlineData("..", false)]
    public void Safe_relative_paths(string path, bool safe) => Assert.Equal(safe, OutputSet.IsSafeRelativePath(path));
}
