using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Parameters;

/// <summary>A session occurrence's parameters: where each is used and how each resolves.</summary>
public sealed record SessionParameterReport(SessionOccurrence Occurrence, IReadOnlyList<ParameterUsage> Usages, ParameterResolution Resolution);

/// <summary>The entry point of <c>i2s params</c>: resolve every parameter and variable one session uses.</summary>
public static class SessionParameters
{
    public static SessionParameterReport Resolve(string file, Folder folder, SessionOccurrence occurrence, ParameterInputs inputs)
    {
        var usages = ParameterUsageCollector.Collect(file, folder, occurrence);
        var mapping = folder.Mappings.FirstOrDefault(m => m.Name.Equals(occurrence.Session.MappingName, StringComparison.OrdinalIgnoreCase));
        var declared = mapping?.Variables.Select(v => new DeclaredParameter(v.Name, v.DataType, v.DefaultValue, !v.IsParameter,
            new SourceLocation(file, v.Position.Line, v.Position.Column, ObjectPath.Child(folder.Name, ObjectPath.Mapping, mapping.Name)))).ToList() ?? [];
        var position = occurrence.Instance?.Position ?? occurrence.Session.Position;
        var request = new ParameterRequest(occurrence.Scope())
        {
            MappingName = occurrence.Session.MappingName,
            Files = FilesOf(folder, occurrence, inputs),
            Cli = inputs.Cli,
            Environment = inputs.Environment,
            ReadsEnvironment = inputs.ReadsEnvironment,
            Declared = declared,
            Assignments = AssignmentsOf(file, occurrence),
            Used = usages.Select(u => u.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Location = new SourceLocation(file, position.Line, position.Column, occurrence.ObjectPath),
        };
        var resolution = ParameterResolver.Resolve(request);
        return new SessionParameterReport(occurrence, usages, resolution with { Diagnostics = [.. resolution.Diagnostics.Select(RunTimeParameters.WithoutValue)] });
    }

    /// <summary>
    /// The parameter file a session occurrence runs with, as one or more parts read as one file in order (a later line
    /// wins for the same section and name). PowerCenter uses one parameter file for a run (Advanced Workflow Guide,
    /// Parameter Files: Parameter File Location; Tips): the file given on the command line (<c>pmcmd -paramfile</c>,
    /// here every <c>--param-file</c>, in the order given) replaces the one the workflow names; the workflow's file
    /// wins over the session's, which is ignored unless the Integration Service property <c>$PMMergeSessParamFile</c>
    /// is TRUE (given here with <c>--param</c> or its environment variable), when the session's file is read first and
    /// the workflow's after it. The most specific section is then looked up in that file only.
    /// </summary>
    public static IReadOnlyList<ParameterFile> FilesOf(Folder folder, SessionOccurrence occurrence, ParameterInputs inputs)
    {
        if (inputs.Files.Count > 0)
        {
            return inputs.Files;
        }

        var sessionFile = Own(occurrence.Instance?.Attributes.Get("Parameter Filename") ?? occurrence.Session.Attributes.Get("Parameter Filename"), inputs);
        var workflowFile = Own(folder.Workflows.FirstOrDefault(w => w.Name == occurrence.Workflow)?.Attributes.Get("Parameter Filename"), inputs);
        return (sessionFile, workflowFile) switch
        {
            ({ } session, { } workflow) when session != workflow && MergesSessionFile(inputs) => [session, workflow],
            (_, { } workflow) => [workflow],
            ({ } session, null) => [session],
            _ => [],
        };
    }

    /// <summary>Whether <c>$PMMergeSessParamFile</c> is TRUE on the command line or in the environment.</summary>
    public static bool MergesSessionFile(ParameterInputs inputs)
    {
        const string name = "$PMMergeSessParamFile";
        var value = inputs.Cli.LastOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value
            ?? inputs.Environment.FirstOrDefault(e => e.Key.Equals(ParameterEnvironment.VariableName(name), StringComparison.OrdinalIgnoreCase)).Value;
        return value?.Trim().Equals("TRUE", StringComparison.OrdinalIgnoreCase) == true;
    }

    private static ParameterFile? Own(string? name, ParameterInputs inputs) =>
        name is { Length: > 0 } && inputs.OwnFiles.TryGetValue(name, out var file) ? file : null;

    /// <summary>The session's pre-session variable assignments (<c>SESSIONCOMPONENT TYPE="Pre-session variable assignment"</c>), the task instance's after the session's.</summary>
    private static IReadOnlyList<ParameterAssignment> AssignmentsOf(string file, SessionOccurrence occurrence) =>
    [
        .. occurrence.Session.Components.Concat(occurrence.Instance?.Components ?? [])
            .Where(c => c.Type.StartsWith("Pre-session variable assignment", StringComparison.OrdinalIgnoreCase))
            .SelectMany(c => c.ValuePairs.Concat(c.Task?.ValuePairs ?? []))
            .Where(p => p.Name.Length > 0)
            .Select(p => new ParameterAssignment(p.Name, p.Value, new SourceLocation(file, (occurrence.Instance?.Position ?? occurrence.Session.Position).Line,
                (occurrence.Instance?.Position ?? occurrence.Session.Position).Column, occurrence.ObjectPath))),
    ];
}
