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

    [Fact]
    public void Long_names_are_shortened_by_one_rule_that_keeps_them_apart()
    {
        var name = new string('s', 150) + "_a";
        var other = new string('s', 150) + "_b";

        var file = OutputNames.File(name);
        Assert.Equal(OutputNames.MaxLength, file.Length);
        Assert.StartsWith(new string('s', 91) + "_", file, StringComparison.Ordinal);
        Assert.Equal(file, OutputNames.File(name));
        Assert.NotEqual(file, OutputNames.File(other));
        Assert.Equal(file, OutputNames.Project(name));
        Assert.Equal($"F/wf/{file}", OutputNames.SessionDirectory("F", "wf", [], name));
        Assert.Equal($"F/{file}", OutputNames.WorkflowDirectory("F", name));
        Assert.Equal(new string('s', 100), OutputNames.File(new string('s', 100)));
    }
}
