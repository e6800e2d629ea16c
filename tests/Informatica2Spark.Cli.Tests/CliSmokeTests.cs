using Xunit;

namespace Informatica2Spark.Cli.Tests;

public class CliSmokeTests
{
    [Fact]
    public void Unknown_invocation_is_a_usage_error()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(2, CliApplication.Run(["no-such-command"], stdout, stderr));
    }
}
