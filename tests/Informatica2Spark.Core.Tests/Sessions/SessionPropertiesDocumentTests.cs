using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Sessions;

/// <summary>docs/session-properties.md against the mapped names and against the corpus's attribute inventory.</summary>
public class SessionPropertiesDocumentTests
{
    private static readonly string[] Contexts = ["SESSION", "CONFIG", "SESSION/CONFIGREFERENCE", "SESSTRANSFORMATIONINST", "SESSIONEXTENSION"];

    private static List<(string Context, string Name, string Field, string Reason)> Rows() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "session-properties.md"))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && Contexts.Any(c => l.StartsWith("| " + c + " |", StringComparison.Ordinal)))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(c => (c[1], c[2], c[3], c[4]))
            .ToList();

    [Fact]
    public void Typed_rows_name_mapped_attributes_and_kept_rows_give_reasons()
    {
        var rows = Rows();
        Assert.NotEmpty(rows);
        foreach (var (context, name, field, reason) in rows)
        {
            if (field == "kept")
            {
                Assert.False(SessionAttributeNames.Mapped.Contains(name), $"{context} '{name}' is mapped but documented as kept");
                Assert.True(reason.Length > 10, $"{context} '{name}' is kept without a reason");
            }
            else
            {
                Assert.True(SessionAttributeNames.Mapped.Contains(name), $"{context} '{name}' is documented as {field} but not mapped");
                Assert.StartsWith("`", field, StringComparison.Ordinal);
            }
        }
    }

    [CorpusFact]
    public void Every_session_attribute_of_the_corpus_is_documented()
    {
        var documented = Rows().Select(r => (r.Context, r.Name)).ToHashSet();
        var seen = File.ReadAllLines(Path.Combine(RepositoryPaths.Corpus, "ATTRIBUTES.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .Where(c => Contexts.Contains(c[0]))
            .Select(c => (c[0], c[2]))
            .ToList();

        Assert.True(seen.Count > 100, $"{seen.Count} attributes");
        Assert.All(seen, s => Assert.True(documented.Contains(s), $"{s.Item1} '{s.Item2}' is not in docs/session-properties.md"));
    }
}
