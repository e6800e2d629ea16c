using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Connections;

/// <summary>
/// The ConnectionManager: resolves every source and target of a session to a Spark data source. A connection is
/// named directly, as <c>Relational:NAME</c>, through a <c>$DBConnection...</c> parameter, or through <c>$Source</c> /
/// <c>$Target</c> and the session's connection values; parameters are substituted first. Flat files become paths.
/// Fetch and batch sizes are left to the optimizer.
/// </summary>
public static class ConnectionResolver
{
    public static ConnectionResolution Resolve(SessionConfig config, IReadOnlyList<ResolvedParameter> parameters, CatalogEnvironment catalog)
    {
        var diagnostics = new List<Diagnostic>();
        var sources = config.Sources.Select(s => s.FlatFile is { } file
            ? FileSource(s.InstanceName, DataSourceRole.Source, file.Directory, file.FileName, file.FileType.Value == SourceFileType.Indirect, parameters, config, diagnostics)
            : Relational(s.InstanceName, DataSourceRole.Source, s.Connection, config.Identity.SourceConnectionValue,
                Query(s, Table(s.OwnerName, s.TableName ?? s.InstanceName), parameters), Table(s.OwnerName, s.TableName ?? s.InstanceName), config, parameters, catalog, diagnostics));
        var targets = config.Targets.Select(t => t.FlatFile is { } file
            ? FileSource(t.InstanceName, DataSourceRole.Target, file.Directory, file.FileName, false, parameters, config, diagnostics)
            : Relational(t.InstanceName, DataSourceRole.Target, t.Connection, config.Identity.TargetConnectionValue,
                null, Table(t.TablePrefix, t.TableName ?? t.InstanceName), config, parameters, catalog, diagnostics));
        return new ConnectionResolution(sources.Concat(targets).ToList(), diagnostics);
    }

    private static ResolvedDataSource Relational(
        string instance, DataSourceRole role, ConnectionSetting? setting, string? sessionValue, string? query, string table,
        SessionConfig config, IReadOnlyList<ResolvedParameter> parameters, CatalogEnvironment catalog, List<Diagnostic> diagnostics)
    {
        var location = config.Identity.Location;
        var reference = ReferenceOf(setting, sessionValue, role);
        if (reference is null)
        {
            return new ResolvedDataSource(instance, role, null, null, [], location);
        }

        var name = reference.StartsWith('$') ? ParameterSubstitution.Apply(reference, parameters) is { Unresolved.Count: 0 } s ? s.Text : null : reference;
        if (name is null)
        {
            diagnostics.Add(DiagnosticCodes.ConnectionUnresolved.Create(
                $"{instance}: connection {reference} has no value: give it in a parameter file or with --param {reference}=NAME", location));
            return new ResolvedDataSource(instance, role, null, null, [], location);
        }

        name = StripType(name);
        var entry = catalog.Find(name);
        if (entry is null)
        {
            diagnostics.Add(DiagnosticCodes.ConnectionNotInCatalog.Create(
                $"{instance}: connection '{name}'{(reference != name ? $" (from {reference})" : string.Empty)} is not in the catalog environment '{catalog.Name}': add an entry named '{name}'",
                location));
            return new ResolvedDataSource(instance, role, name, null, [], location);
        }

        var kind = entry.Kind ?? ConnectionKinds.FromSubtype(setting?.SubType);
        if (kind is null)
        {
            diagnostics.Add(DiagnosticCodes.CatalogEntryIncomplete.Create(
                $"{instance}: catalog entry '{name}' has no type and the session's connection subtype '{setting?.SubType}' does not name a database: give the entry a type",
                location));
            return new ResolvedDataSource(instance, role, name, entry, [], location);
        }

        if (!ConnectionKinds.IsRelational(kind.Value) && kind is not (ConnectionKind.Hive or ConnectionKind.SparkTable))
        {
            diagnostics.Add(DiagnosticCodes.ConnectionTypeMismatch.Create(
                $"{instance}: relational connection '{name}' resolves to a {ConnectionKinds.CatalogType(kind.Value)} entry of the catalog; give it a relational type",
                location));
            return new ResolvedDataSource(instance, role, name, entry, [], location);
        }

        return new ResolvedDataSource(instance, role, name, entry, SparkOptions.Relational(entry, kind.Value, query, table), location);
    }

    private static ResolvedDataSource FileSource(
        string instance, DataSourceRole role, string? directory, string? fileName, bool fileList, IReadOnlyList<ResolvedParameter> parameters, SessionConfig config, List<Diagnostic> diagnostics)
    {
        var path = ParameterSubstitution.Apply(FilePath(directory, fileName ?? instance), parameters);
        foreach (var unresolved in path.Unresolved)
        {
            diagnostics.Add(DiagnosticCodes.ConnectionUnresolved.Create($"{instance}: file path uses {unresolved}, which has no value", config.Identity.Location));
        }

        return new ResolvedDataSource(instance, role, null, null, [new SparkOption("format", "csv"), new SparkOption("path", path.Text)], config.Identity.Location)
        {
            PathIsFileList = fileList,
        };
    }

    /// <summary>The reference a session gives: a connection name, or a variable (<c>$Source</c> through the session's value).</summary>
    private static string? ReferenceOf(ConnectionSetting? setting, string? sessionValue, DataSourceRole role)
    {
        var variable = setting?.Variable;
        if (setting?.Name is { Length: > 0 } named && !named.StartsWith('$'))
        {
            return named;
        }

        if (variable is null || variable.Equals(role == DataSourceRole.Source ? "$Source" : "$Target", StringComparison.OrdinalIgnoreCase))
        {
            return sessionValue is { Length: > 0 } ? sessionValue : setting?.Name;
        }

        return variable;
    }

    /// <summary><c>Relational:DCS_ODS</c> names the connection <c>DCS_ODS</c>.</summary>
    private static string StripType(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && !name.Contains('/', StringComparison.Ordinal) ? name[(colon + 1)..].Trim() : name.Trim();
    }

    /// <summary>
    /// The query pushed to the database. An SQL override is used alone: PowerCenter ignores the source filter,
    /// user-defined join and select distinct when one is set. Without it, those shape the default query.
    /// </summary>
    private static string? Query(SourceSettings source, string table, IReadOnlyList<ResolvedParameter> parameters)
    {
        string Substituted(string text) => ParameterSubstitution.Apply(text, parameters).Text;
        if (source.SqlQuery is { } sql)
        {
            return Substituted(sql);
        }

        if (source.SourceFilter is null && source.UserDefinedJoin is null && !source.SelectDistinct)
        {
            return null;
        }

        var conditions = new[] { source.UserDefinedJoin, source.SourceFilter }.OfType<string>().Select(c => $"({Substituted(c)})").ToList();
        var where = conditions.Count > 0 ? " WHERE " + string.Join(" AND ", conditions) : string.Empty;
        return $"SELECT{(source.SelectDistinct ? " DISTINCT" : string.Empty)} * FROM {table}{where}";
    }

    private static string Table(string? owner, string table) => owner is { Length: > 0 } ? $"{owner}.{table}" : table;

    private static string FilePath(string? directory, string fileName)
    {
        var dir = (directory ?? string.Empty).Replace('\\', '/').TrimEnd('/');
        return dir.Length == 0 ? fileName : $"{dir}/{fileName}";
    }
}
