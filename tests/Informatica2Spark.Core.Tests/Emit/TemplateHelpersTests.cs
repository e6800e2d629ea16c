using Informatica2Spark.Core.Emit.Templates;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using YamlDotNet.Serialization;

namespace Informatica2Spark.Core.Tests.Emit;

/// <summary>Every value a template places reads back as itself in the language it is placed in.</summary>
public sealed class TemplateHelpersTests
{
    public static TheoryData<string> Values => new(
        "plain",
        "SELECT * FROM T WHERE A = 'x' AND B = \"y\"\r\nAND C LIKE '%\\_%'",
        "tab\tand\0nul and \u0001 control",
        "Grüße, 東京, emoji \U0001F600",
        "$$LOAD_DATE and $PMRootDir\\BadFiles",
        "'; rm -rf / #",
        "");

    [Theory]
    [MemberData(nameof(Values))]
    public void A_csharp_literal_parses_back_to_the_value(string value)
    {
        var literal = TemplateHelpers.CSharp(value);
        var parsed = SyntaxFactory.ParseExpression(literal);

        Assert.Empty(parsed.GetDiagnostics());
        Assert.Equal(value, ((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)parsed).Token.ValueText);
        Assert.True(literal.All(c => c is >= ' ' and <= '~'), literal);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void A_yaml_scalar_reads_back_to_the_value(string value)
    {
        var yaml = $"value: {TemplateHelpers.Yaml(value)}\n";

        Assert.Equal(value, new DeserializerBuilder().Build().Deserialize<Dictionary<string, string>>(yaml)["value"]);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void A_shell_word_is_one_literal_argument(string value)
    {
        using var bash = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash", ["-c", $"printf %s {TemplateHelpers.Shell(value.Replace("\0", string.Empty, StringComparison.Ordinal))}"])
        {
            RedirectStandardOutput = true,
        })!;
        var output = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();

        Assert.Equal(value.Replace("\0", string.Empty, StringComparison.Ordinal), output);
    }

    [Fact]
    public void Markdown_cells_and_lines_stay_on_one_line_and_in_their_cell()
    {
        Assert.Equal("a \\| b &lt;c> \\`d\\` e f", TemplateHelpers.Markdown("a | b <c> `d`\r\n e\tf"));
        Assert.Equal("a b", TemplateHelpers.Line("a\n\n b "));
        Assert.Equal("null", TemplateHelpers.CSharp(null));
    }
}
