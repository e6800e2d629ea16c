using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Pipeline;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Testing;

namespace Informatica2Spark.Core.Tests.Validation.Sessions;

/// <summary>Session inputs built from the testdata exports, as the converter builds them.</summary>
internal static class SessionCases
{
    /// <summary>A session of a testdata export with its parameter files applied (no catalog).</summary>
    public static SessionInput Of(string export, string session, params string[] parameterFiles) => Of(export, session, null, parameterFiles);

    /// <summary>A session with its parameter files and the dev environment of testdata/connections/connections.yaml.</summary>
    public static SessionInput WithCatalog(string export, string session, params string[] parameterFiles) =>
        Of(export, session, ConnectionCatalogLoader.Load(File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "connections", "connections.yaml")), "connections.yaml")
            .Catalog!.Select("dev", null).Environment, parameterFiles);

    private static SessionInput Of(string export, string session, CatalogEnvironment? catalog, string[] parameterFiles)
    {
        var path = Path.Combine(RepositoryPaths.TestData, "exports", export);
        using var stream = File.OpenRead(path);
        var document = ExportReader.ReadDocument(stream, $"testdata/exports/{export}").Document!;
        var files = parameterFiles.Select(f => ParameterFileParser.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "params", f)), $"testdata/params/{f}").File).ToList();
        var (document2, folder, occurrence) = SessionOccurrences.In([document]).First(o => o.Occurrence.Name == session);
        return SessionInputs.Build(document2, folder, occurrence, new ParameterInputs { Files = files }, catalog).Input;
    }

    /// <summary>The session <c>s_m_load_gl</c> of direct_loads.xml: a clean session no rule fires on.</summary>
    public static SessionInput Clean() => Of("direct_loads.xml", "s_m_load_gl");
}
