using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Emit.Spark;
using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Validation.Sessions;

namespace Informatica2Spark.Core.Pipeline;

/// <summary>
/// One session occurrence through the whole pipeline: SessionConfig, ParameterResolver, ConnectionManager, validator,
/// PerformanceOptimizer, then the emitters. It returns all its files, or none when it fails: an
/// <see cref="InputException"/> is reported with its message (I2S0804), any other exception as an internal error kept
/// in the summary, so the caller logs its stack trace and exits 70; the other sessions are converted either way.
/// </summary>
internal static class SessionConversion
{
    /// <param name="plans">The mapping plans shared by the sessions converted with this one (<see cref="PlanCache"/>).</param>
    public static (SessionSummary Summary, IReadOnlyList<OutputFile> Files) Convert(
        ExportDocument document, Folder folder, SessionOccurrence occurrence, ParameterInputs parameterInputs, ConversionRequest request, string directory, PlanCache plans)
    {
        try
        {
            request.BeforeSession?.Invoke(occurrence);
            var (input, findings) = SessionInputs.Build(document, folder, occurrence, parameterInputs, request.Options.Catalog);
            var job = SessionConverter.Convert(input, Tuning.Of(input, request.Options), [.. findings, .. SessionRules.Run(input), .. DefaultSession(document, occurrence)], directory, request.Options, plans);
            var files = SessionEmitters.Emit(new JobView(job), request.Templates).ToList();
            return (Summary(document, occurrence, directory, job.Status, job.Diagnostics) with { Figures = job.Figures, MappingKey = job.MappingKey, RunsNoSession = occurrence.RunsNoSession, Detail = request.KeepDetails ? new SessionDetail(input, job) : null }, files);
        }
        catch (InputException error)
        {
            return (Summary(document, occurrence, directory, ConversionStatus.Failed, [Failure(document, occurrence, error.Message)]), []);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            var failure = Failure(document, occurrence, $"internal error: {error.GetType().Name}: {error.Message} (a bug in i2s: rerun with --verbosity diagnostic for the stack trace and report it)");
            return (Summary(document, occurrence, directory, ConversionStatus.Failed, [failure]) with { InternalError = error }, []);
        }
    }

    /// <summary>A mapping no session runs is converted with the session the Workflow Manager would create for it: said so.</summary>
    private static IEnumerable<Diagnostic> DefaultSession(ExportDocument document, SessionOccurrence occurrence)
    {
        if (occurrence.RunsNoSession)
        {
            yield return DiagnosticCodes.MappingRunByNoSession.Create(
                $"{occurrence.Session.MappingName}: no session of the export runs this mapping; it is converted as session {occurrence.Name} with the default session settings "
                + "(the folder's default session config, no connections, parameter file or overrides): set them in a session and convert that before running the job",
                new SourceLocation(document.Path, occurrence.Session.Position.Line, occurrence.Session.Position.Column, occurrence.ObjectPath));
        }
    }

    private static Diagnostic Failure(ExportDocument document, SessionOccurrence occurrence, string reason)
    {
        var position = occurrence.Instance?.Position ?? occurrence.Session.Position;
        return DiagnosticCodes.SessionNotConverted.Create(
            $"{occurrence.Name} could not be converted: {reason}; the other sessions were converted",
            new SourceLocation(document.Path, position.Line, position.Column, occurrence.ObjectPath));
    }

    private static SessionSummary Summary(ExportDocument document, SessionOccurrence occurrence, string directory, ConversionStatus status, IReadOnlyList<Diagnostic> diagnostics) =>
        new(document.Path, occurrence.Folder, occurrence.Workflow, occurrence.WorkletPath, occurrence.Name, occurrence.ObjectPath, directory, status, diagnostics);
}
