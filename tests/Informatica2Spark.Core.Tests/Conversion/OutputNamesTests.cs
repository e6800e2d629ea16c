using Informatica2Spark.Core.Conversion;
using Xunit;

namespace Informatica2Spark.Core.Tests.Conversion;

/// <summary>Output names are safe on every file system and as C# identifiers, and never collide with i2s's own folders.</summary>
public sealed class OutputNamesTests
{
    [Theory]
    [InlineData("s_m_load", "s_m_load")]
    [InlineData("s m/load:v2*", "s_m_load_v2_")]
    [InlineData("CON", "_CON")]
    [InlineData("..", "_")]
    [InlineData("Grüße", "Gr__e")]
    public void File_names(string name, string safe) => Assert.Equal(safe, OutputNames.File(name));

    [Theory]
    [InlineData("s_m_load", "s_m_load")]
    [InlineData("1st load", "_1st_load")]
    [InlineData("class", "_class")]
    [InlineData("Program", "_Program")]
    [InlineData("wf-daily.v2", "wf_daily_v2")]
    public void Identifiers(string name, string identifier) => Assert.Equal(identifier, OutputNames.Identifier(name));

    [Fact]
    public void Session_directories_keep_reusable_sessions_and_workflows_apart()
    {
        Assert.Equal("SALES/_reusable/s_load", OutputNames.SessionDirectory("SALES", null, [], "s_load"));
        Assert.Equal("SALES/__reusable/s_load", OutputNames.SessionDirectory("SALES", "_reusable", [], "s_load"));
        Assert.Equal("SALES/wf/wl_a/wl_b/s_load", OutputNames.SessionDirectory("SALES", "wf", ["wl_a", "wl_b"], "s_load"));
    }
}
