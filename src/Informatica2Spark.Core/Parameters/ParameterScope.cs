namespace Informatica2Spark.Core.Parameters;

/// <summary>What a parameter file heading applies to.</summary>
public enum ParameterScopeKind
{
    Global,
    Service,
    ServiceNode,
    Workflow,
    Worklet,
    Session,
}

/// <summary>
/// A parsed heading: <c>[Global]</c>, <c>[Service:s]</c>, <c>[Service:s.ND:n]</c>, <c>[folder.WF:wf]</c>,
/// <c>[folder.WF:wf.WT:a.WT:b]</c>, <c>[folder.WF:wf.ST:s]</c>, <c>[folder.WF:wf.WT:w.ST:s]</c>, <c>[folder.s]</c> or <c>[s]</c>.
/// </summary>
public sealed record ParameterScope(
    ParameterScopeKind Kind,
    string? Service = null,
    string? Node = null,
    string? Folder = null,
    string? Workflow = null,
    IReadOnlyList<string>? WorkletPath = null,
    string? Session = null)
{
    public IReadOnlyList<string> Worklets => WorkletPath ?? [];

    /// <summary>
    /// How specific the heading is: session over worklet over workflow over service over global; among session
    /// headings, one naming its workflow and worklets over one naming the folder over the bare session name.
    /// </summary>
    public int Specificity => Kind switch
    {
        ParameterScopeKind.Global => 0,
        ParameterScopeKind.Service => 10,
        ParameterScopeKind.ServiceNode => 11,
        ParameterScopeKind.Workflow => 20,
        ParameterScopeKind.Worklet => 30 + Worklets.Count,
        _ => 100 + (Folder is null ? 0 : 1) + (Workflow is null ? 0 : 2) + Worklets.Count,
    };

    /// <summary>Whether this heading's values apply to the session at <paramref name="target"/>.</summary>
    public bool Applies(SessionScope target) => Kind switch
    {
        ParameterScopeKind.Global => true,
        ParameterScopeKind.Service => Same(Service, target.Service),
        ParameterScopeKind.ServiceNode => Same(Service, target.Service) && Same(Node, target.Node),
        ParameterScopeKind.Workflow => Same(Folder, target.Folder) && Same(Workflow, target.Workflow),
        ParameterScopeKind.Worklet => Same(Folder, target.Folder) && Same(Workflow, target.Workflow) && IsPrefix(Worklets, target.WorkletPath),
        _ => Same(Session, target.Session)
            && (Folder is null || Same(Folder, target.Folder))
            && (Workflow is null || Same(Workflow, target.Workflow))
            && (Workflow is null || Worklets.SequenceEqual(target.WorkletPath, StringComparer.OrdinalIgnoreCase)),
    };

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool IsPrefix(IReadOnlyList<string> prefix, IReadOnlyList<string> path) =>
        prefix.Count <= path.Count && prefix.Select((w, i) => Same(w, path[i])).All(x => x);
}

/// <summary>Where a session runs: the coordinates parameter file headings are matched against.</summary>
public sealed record SessionScope(
    string Folder,
    string? Workflow,
    IReadOnlyList<string> WorkletPath,
    string Session,
    string? Service = null,
    string? Node = null);
