using Xunit;

namespace Informatica2Spark.Runtime.Tests;

public class RuntimeInfoTests
{
    [Fact]
    public void Library_names_itself() => Assert.Equal("Informatica2Spark.Runtime", RuntimeInfo.Name);
}
