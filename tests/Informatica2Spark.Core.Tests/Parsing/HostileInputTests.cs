using System.Diagnostics;
using System.Text;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parsing;

/// <summary>Hostile and broken input: one located diagnostic with the right code, nothing disclosed, no hang.</summary>
public class HostileInputTests
{
    [Theory]
    [InlineData("xxe.xml", "I2S0005")]
    [InlineData("billion-laughs.xml", "I2S0005")]
    [InlineData("undeclared-entity.xml", "I2S0006")]
    [InlineData("empty.xml", "I2S0002")]
    [InlineData("binary.xml", "I2S0009")]
    [InlineData("truncated.xml", "I2S0011")]
    [InlineData("wrong-root.xml", "I2S0004")]
    [InlineData("not-well-formed.xml", "I2S0003")]
    [InlineData("wrong-encoding.xml", "I2S0010")]
    [InlineData("unknown-encoding.xml", "I2S0010")]
    public void Each_broken_input_gives_its_single_code(string file, string code)
    {
        var (outcome, elapsed) = Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.TestData, "broken", file)), file);

        Assert.False(outcome.IsReadable);
        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(file, diagnostic.Location.File);
        Assert.True(diagnostic.Location.Line > 0 && diagnostic.Location.Column > 0, diagnostic.ToString());
        Assert.DoesNotContain("root:", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/etc/passwd", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', diagnostic.ToString());
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"took {elapsed}");
    }

    [Fact]
    public void Broken_input_diagnostics_snapshot()
    {
        var lines = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.TestData, "broken")).Order(StringComparer.Ordinal))
        {
            var name = "testdata/broken/" + Path.GetFileName(file);
            using var stream = File.OpenRead(file);
            foreach (var diagnostic in ExportReader.Read(stream, name, NullSink.Instance).Diagnostics)
            {
                lines.Append(diagnostic).Append('\n');
            }
        }

        Snapshot.Verify(lines.ToString(), "txt");
    }

    [Fact]
    public void Deep_nesting_is_refused_within_the_limit()
    {
        var depth = 100_000;
        var xml = new StringBuilder("<POWERMART><REPOSITORY NAME=\"R\"><FOLDER NAME=\"F\"><SOURCE NAME=\"S\" DATABASETYPE=\"Oracle\">");
        xml.Insert(xml.Length, "<SOURCEFIELD NAME=\"a\">", depth);
        var (outcome, elapsed) = Read(Encoding.UTF8.GetBytes(xml.ToString()), "deep.xml");

        Assert.Equal("I2S0008", Assert.Single(outcome.Diagnostics).Code);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"took {elapsed}");
    }

    [Fact]
    public void Documents_over_the_size_limit_are_refused()
    {
        var body = string.Concat(Enumerable.Repeat("<FOLDER NAME=\"F\"/>", 10_000));
        var bytes = Encoding.UTF8.GetBytes("<POWERMART><REPOSITORY NAME=\"R\">" + body + "</REPOSITORY></POWERMART>");
        using var stream = new MemoryStream(bytes);

        var outcome = ExportReader.Read(stream, "big.xml", NullSink.Instance, new ExportReaderOptions { MaxDocumentCharacters = 50_000 });

        Assert.Equal("I2S0007", Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public void A_doctype_naming_another_dtd_is_noted_never_fetched()
    {
        var (outcome, _) = Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.TestData, "broken", "other-dtd.xml")), "other-dtd.xml");

        Assert.True(outcome.IsReadable);
        Assert.Equal("I2S0103", Assert.Single(outcome.Diagnostics).Code);
    }

    private static (ExportReadOutcome Outcome, TimeSpan Elapsed) Read(byte[] bytes, string name)
    {
        using var stream = new MemoryStream(bytes);
        var clock = Stopwatch.StartNew();
        var outcome = ExportReader.Read(stream, name, NullSink.Instance);
        return (outcome, clock.Elapsed);
    }
}

/// <summary>A sink that discards everything: for tests of diagnostics alone.</summary>
internal sealed class NullSink : IExportSink
{
    public static NullSink Instance { get; } = new();

    public void OnDocument(string path, string? creationDate, string? repositoryVersion, string? encoding)
    {
    }

    public void OnRepository(string name, string? version, string? codePage, string? databaseType, Model.TextPosition position)
    {
    }

    public void OnFolderStart(Model.FolderHeader folder)
    {
    }

    public void OnObject(Model.FolderHeader folder, Model.IModelObject item)
    {
    }

    public void OnFolderEnd(Model.FolderHeader folder)
    {
    }
}
