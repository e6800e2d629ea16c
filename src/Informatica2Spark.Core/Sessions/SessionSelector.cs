using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Sessions;

/// <summary>
/// How the command line names a session (<c>--session</c>), so that sessions with the same name in two folders or
/// workflows can be told apart. Accepted forms, segments separated by <c>/</c>, names compared ignoring case:
/// <list type="bullet">
/// <item>the object path i2s prints, starting with the folder: <c>FOLDER/WF:wf/WL:outer/WL:inner/ST:s</c>,
/// <c>FOLDER/ST:s</c> for a reusable session no workflow runs, <c>FOLDER/M:m</c> for a mapping no session runs; it
/// selects exactly that occurrence;</item>
/// <item>the end of an object path, without the folder: <c>WF:wf/ST:s</c>, <c>WF:wf/WL:wl/ST:s</c>, <c>ST:s</c>
/// (worklets, when any <c>WL:</c> segment is given, must be the whole worklet path);</item>
/// <item>plain names: <c>s</c> (the name the session runs under or its own name), <c>wl_outer/wl_inner/s</c> (its
/// worklet path), <c>FOLDER/s</c> and <c>FOLDER/wl/s</c> (a folder qualifier first).</item>
/// </list>
/// </summary>
/// <param name="Text">The selector as typed.</param>
/// <param name="Folder">The folder it names (<c>FOLDER/</c> before prefixed segments), or null.</param>
/// <param name="Workflow">The workflow it names (<c>WF:</c>), or null.</param>
/// <param name="Worklets">The worklet path it names (<c>WL:</c> segments), or null when it names none.</param>
/// <param name="Name">The session's name (<c>ST:</c> or the last plain segment), or the mapping's (<c>M:</c>).</param>
/// <param name="Plain">The plain segments before the name in the plain form (worklets, or a folder then worklets).</param>
/// <param name="IsMapping">Whether it names a mapping no session runs (<c>M:</c>).</param>
public sealed record SessionSelector(
    string Text, string? Folder, string? Workflow, IReadOnlyList<string>? Worklets, string Name, IReadOnlyList<string> Plain, bool IsMapping)
{
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    /// <summary>Parses a <c>--session</c> value; the error is one line naming what is wrong.</summary>
    public static (SessionSelector? Selector, string? Error) Parse(string text)
    {
        var segments = text.Split('/');
        if (segments.Any(s => s.Trim().Length == 0))
        {
            return (null, $"--session '{text}': an empty name; write FOLDER/WF:workflow/ST:session, ST:session or a session name");
        }

        var parsed = segments.Select(Segment).ToList();
        if (parsed.All(p => p.Prefix is null))
        {
            return (new SessionSelector(text, null, null, null, parsed[^1].Name, [.. parsed[..^1].Select(p => p.Name)], false), null);
        }

        string? folder = null, workflow = null;
        List<string>? worklets = null;
        for (var i = 0; i < parsed.Count; i++)
        {
            var (prefix, name) = parsed[i];
            var last = i == parsed.Count - 1;
            switch (prefix)
            {
                case null when i == 0 && !last:
                    folder = name;
                    break;
                case ObjectPath.Workflow when workflow is null && worklets is null && !last:
                    workflow = name;
                    break;
                case ObjectPath.Worklet or "WT" when !last:
                    (worklets ??= []).Add(name);
                    break;
                case ObjectPath.Session or null when last:
                    return (new SessionSelector(text, folder, workflow, worklets, name, [], false), null);
                case ObjectPath.Mapping when last && workflow is null && worklets is null:
                    return (new SessionSelector(text, folder, null, null, name, [], true), null);
                default:
                    return (null, $"--session '{text}': '{segments[i]}' is out of place; write FOLDER/WF:workflow/WL:worklet/ST:session as i2s prints it, or part of it");
            }
        }

        return (null, $"--session '{text}': name the session last (ST:session)");
    }

    /// <summary>Whether the selector names this occurrence. The object path i2s prints selects exactly its occurrence.</summary>
    public bool Selects(SessionOccurrence occurrence)
    {
        if (IsMapping != occurrence.RunsNoSession)
        {
            return false;
        }

        var named = IsMapping
            ? Names.Equals(Name, occurrence.Session.MappingName)
            : Names.Equals(Name, occurrence.Name) || Names.Equals(Name, occurrence.Session.Name);
        if (!named)
        {
            return false;
        }

        if (Folder is null && Workflow is null && Worklets is null)
        {
            return Plain.Count == 0
                || occurrence.WorkletPath.SequenceEqual(Plain, Names)
                || (Names.Equals(Plain[0], occurrence.Folder) && occurrence.WorkletPath.SequenceEqual(Plain.Skip(1), Names));
        }

        // With the folder first it is a whole object path: no workflow or worklet segment means none.
        return Folder is not null
            ? Names.Equals(Folder, occurrence.Folder) && Names.Equals(Workflow, occurrence.Workflow)
                && occurrence.WorkletPath.SequenceEqual(Worklets ?? [], Names) && (IsMapping || Names.Equals(Name, occurrence.Name))
            : Workflow is null
                // The end of an object path: its worklets are the last ones the session runs in.
                ? Worklets is null || (occurrence.WorkletPath.Count >= Worklets.Count
                    && occurrence.WorkletPath.Skip(occurrence.WorkletPath.Count - Worklets.Count).SequenceEqual(Worklets, Names))
                // From the workflow on, every worklet segment is named: none means the session runs in the workflow itself.
                : Names.Equals(Workflow, occurrence.Workflow) && occurrence.WorkletPath.SequenceEqual(Worklets ?? [], Names);
    }

    private static (string? Prefix, string Name) Segment(string segment)
    {
        var colon = segment.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && segment[..colon].Trim().ToUpperInvariant() is var prefix && prefix is ObjectPath.Workflow or ObjectPath.Worklet or "WT" or ObjectPath.Session or ObjectPath.Mapping
            ? (prefix, segment[(colon + 1)..].Trim())
            : (null, segment.Trim());
    }
}

