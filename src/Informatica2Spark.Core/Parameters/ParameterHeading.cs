namespace Informatica2Spark.Core.Parameters;

/// <summary>Parses the text between the brackets of a parameter file heading.</summary>
internal static class ParameterHeading
{
    public static ParameterScope? Parse(string heading)
    {
        if (heading.Length == 0)
        {
            return null;
        }

        if (heading.Equals("Global", StringComparison.OrdinalIgnoreCase))
        {
            return new ParameterScope(ParameterScopeKind.Global);
        }

        var parts = heading.Split('.');
        if (parts.Any(p => p.Length == 0))
        {
            return null;
        }

        if (Prefixed(parts[0], "Service") is { } service)
        {
            return parts.Length switch
            {
                1 => new ParameterScope(ParameterScopeKind.Service, Service: service),
                2 when Prefixed(parts[1], "ND") is { } node => new ParameterScope(ParameterScopeKind.ServiceNode, Service: service, Node: node),
                _ => null,
            };
        }

        if (parts.Length == 1)
        {
            return parts[0].Contains(':', StringComparison.Ordinal) ? null : new ParameterScope(ParameterScopeKind.Session, Session: parts[0]);
        }

        var folder = parts[0];
        if (folder.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        if (parts.Length == 2 && !parts[1].Contains(':', StringComparison.Ordinal))
        {
            return new ParameterScope(ParameterScopeKind.Session, Folder: folder, Session: parts[1]);
        }

        if (Prefixed(parts[1], "WF") is not { } workflow)
        {
            return null;
        }

        var worklets = new List<string>();
        string? session = null;
        for (var i = 2; i < parts.Length; i++)
        {
            if (session is null && Prefixed(parts[i], "WT") is { } worklet)
            {
                worklets.Add(worklet);
            }
            else if (session is null && i == parts.Length - 1 && Prefixed(parts[i], "ST") is { } s)
            {
                session = s;
            }
            else
            {
                return null;
            }
        }

        return session is not null
            ? new ParameterScope(ParameterScopeKind.Session, Folder: folder, Workflow: workflow, WorkletPath: worklets, Session: session)
            : worklets.Count > 0
                ? new ParameterScope(ParameterScopeKind.Worklet, Folder: folder, Workflow: workflow, WorkletPath: worklets)
                : new ParameterScope(ParameterScopeKind.Workflow, Folder: folder, Workflow: workflow);
    }

    private static string? Prefixed(string part, string prefix) =>
        part.Length > prefix.Length + 1 && part.StartsWith(prefix + ":", StringComparison.OrdinalIgnoreCase)
            ? part[(prefix.Length + 1)..]
            : null;
}
