using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Pipeline;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Validation.Sessions;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Validation.Sessions;

/// <summary>The session rules over every session of the real corpus: no exception, and the findings per code reviewed as a snapshot.</summary>
public sealed class SessionRulesCorpusTests
{
    [CorpusFact]
    public void Every_corpus_session_is_checked_and_the_findings_per_code_are_stable()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var sessions = 0;
        foreach (var file in RepositoryPaths.CorpusExports)
        {
            using var stream = File.OpenRead(file);
            var document = ExportReader.ReadDocument(stream, Path.GetFileName(file)).Document!;
            foreach (var (doc, folder, occurrence) in SessionOccurrences.In([document]))
            {
                sessions++;
                foreach (var finding in SessionRules.Run(SessionInputs.Build(doc, folder, occurrence, new ParameterInputs(), null).Input))
                {
                    counts[$"{finding.Code} {finding.Severity.ToString().ToLowerInvariant()}"] = counts.GetValueOrDefault($"{finding.Code} {finding.Severity.ToString().ToLowerInvariant()}") + 1;
                }
            }
        }

        Snapshot.Verify($"sessions: {sessions}\n" + string.Concat(counts.Select(c => $"{c.Key}: {c.Value}\n")), "txt");
    }
}
