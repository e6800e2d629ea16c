using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parsing;

public class ExportReaderCorpusTests
{
    public static TheoryData<string> CorpusFiles() => ExportSchemaTests.CorpusFiles();

    [CorpusTheory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_corpus_export_reads_completely(string fileName)
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.Corpus, "xml", fileName));

        var result = ExportReader.ReadDocument(stream, "corpus/" + fileName);

        Assert.True(result.IsReadable, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= Severity.Warning);
        var document = result.Document!;
        Assert.NotEmpty(document.Folders);
        Assert.All(document.Folders, f => Assert.False(string.IsNullOrEmpty(f.Name)));
    }

    [CorpusFact]
    public void Corpus_object_counts_match_the_manifest()
    {
        var manifest = File.ReadAllLines(Path.Combine(RepositoryPaths.Corpus, "MANIFEST.tsv"));
        var header = manifest[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name);
        foreach (var row in manifest.Skip(1).Select(l => l.Split('\t')).Where(r => r[Column("kind")] == "xml_export"))
        {
            using var stream = File.OpenRead(Path.Combine(RepositoryPaths.Corpus, row[Column("local_file")]));
            var document = ExportReader.ReadDocument(stream, row[0]).Document!;
            var folders = document.Folders.ToList();
            var workflows = folders.SelectMany(f => f.Workflows).ToList();
            var sessions = folders.Sum(f => f.Sessions.Count)
                + workflows.Sum(w => w.Sessions.Count + NestedSessions(w.Worklets))
                + folders.Sum(f => NestedSessions(f.Worklets));

            Assert.True(int.Parse(row[Column("n_folders")]) == folders.Count, $"{row[0]} folders");
            Assert.True(int.Parse(row[Column("n_mappings")]) == folders.Sum(f => f.Mappings.Count), $"{row[0]} mappings");
            Assert.True(int.Parse(row[Column("n_workflows")]) == workflows.Count, $"{row[0]} workflows");
            Assert.True(int.Parse(row[Column("n_sessions")]) == sessions, $"{row[0]} sessions: {sessions}");
            Assert.True(int.Parse(row[Column("n_shortcuts")]) == folders.Sum(f => f.Shortcuts.Count), $"{row[0]} shortcuts");
        }
    }

    private static int NestedSessions(IReadOnlyList<Model.Worklet> worklets) =>
        worklets.Sum(w => w.Sessions.Count + NestedSessions(w.Worklets));
}
