using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Validation;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Validation;

/// <summary>COBOL sources nest elementary items inside group items: the elementary items are the source's fields, group items are not.</summary>
public sealed class NestedSourceFieldTests
{
    private const string Export = "sources/cobol_nested_fields.xml";

    [Fact]
    public void Connectors_from_fields_nested_in_group_items_are_valid()
    {
        var report = ExportValidation.Run([Input(Export, File.ReadAllText(Path.Combine(RepositoryPaths.TestData, Export)))]);

        Assert.Equal(0, report.Count(Severity.Error));
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "I2S0206");
    }

    [Fact]
    public void Elementary_items_at_any_depth_are_the_fields_in_file_order_with_their_physical_layout()
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.TestData, Export));
        var document = ExportReader.ReadDocument(stream, Export).Document!;

        var source = Assert.Single(document.Folders.Single().Sources);
        Assert.Equal(["ACCT_ID", "OPEN_BAL", "CLOSE_BAL"], source.Fields.Select(f => f.Name));
        Assert.All(source.Fields, f => Assert.NotNull(f.DataType));
        Assert.Equal([(0, 8), (8, 8), (16, 8)], source.Fields.Select(f => (f.PhysicalOffset!.Value, f.PhysicalLength!.Value)));
    }

    [Fact]
    public void A_group_item_is_not_connectable()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, Export)).Replace(
            "FROMFIELD=\"OPEN_BAL\" FROMINSTANCE=\"ACCT_MASTER\"", "FROMFIELD=\"ACCT_BALANCES\" FROMINSTANCE=\"ACCT_MASTER\"", StringComparison.Ordinal);

        var report = ExportValidation.Run([Input(Export, text)]);

        var error = Assert.Single(report.Diagnostics, d => d.Code == "I2S0206");
        Assert.Contains("'ACCT_BALANCES'", error.Message, StringComparison.Ordinal);
    }

    private static ExportInput Input(string name, string text) =>
        new("testdata/" + name, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));
}
