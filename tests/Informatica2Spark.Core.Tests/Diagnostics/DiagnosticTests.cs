using Informatica2Spark.Core.Diagnostics;
using Xunit;

namespace Informatica2Spark.Core.Tests.Diagnostics;

public class DiagnosticTests
{
    [Fact]
    public void One_line_form_has_position_severity_code_and_path()
    {
        var diagnostic = DiagnosticCodes.NotWellFormed.Create(
            "Unexpected end of file.\nMore text",
            new SourceLocation("exports/a.xml", 12, 7, "F1/WF:wf_load/ST:s_load"));

        Assert.Equal(
            "exports/a.xml:12:7: error I2S0003: Unexpected end of file. More text [F1/WF:wf_load/ST:s_load]",
            diagnostic.ToString());
    }

    [Theory]
    [InlineData("a.xml", 3, 0, null, "a.xml:3: error I2S0003: m")]
    [InlineData("a.xml", 0, 5, "", "a.xml: error I2S0003: m")]
    [InlineData("", 0, 0, "F/M:m", "error I2S0003: m [F/M:m]")]
    [InlineData("", 2, 1, null, ":2:1: error I2S0003: m")]
    [InlineData(null, 4, 4, "F", "error I2S0003: m [F]")]
    public void One_line_form_leaves_out_what_the_location_lacks(string? file, int line, int column, string? path, string expected) =>
        Assert.Equal(expected, DiagnosticCodes.NotWellFormed.Create("m", new SourceLocation(file, line, column, path)).ToString());

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = DiagnosticCodes.All.Select(d => d.Code).ToList();
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^I2S[0-9]{4}$", c));
    }

    [Fact]
    public void Sorting_is_by_file_then_position_then_code()
    {
        var bag = new DiagnosticBag();
        bag.Add(DiagnosticCodes.SchemaViolation, "b", new SourceLocation("b.xml", 1, 1));
        bag.Add(DiagnosticCodes.SchemaViolation, "a2", new SourceLocation("a.xml", 3, 1));
        bag.Add(DiagnosticCodes.NotWellFormed, "a1", new SourceLocation("a.xml", 3, 1));

        Assert.Equal(["a1", "a2", "b"], bag.Sorted().Select(d => d.Message));
        Assert.True(bag.HasErrors);
    }
}
