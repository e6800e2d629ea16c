using System.Text.Json;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>
/// <c>i2s convert</c> over the whole corpus: every session converted or its gap stated, never a crash; the run's
/// figures (transformation instances by status, target loads translated, with their denominators) and the sessions by
/// status are kept as a snapshot, so a regression shows.
/// </summary>
public sealed class ConvertCorpusTests
{
    [CorpusFact]
    public void Every_corpus_session_gets_its_files_and_a_manifest_entry()
    {
        using var output = ConvertOutput.Run("../shared/corpus/xml");

        Assert.True(output.Exit is 0 or 1, $"exit {output.Exit}: {output.Stderr}");
        Assert.DoesNotContain("I2S0804", output.Stdout, StringComparison.Ordinal);

        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Directory, "i2s-manifest.json"))).RootElement;
        var sessions = manifest.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(CorpusOccurrences().Order(StringComparer.Ordinal), sessions.Select(s => s.GetProperty("objectPath").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(39, manifest.GetProperty("inputs").GetArrayLength());

        var files = output.Files();
        foreach (var session in sessions)
        {
            var dir = session.GetProperty("dir").GetString()!;
            foreach (var name in new[] { "spark-defaults.conf", "job.yaml", "submit.sh", "driver/Program.cs", "REPORT.md" })
            {
                Assert.True(files.ContainsKey($"{dir}/{name}"), $"{dir}/{name} is missing");
            }

            if (!session.GetProperty("status").GetString()!.Equals("converted", StringComparison.Ordinal))
            {
                Assert.Contains("## Not converted", files[$"{dir}/REPORT.md"], StringComparison.Ordinal);
            }
        }

        var figures = manifest.GetProperty("automation");
        var byStatus = sessions.GroupBy(s => s.GetProperty("status").GetString()!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"  {g.Key}: {g.Count()}\n");
        Snapshot.Verify(
            "automation:\n" + string.Concat(figures.EnumerateObject().Select(p => $"  {p.Name}: {p.Value.GetRawText()}\n"))
            + "sessions:\n" + string.Concat(byStatus)
            + "summary: " + output.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Split("; wrote", StringSplitOptions.None)[0] + "\n",
            "txt");
    }

    private static IEnumerable<string> CorpusOccurrences()
    {
        var inputs = RepositoryPaths.CorpusExports
            .Select(path => new ExportInput(path, () => File.OpenRead(path))).ToList();
        var (documents, _) = ExportDocuments.Read(inputs);
        // Every session occurrence, and every mapping no session of its export runs (converted with default session settings).
        return SessionOccurrences.In(documents).Select(o => o.Occurrence.ObjectPath)
            .Concat(documents.SelectMany(d => d.Repositories.SelectMany(r => r.Folders.SelectMany(f => SessionOccurrences.OfUnrunMappings(d, r.Name, f)))).Select(o => o.ObjectPath));
    }
}
