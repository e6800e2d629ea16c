namespace Informatica2Spark.Core.Parameters;

/// <summary>A value a parameter file gives, with where it was written.</summary>
public sealed record ParameterFileValue(string Name, string Value, string? MappletScope, string File, int Line, ParameterScope Scope)
{
    public string Origin => $"{File}:{Line}";
}

/// <summary>
/// Finds, for a session, the value each parameter file gives: the most specific matching section wins, and among
/// sections of equal specificity the later file (then the later line) wins. Names compare case-insensitively.
/// </summary>
public static class ParameterFileLookup
{
    /// <summary>Every name the files give the session, each with its winning value and the values it shadows.</summary>
    public static IReadOnlyList<(ParameterFileValue Winner, IReadOnlyList<ParameterFileValue> Shadowed)> Resolve(
        IReadOnlyList<ParameterFile> files, SessionScope session)
    {
        var candidates = new List<(ParameterFileValue Value, int Specificity, int FileOrder)>();
        for (var f = 0; f < files.Count; f++)
        {
            foreach (var section in files[f].Sections.Where(s => s.Scope.Applies(session)))
            {
                candidates.AddRange(section.Entries.Select(e => (
                    new ParameterFileValue(e.Name, e.Value, e.MappletScope, files[f].DisplayName, e.Line, section.Scope),
                    section.Scope.Specificity,
                    f)));
            }
        }

        return candidates
            .GroupBy(c => (c.Value.MappletScope?.ToUpperInvariant(), c.Value.Name.ToUpperInvariant()))
            .Select(g =>
            {
                var ordered = g.OrderByDescending(c => c.Specificity).ThenByDescending(c => c.FileOrder).ThenByDescending(c => c.Value.Line).ToList();
                return (ordered[0].Value, (IReadOnlyList<ParameterFileValue>)ordered.Skip(1).Select(c => c.Value).ToList());
            })
            .OrderBy(r => r.Value.MappletScope, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Value.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
