using System.Runtime.CompilerServices;
using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Pipeline;

/// <summary>
/// A session occurrence made ready for the validator and the optimizer: its SessionConfig, its parameters resolved
/// (per-run ones marked), its data sources resolved by the ConnectionManager, with everything found on the way.
/// </summary>
public static class SessionInputs
{
    public static (SessionInput Input, IReadOnlyList<Diagnostic> Findings) Build(
        ExportDocument document, Folder folder, SessionOccurrence occurrence, ParameterInputs parameterInputs, CatalogEnvironment? catalog)
    {
        var (config, built) = SessionConfigBuilder.Build(document, folder, occurrence);
        var report = SessionParameters.Resolve(document.Path, folder, occurrence, parameterInputs);
        var resolution = report.Resolution;
        var parameters = RunTimeParameters.Mark(resolution.Parameters, report.Usages);
        var connections = catalog is { } known
            ? ConnectionResolver.Resolve(config, parameters, known)
            : WithoutCatalog(ConnectionResolver.Resolve(config, parameters, new CatalogEnvironment("(none)", [])));
        var (mappingFolder, mapping) = SessionConfigBuilder.FindMapping(document, folder, config.Identity.MappingName);
        IReadOnlyList<Diagnostic> findings = [.. built, .. resolution.Diagnostics, .. connections.Diagnostics];
        return (new SessionInput(document.Path, mappingFolder, config, mapping, parameters, SessionParameters.FilesOf(folder, occurrence, parameterInputs), connections.DataSources) { Folders = FoldersOf(document) }, findings);
    }

    /// <summary>
    /// Every folder of <paramref name="document"/>, listed once per document object and shared by its sessions: a
    /// document is immutable (a later read, or a folder replaced, is another object), so the list never changes.
    /// </summary>
    private static IReadOnlyList<Folder> FoldersOf(ExportDocument document) => DocumentFolders.GetValue(document, d => d.Folders.ToList());

    private static readonly ConditionalWeakTable<ExportDocument, IReadOnlyList<Folder>> DocumentFolders = new();

    /// <summary>Without a catalog every named connection is unknown by design: the converter reports the loads it refuses instead.</summary>
    private static ConnectionResolution WithoutCatalog(ConnectionResolution resolution) =>
        resolution with { Diagnostics = [.. resolution.Diagnostics.Where(d => d.Code != DiagnosticCodes.ConnectionNotInCatalog.Code)] };
}
