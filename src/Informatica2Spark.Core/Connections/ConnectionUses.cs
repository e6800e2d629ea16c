using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Connections;

/// <summary>
/// The connection uses of a session: every source, target and connected lookup, with parameters substituted.
/// <c>$Source</c> / <c>$Target</c> take the session's connection values; without one, the connection of the session's
/// sources (targets) when they all use the same one, as PowerCenter does. An instance with no connection reference
/// at all uses <c>$Source</c> / <c>$Target</c> silently.
/// </summary>
public static class ConnectionUses
{
    public static IReadOnlyList<ConnectionUse> Of(SessionConfig config, IReadOnlyList<ResolvedParameter> parameters)
    {
        var location = config.Identity.Location;
        var sourceValue = config.Identity.SourceConnectionValue ?? Single(config.Sources.Where(s => s.FlatFile is null).Select(s => s.Connection), parameters);
        var targetValue = config.Identity.TargetConnectionValue ?? Single(config.Targets.Where(t => t.FlatFile is null).Select(t => t.Connection), parameters);
        var session = new SessionValues(sourceValue, targetValue, parameters);

        var uses = new List<ConnectionUse>();
        foreach (var source in config.Sources)
        {
            var table = source.TableName ?? source.InstanceName;
            uses.Add(source.FlatFile is { } file
                ? FileUse(source.InstanceName, DataSourceRole.Source, source.Connection, source.ReaderType, file.Directory, file.FileName,
                    file.FileType.Value == SourceFileType.Indirect, session, location)
                : session.Use(source.InstanceName, DataSourceRole.Source, source.Connection, null, source.ReaderType, location) with
                {
                    Table = new RelationalObject(table, source.OwnerName, Query(source, new RelationalObject(table, source.OwnerName).QualifiedTable, parameters)),
                });
        }

        foreach (var target in config.Targets)
        {
            uses.Add(target.FlatFile is { } file
                ? FileUse(target.InstanceName, DataSourceRole.Target, target.Connection, target.WriterType, file.Directory, file.FileName, false, session, location)
                : session.Use(target.InstanceName, DataSourceRole.Target, target.Connection, null, target.WriterType, location) with
                {
                    Table = new RelationalObject(target.TableName ?? target.InstanceName, target.TablePrefix),
                });
        }

        foreach (var lookup in config.Lookups.Where(l => Written(l.Connection, l.ConnectionInformation) is not null))
        {
            uses.Add(session.Use(lookup.InstanceName, DataSourceRole.Lookup, lookup.Connection, lookup.ConnectionInformation, null, location) with
            {
                Table = new RelationalObject(lookup.TableName ?? lookup.InstanceName, null, lookup.SqlOverride is { } sql ? WrappedQuery.Of(ParameterSubstitution.Apply(sql, parameters).Text).Text : null),
            });
        }

        return uses;
    }

    private static ConnectionUse FileUse(
        string instance, DataSourceRole role, ConnectionSetting? setting, string? accessType, string? directory, string? fileName, bool fileList,
        SessionValues session, Diagnostics.SourceLocation location)
    {
        var use = Written(setting, null) is null
            ? new ConnectionUse(instance, role, null, null, null, accessType, location)
            : session.Use(instance, role, setting, null, accessType, location);
        var dir = directory is null ? null : ParameterSubstitution.Apply(directory, session.Parameters);
        var name = ParameterSubstitution.Apply(fileName ?? instance, session.Parameters);
        return use with
        {
            File = new FileObject(dir?.Text, name.Text, fileList),
            Unresolved = [.. use.Unresolved, .. (dir?.Unresolved ?? []), .. name.Unresolved],
        };
    }

    /// <summary>The one relational connection a set of instances names directly, if they all name the same one.</summary>
    private static string? Single(IEnumerable<ConnectionSetting?> settings, IReadOnlyList<ResolvedParameter> parameters)
    {
        var names = settings.Where(s => s?.Type is not { Length: > 0 } type || type.Equals("Relational", StringComparison.OrdinalIgnoreCase))
            .Select(s => Named(s) ?? Variable(s)).OfType<string>()
            .Where(r => !IsSessionVariable(r))
            .Select(r => r.StartsWith('$') ? ParameterSubstitution.Apply(r, parameters) is { Unresolved.Count: 0 } s ? s.Text : null : r)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return names is [{ } only] ? only : null;
    }

    /// <summary>What a session writes for a connection: a name, else a variable, else the mapping's value; null when nothing.</summary>
    private static string? Written(ConnectionSetting? setting, string? fallback) => Named(setting) ?? Variable(setting) ?? fallback;

    private static string? Named(ConnectionSetting? setting) => setting?.Name is { Length: > 0 } n && !n.StartsWith('$') ? n : null;

    private static string? Variable(ConnectionSetting? setting) =>
        setting?.Variable is { Length: > 0 } v ? v : setting?.Name is { Length: > 0 } n ? n : null;

    private static bool IsSessionVariable(string text) =>
        text.Equals("$Source", StringComparison.OrdinalIgnoreCase) || text.Equals("$Target", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The query pushed to the database. An SQL override is used alone: PowerCenter ignores the source filter,
    /// user-defined join and select distinct when one is set. Without it, those shape the default query. Spark reads
    /// the query as a subquery, so the override loses its trailing comments and <c>;</c> (<see cref="WrappedQuery"/>).
    /// </summary>
    private static string? Query(SourceSettings source, string table, IReadOnlyList<ResolvedParameter> parameters)
    {
        string Substituted(string text) => ParameterSubstitution.Apply(text, parameters).Text;
        if (source.SqlQuery is { } sql)
        {
            return WrappedQuery.Of(Substituted(sql)).Text;
        }

        if (source.SourceFilter is null && source.UserDefinedJoin is null && !source.SelectDistinct)
        {
            return null;
        }

        var conditions = new[] { source.UserDefinedJoin, source.SourceFilter }.OfType<string>().Select(c => $"({Substituted(c)})").ToList();
        var where = conditions.Count > 0 ? " WHERE " + string.Join(" AND ", conditions) : string.Empty;
        return $"SELECT{(source.SelectDistinct ? " DISTINCT" : string.Empty)} * FROM {table}{where}";
    }

    /// <summary>The session's <c>$Source</c> and <c>$Target</c> values and its parameters, turning settings into uses.</summary>
    private sealed record SessionValues(string? Source, string? Target, IReadOnlyList<ResolvedParameter> Parameters)
    {
        public ConnectionUse Use(
            string instance, DataSourceRole role, ConnectionSetting? setting, string? fallback, string? accessType, Diagnostics.SourceLocation location)
        {
            var written = Written(setting, fallback);
            var implicitVariable = written is null;
            written ??= role == DataSourceRole.Target ? "$Target" : "$Source";
            var reference = written;
            if (IsSessionVariable(written))
            {
                reference = written.Equals("$Source", StringComparison.OrdinalIgnoreCase) ? Source : Target;
            }

            var unresolved = new List<string>();
            if (reference is null)
            {
                reference = implicitVariable ? null : written;
                if (!implicitVariable)
                {
                    unresolved.Add(written);
                }
            }
            else if (reference.StartsWith('$'))
            {
                var substituted = ParameterSubstitution.Apply(reference, Parameters);
                unresolved.AddRange(substituted.Unresolved);
                reference = substituted.Unresolved.Count == 0 ? substituted.Text : reference;
            }

            return new ConnectionUse(instance, role, reference, setting?.Type is { Length: > 0 } t ? t : null,
                setting?.SubType is { Length: > 0 } st ? st : null, accessType, location) { Unresolved = unresolved };
        }
    }
}