/// <summary>
/// How the command line names a workflow (<c>--workflow</c>): <c>wf</c>, <c>WF:wf</c>, or with a folder qualifier,
/// <c>FOLDER/wf</c> or <c>FOLDER/WF:wf</c> as i2s prints it; names compared ignoring case.
/// </summary>
/// <param name="Text">The selector as typed.</param>
/// <param name="Folder">The folder it names, or null.</param>
/// <param name="Name">The workflow's name.</param>
public sealed record WorkflowSelector(string Text, string? Folder, string Name)
{
    /// <summary>Parses a <c>--workflow</c> value; the error is one line naming what is wrong.</summary>
    public static (WorkflowSelector? Selector, string? Error) Parse(string text)
    {
        var segments = text.Split('/').Select(s => s.Trim()).ToArray();
        var name = segments[^1].StartsWith(ObjectPath.Workflow + ":", StringComparison.OrdinalIgnoreCase) ? segments[^1][3..].Trim() : segments[^1];
        return segments.Length > 2 || segments.Any(s => s.Length == 0) || name.Length == 0 || (segments.Length == 2 && segments[0].Contains(':', StringComparison.Ordinal))
            ? (null, $"--workflow '{text}': write a workflow name, WF:workflow, or FOLDER/WF:workflow as i2s prints it")
            : (new WorkflowSelector(text, segments.Length == 2 ? segments[0] : null, name), null);
    }

    /// <summary>Whether the occurrence runs in the workflow this selector names.</summary>
    public bool Selects(SessionOccurrence occurrence) =>
        occurrence.Workflow is { } workflow && workflow.Equals(Name, StringComparison.OrdinalIgnoreCase)
        && (Folder is null || Folder.Equals(occurrence.Folder, StringComparison.OrdinalIgnoreCase));
}
