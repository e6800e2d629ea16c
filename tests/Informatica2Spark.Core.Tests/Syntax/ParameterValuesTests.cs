using Informatica2Spark.Syntax;
using Xunit;

namespace Informatica2Spark.Core.Tests.Syntax;

/// <summary>Blank and &lt;null&gt; assign no value (Advanced Workflow Guide, Null Values); unfilled placeholders are recognised.</summary>
public sealed class ParameterValuesTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("   ", true)]
    [InlineData("<null>", true)]
    [InlineData("<NULL>", true)]
    [InlineData("NULL", false)]
    [InlineData("''", false)]
    public void No_value(string value, bool expected) => Assert.Equal(expected, ParameterValues.IsNoValue(value));

    [Theory]
    [InlineData("{{DB_CONNECTION}}", true)]
    [InlineData("<connection name>", true)]
    [InlineData("${LOAD_DATE}", true)]
    [InlineData("@LOAD_DATE@", true)]
    [InlineData("<null>", false)]
    [InlineData("a <b> c", false)]
    [InlineData("x{{y}}", false)]
    [InlineData("ORA_SALES", false)]
    [InlineData("a@b.c", false)]
    public void Placeholders(string value, bool expected) => Assert.Equal(expected, ParameterValues.IsPlaceholder(value));
}
