using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Emit.Spark;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// One session occurrence through the whole pipeline: SessionConfig, ParameterResolver, ConnectionManager, validator,
/// PerformanceOptimizer, then the emitters. It returns all its files, or none when it fails.
/// </summary>
internal static class SessionConversion
{
    public static (SessionSummary Summary, IReadOnlyList<OutputFile> Files) Convert(
        ExportDocument document, Folder folder, SessionOccurrence occurrence, ParameterInputs parameterInputs, ConversionRequest request, string directory)
    {
        try
        {
            var input = Input(document, folder, occurrence, parameterInputs, request.Options, out var findings);
            var job = SessionConverter.Convert(input, Tuning.Of(input, request), [.. findings, .. SessionFindings.Of(input)], directory, request.Options);
            var files = SessionEmitters.Emit(new JobView(job), request.Templates).ToList();
            return (Summary(occurrence, directory, job.Status, job.Diagnostics), files);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            var position = occurrence.Instance?.Position ?? occurrence.Session.Position;
            var failure = DiagnosticCodes.SessionNotConverted.Create(
                $"{occurrence.Name} could not be converted: {error.Message}; the other sessions were converted",
                new SourceLocation(document.Path, position.Line, position.Column, occurrence.ObjectPath));
            return (Summary(occurrence, directory, ConversionStatus.Failed, [failure]), []);
        }
    }

    private static SessionInput Input(
        ExportDocument document, Folder folder, SessionOccurrence occurrence, ParameterInputs parameterInputs, ConversionOptions options, out List<Diagnostic> findings)
    {
        var (config, built) = SessionConfigBuilder.Build(document, folder, occurrence);
        var resolution = SessionParameters.Resolve(document.Path, folder, occurrence, parameterInputs).Resolution;
        var parameters = RunTimeParameters.Mark(resolution.Parameters);
        var connections = options.Catalog is { } catalog
            ? ConnectionResolver.Resolve(config, parameters, catalog)
            : WithoutCatalog(ConnectionResolver.Resolve(config, parameters, new CatalogEnvironment("(none)", [])));
        var mapping = folder.Mappings.FirstOrDefault(m => m.Name.Equals(config.Identity.MappingName, StringComparison.OrdinalIgnoreCase));
        findings = [.. built, .. resolution.Diagnostics.Select(PerRunWithoutValue), .. connections.Diagnostics.Select(PerRunWithoutValue)];
        return new SessionInput(document.Path, folder, config, mapping, parameters, SessionParameters.FilesOf(folder, occurrence, parameterInputs), connections.DataSources);
    }

    /// <summary>
    /// A per-run parameter with no value at conversion can still be given when the driver runs, so for convert it is
    /// a warning; the driver refuses to start while it has none.
    /// </summary>
    private static Diagnostic PerRunWithoutValue(Diagnostic diagnostic) =>
        (diagnostic.Code == DiagnosticCodes.ParameterUnresolved.Code || diagnostic.Code == DiagnosticCodes.ConnectionUnresolved.Code)
        && RunTimeParameters.FirstMentioned(diagnostic.Message) is { } name && RunTimeParameters.IsPerRun(name)
            ? diagnostic with { Severity = Severity.Warning, Message = diagnostic.Message + "; the driver takes it when it runs and refuses to start without it" }
            : diagnostic;

    /// <summary>Without a catalog every named connection is unknown by design: the converter reports the loads it refuses instead.</summary>
    private static ConnectionResolution WithoutCatalog(ConnectionResolution resolution) =>
        resolution with { Diagnostics = [.. resolution.Diagnostics.Where(d => d.Code != DiagnosticCodes.ConnectionNotInCatalog.Code)] };

    private static SessionSummary Summary(SessionOccurrence occurrence, string directory, ConversionStatus status, IReadOnlyList<Diagnostic> diagnostics) =>
        new(occurrence.Folder, occurrence.Workflow, occurrence.WorkletPath, occurrence.Name, occurrence.ObjectPath, directory, status, diagnostics);
}
