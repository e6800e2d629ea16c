using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Emit.Spark;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Validation.Sessions;

namespace Informatica2Spark.Core.Pipeline;

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
            var (input, findings) = SessionInputs.Build(document, folder, occurrence, parameterInputs, request.Options.Catalog);
            var job = SessionConverter.Convert(input, Tuning.Of(input, request.Options), [.. findings, .. SessionRules.Run(input)], directory, request.Options);
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

    private static SessionSummary Summary(SessionOccurrence occurrence, string directory, ConversionStatus status, IReadOnlyList<Diagnostic> diagnostics) =>
        new(occurrence.Folder, occurrence.Workflow, occurrence.WorkletPath, occurrence.Name, occurrence.ObjectPath, directory, status, diagnostics);
}
