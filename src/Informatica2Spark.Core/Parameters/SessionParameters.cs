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
            Declared = declared,
            Used = usages.Select(u => u.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Location = new SourceLocation(file, position.Line, position.Column, occurrence.ObjectPath),
        };
        return new SessionParameterReport(occurrence, usages, ParameterResolver.Resolve(request));
    }

    /// <summary>The parameter files that apply to a session occurrence, highest precedence first: its own, then the ones given.</summary>
    public static IReadOnlyList<ParameterFile> FilesOf(Folder folder, SessionOccurrence occurrence, ParameterInputs inputs) =>
        [.. OwnFiles(folder, occurrence, inputs).Distinct(), .. inputs.Files];

    /// <summary>The session's own parameter file, then the workflow's (which wins over the session's, as in PowerCenter).</summary>
    private static IEnumerable<ParameterFile> OwnFiles(Folder folder, SessionOccurrence occurrence, ParameterInputs inputs)
    {
        var sessionFile = occurrence.Instance?.Attributes.Get("Parameter Filename") ?? occurrence.Session.Attributes.Get("Parameter Filename");
        var workflowFile = folder.Workflows.FirstOrDefault(w => w.Name == occurrence.Workflow)?.Attributes.Get("Parameter Filename");
        foreach (var name in new[] { sessionFile, workflowFile })
        {
            if (name is { Length: > 0 } && inputs.OwnFiles.TryGetValue(name, out var file))
            {
                yield return file;
            }
        }
    }
}
