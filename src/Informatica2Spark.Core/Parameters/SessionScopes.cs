using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Parameters;

/// <summary>The coordinates of a session occurrence that parameter file headings are matched against.</summary>
public static class SessionScopes
{
    /// <summary>Where <paramref name="occurrence"/> runs: its folder, workflow, worklet path and the name it runs under, on an optional service and node.</summary>
    public static SessionScope Scope(this SessionOccurrence occurrence, string? service = null, string? node = null) =>
        new(occurrence.Folder, occurrence.Workflow, occurrence.WorkletPath, occurrence.Name, service, node);
}
