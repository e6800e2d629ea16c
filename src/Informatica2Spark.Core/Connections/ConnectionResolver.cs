using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Connections;

/// <summary>
/// The ConnectionManager: resolves every source, target and connected lookup of a session to a Spark data source. A
/// connection is named directly, as <c>Relational:NAME</c>, through a <c>$DBConnection...</c> parameter, or through
/// <c>$Source</c> / <c>$Target</c> (see <see cref="ConnectionUses"/>); parameters are substituted first. What the
/// session expects (a database, a file, a queue) must match the catalog entry's type. Flat files become paths.
/// Fetch and batch sizes are left to the optimizer.
/// </summary>
public static class ConnectionResolver
{
    /// <summary>
    /// Resolves the session's uses. A parameter with no value is one fact, which the parameter stage reports once per
    /// session (I2S0304, <see cref="SessionParameters"/>): a use naming it is not reported again here. What is left
    /// for I2S0409 is what only connections know: <c>$Source</c> / <c>$Target</c> with no connection value.
    /// </summary>
    public static ConnectionResolution Resolve(SessionConfig config, IReadOnlyList<ResolvedParameter> parameters, CatalogEnvironment catalog)
    {
        var reported = parameters.Where(p => p.Value is null).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Resolve(ConnectionUses.Of(config, parameters), catalog, reported);
    }

    public static ConnectionResolution Resolve(IEnumerable<ConnectionUse> uses, CatalogEnvironment catalog) => Resolve(uses, catalog, new HashSet<string>());

    private static ConnectionResolution Resolve(IEnumerable<ConnectionUse> uses, CatalogEnvironment catalog, IReadOnlySet<string> reported)
    {
        var diagnostics = new List<Diagnostic>();
        var resolved = uses.Select(use => Resolve(use, catalog, reported, diagnostics)).ToList();
        return new ConnectionResolution(resolved, diagnostics);
    }

    private static ResolvedDataSource Resolve(ConnectionUse use, CatalogEnvironment catalog, IReadOnlySet<string> reported, List<Diagnostic> diagnostics)
    {
        var empty = new ResolvedDataSource(use.InstanceName, use.Role, null, null, [], use.Location) { PathIsFileList = use.File?.IsFileList ?? false };
        foreach (var unresolved in use.Unresolved.Distinct(StringComparer.OrdinalIgnoreCase).Where(n => !reported.Contains(n)))
        {
            diagnostics.Add(DiagnosticCodes.ConnectionUnresolved.Create(Unresolved(use, unresolved), use.Location));
        }

        if (use.Reference is not { } reference || (reference.StartsWith('$') && use.Unresolved.Count > 0))
        {
            return use.File is { } file && use.Reference is null ? empty with { Options = SparkOptions.File(file) } : empty;
        }

        var (prefix, name) = Split(reference);
        var entry = catalog.Find(name);
        if (entry is null)
        {
            diagnostics.Add(DiagnosticCodes.ConnectionNotInCatalog.Create(
                $"{use.InstanceName}: connection '{name}'{(reference != name ? $" (from {reference})" : string.Empty)} is not in the catalog environment '{catalog.Name}': add an entry named '{name}'",
                use.Location));
            return empty with { ConnectionName = name };
        }

        var found = empty with { ConnectionName = name, Entry = entry };
        var kind = entry.Kind ?? ConnectionKinds.FromSubtype(use.ConnectionSubType);
        if (kind is not { } k)
        {
            diagnostics.Add(DiagnosticCodes.CatalogEntryIncomplete.Create(
                $"{use.InstanceName}: catalog entry '{name}' has no type and the session's connection subtype '{use.ConnectionSubType}' does not name a database: give the entry a type",
                use.Location));
            return found;
        }

        var expected = ExpectedConnection.Of(use, prefix);
        if (!expected.Accepts(k))
        {
            diagnostics.Add(DiagnosticCodes.ConnectionTypeMismatch.Create(
                $"{use.InstanceName}: {expected.Text} connection '{name}' resolves to a {ConnectionKinds.CatalogType(k)} entry of the catalog; give it {expected.Needed}",
                use.Location));
            return found;
        }

        return found with
        {
            Kind = k,
            Options = k switch
            {
                ConnectionKind.File => SparkOptions.File(entry, use.File),
                ConnectionKind.Kafka => SparkOptions.Kafka(entry, use.Role),
                ConnectionKind.Hive or ConnectionKind.SparkTable => SparkOptions.Table(entry, use.Table),
                ConnectionKind.Delta => SparkOptions.Delta(entry, use.Table),
                _ => SparkOptions.Jdbc(entry, k, use.Table),
            },
        };
    }

    private static string Unresolved(ConnectionUse use, string name) =>
        name.Equals(use.Reference, StringComparison.OrdinalIgnoreCase) || use.File is null
            ? name.Equals("$Source", StringComparison.OrdinalIgnoreCase) || name.Equals("$Target", StringComparison.OrdinalIgnoreCase)
                ? $"{use.InstanceName}: connection {name} has no value: set the session's '{name} connection value' (the session's {(name.Equals("$Source", StringComparison.OrdinalIgnoreCase) ? "sources" : "targets")} use several connections or none)"
                : $"{use.InstanceName}: connection {name} has no value: give it in a parameter file or with --param {name}=NAME"
            : $"{use.InstanceName}: file path uses {name}, which has no value";

    /// <summary><c>Relational:DCS_ODS</c> names the connection <c>DCS_ODS</c> of type Relational.</summary>
    private static (string? Prefix, string Name) Split(string reference)
    {
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && !reference.Contains('/', StringComparison.Ordinal)
            ? (reference[..colon].Trim(), reference[(colon + 1)..].Trim())
            : (null, reference.Trim());
    }
}
