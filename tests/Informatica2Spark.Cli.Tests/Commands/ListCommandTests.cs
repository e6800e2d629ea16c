using System.Text.Json;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

public class ListCommandTests
{
    [Fact]
    public void Json_inventory_of_testdata_snapshot()
    {
        var (exit, stdout, _) = CliRunner.Run("list", "--format", "json", "testdata/exports");
        Assert.Equal(0, exit);
        Snapshot.Verify(stdout, "json");
    }

    [Fact]
    public void Text_inventory_of_testdata_snapshot()
    {
        var (exit, stdout, _) = CliRunner.Run("list", "testdata/exports");
        Assert.Equal(0, exit);
        Snapshot.Verify(stdout, "txt");
    }

    [Fact]
    public void Unreadable_files_are_reported_and_exit_3()
    {
        var (exit, stdout, stderr) = CliRunner.Run("list", "testdata/exports/multi_folder.xml", "testdata/broken/empty.xml");

        Assert.Equal(3, exit);
        Assert.Contains("MARKETING", stdout, StringComparison.Ordinal);
        Assert.Equal("testdata/broken/empty.xml:1:1: error I2S0002: the file is empty: an export starts with <POWERMART>\n", stderr);
    }

    [CorpusFact]
    public void The_whole_corpus_lists_every_file_and_folder()
    {
        var (exit, stdout, _) = CliRunner.Run("list", "--format", "json", "../shared/corpus/xml");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(39, files.Count);
        var manifest = File.ReadAllLines(Path.Combine(RepositoryPaths.Corpus, "MANIFEST.tsv")).Skip(1).Select(l => l.Split('\t'))
            .ToDictionary(r => Path.GetFileName(r[0]), r => r[24].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(n => n.Replace("(SHARED)", string.Empty, StringComparison.Ordinal)).ToArray());
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.GetProperty("path").GetString()!);
            var folders = file.GetProperty("folders").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
            Assert.Equal(manifest[name].Order(StringComparer.Ordinal), folders.Order(StringComparer.Ordinal));
        }
    }
}
