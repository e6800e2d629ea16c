using System.Reflection;
using System.Text.RegularExpressions;

namespace Informatica2Spark.Testing.Spark;

/// <summary>
/// The Microsoft.Spark 2.3.1 API as the reference notes list it (<c>../shared/reference/microsoft-spark.md</c>): the
/// type names of each namespace (its "Namespaces" list) and the member names of each type (its signature blocks, each
/// opened by a <c>public ... class|enum Name</c> line with its namespace in a <c>// namespace X</c> comment before it or
/// beside it, members indented below it). Only names are read: enough to show which names a driver's
/// <c>using</c> and <c>using static</c> directives bring into scope.
/// </summary>
public sealed partial record SparkReference(
    IReadOnlyDictionary<string, IReadOnlySet<string>> TypesByNamespace,
    IReadOnlyDictionary<string, IReadOnlySet<string>> MembersByType)
{
    /// <summary>The reference notes beside the repository; they may be absent (see <see cref="RepositoryPaths.ReferenceAvailable"/>).</summary>
    public static string NotesPath => Path.Combine(RepositoryPaths.Reference, "microsoft-spark.md");

    /// <summary>Reads the names of the notes' text.</summary>
    public static SparkReference Parse(string notes)
    {
        var types = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var members = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        string? pendingNamespace = null;
        HashSet<string>? current = null;
        var currentType = string.Empty;
        foreach (var raw in notes.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (NamespaceList().Match(raw) is { Success: true } list)
            {
                var names = types.TryGetValue(list.Groups["ns"].Value, out var known) ? known : types[list.Groups["ns"].Value] = [];
                names.UnionWith(list.Groups["types"].Value.TrimEnd('.').Split(',', StringSplitOptions.TrimEntries)
                    .Select(t => TypeListEntry().Match(t)).Where(m => m.Success).Select(m => m.Groups["name"].Value));
            }
            else if (NamespaceComment().Match(raw) is { Success: true } comment)
            {
                pendingNamespace = comment.Groups["ns"].Value;
            }
            else if (TypeHeader().Match(raw) is { Success: true } header)
            {
                var ns = header.Groups["ns"].Success ? header.Groups["ns"].Value : pendingNamespace;
                currentType = ns is null ? header.Groups["name"].Value : $"{ns}.{header.Groups["name"].Value}";
                current = members.TryGetValue(currentType, out var known) ? known : members[currentType] = [];
                pendingNamespace = null;
            }
            else if (current is not null && raw.StartsWith("    ", StringComparison.Ordinal) && MemberLine().Match(raw) is { Success: true } member)
            {
                var name = member.Groups["name"].Value;
                if (!currentType.EndsWith("." + name, StringComparison.Ordinal))
                {
                    current.Add(name);
                }
            }
            else if (raw.Trim().Length == 0 || raw.StartsWith("```", StringComparison.Ordinal))
            {
                current = null;
            }
        }

        return new SparkReference(
            types.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal),
            members.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal));
    }

    /// <summary>
    /// The names the reference lists that <paramref name="declaration"/> lacks, among those the directives bring into a
    /// driver: for <c>using static T</c> every member name of T, for <c>using N</c> every type name of N. Each missing
    /// name as <c>Type.Member</c> or <c>Namespace.Type</c>, in ordinal order.
    /// </summary>
    public IReadOnlyList<string> MissingNames(ImportedNames imports, Assembly declaration)
    {
        var missing = new List<string>();
        foreach (var type in imports.StaticTypes)
        {
            var declared = declaration.GetType(type)?.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)
                .Select(m => m.Name).ToHashSet(StringComparer.Ordinal) ?? [];
            missing.AddRange((MembersByType.GetValueOrDefault(type) ?? new HashSet<string>()).Where(n => !declared.Contains(n)).Select(n => $"{type}.{n}"));
        }

        foreach (var ns in imports.Namespaces)
        {
            missing.AddRange((TypesByNamespace.GetValueOrDefault(ns) ?? new HashSet<string>()).Where(t => declaration.GetType($"{ns}.{t}") is null).Select(t => $"{ns}.{t}"));
        }

        return [.. missing.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    // * `Microsoft.Spark.Sql`: SparkSession, Builder, ... (one namespace per bullet).
    [GeneratedRegex(@"^\* `(?<ns>Microsoft\.Spark[\w.]*)`: (?<types>.+)$")]
    private static partial Regex NamespaceList();

    // "Broadcast<T>" is Broadcast; prose such as "the *Type classes" is not a name.
    [GeneratedRegex(@"^(?<name>[A-Z]\w*)(<\w+>)?$")]
    private static partial Regex TypeListEntry();

    [GeneratedRegex(@"^// namespace (?<ns>[\w.]+)\s*$")]
    private static partial Regex NamespaceComment();

    [GeneratedRegex(@"^public (?:(?:static|sealed|abstract) )*(?:class|enum) (?<name>\w+)[^/]*(?://\s*namespace (?<ns>[\w.]+))?")]
    private static partial Regex TypeHeader();

    // An indented member: attributes, modifiers and a type, then the name before its parameters, type parameters or accessors.
    [GeneratedRegex(@"^\s+(?:\[[^\]]*\]\s*)*public (?:[\w.<>\[\]?, ]+ )?(?<name>\w+)\s*(?:<[^>]*>)?\s*(?:\(|\{ get)")]
    private static partial Regex MemberLine();
}

/// <summary>The names a driver's directives import: the types of <c>using static</c> and the namespaces of <c>using</c> (aliases aside).</summary>
public sealed partial record ImportedNames(IReadOnlySet<string> StaticTypes, IReadOnlySet<string> Namespaces)
{
    /// <summary>The directives of generated sources, read from their text (with or without <c>global::</c>).</summary>
    public static ImportedNames Of(IEnumerable<string> sources)
    {
        var statics = new HashSet<string>(StringComparer.Ordinal);
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match directive in sources.SelectMany(s => UsingDirective().Matches(s)))
        {
            (directive.Groups["static"].Success ? statics : namespaces).Add(directive.Groups["name"].Value);
        }

        return new ImportedNames(statics, namespaces);
    }

    [GeneratedRegex(@"^\s*using (?<static>static )?(?:global::)?(?<name>[\w.]+);", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();
}
