using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Connections;

public class ConnectionCorpusTests
{
    private static readonly string[] DataExtensions = ["READER", "WRITER", "LOOKUPEXTENSION"];

    /// <summary>
    /// With an empty catalog, every connection a corpus session's readers, writers and lookups name is reported missing,
    /// by name, with the session's location; task instance overrides win over the session's own extensions.
    /// </summary>
    [CorpusFact]
    public void Every_connection_a_corpus_session_names_is_reported_missing_by_name_and_location()
    {
        var empty = new CatalogEnvironment("empty", []);
        var checkedNames = 0;
        foreach (var file in RepositoryPaths.CorpusExports)
        {
            using var stream = File.OpenRead(file);
            var document = ExportReader.ReadDocument(stream, Path.GetFileName(file)).Document!;
            foreach (var (_, folder, occurrence) in SessionOccurrences.In([document]))
            {
                var (config, _) = SessionConfigBuilder.Build(document, folder, occurrence);
                var parameters = SessionParameters.Resolve(document.Path, folder, occurrence, new ParameterInputs()).Resolution.Parameters;
                var reported = ConnectionResolver.Resolve(config, parameters, empty).Diagnostics
                    .Where(d => d.Code == "I2S0407")
                    .Select(d => (Name: d.Message.Split('\'')[1], d.Location))
                    .ToList();

                var overridden = (occurrence.Instance?.Extensions ?? []).Select(e => (e.InstanceName.ToUpperInvariant(), e.Type)).ToHashSet();
                var named = occurrence.Session.Extensions.Where(e => !overridden.Contains((e.InstanceName.ToUpperInvariant(), e.Type)))
                    .Concat(occurrence.Instance?.Extensions ?? [])
                    .Where(e => DataExtensions.Contains(e.Type))
                    .SelectMany(e => e.Connections.Select(c => c.ConnectionName))
                    .Where(n => n.Length > 0 && !n.StartsWith('$'))
                    .Distinct(StringComparer.OrdinalIgnoreCase);
                foreach (var name in named)
                {
                    checkedNames++;
                    Assert.True(reported.Any(r => r.Name.Equals(name, StringComparison.OrdinalIgnoreCase)), $"{file}: {occurrence.ObjectPath}: '{name}' not reported");
                }

                Assert.All(reported, r => Assert.Equal((Path.GetFileName(file), occurrence.ObjectPath), (r.Location.File, r.Location.ObjectPath)));
                Assert.All(reported, r => Assert.True(r.Location.Line > 0));
            }
        }

        Assert.True(checkedNames > 100, $"{checkedNames} named connections checked");
    }
}
