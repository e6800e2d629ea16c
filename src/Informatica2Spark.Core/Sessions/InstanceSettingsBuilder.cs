using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;
using N = Informatica2Spark.Core.Sessions.SessionAttributeNames;

namespace Informatica2Spark.Core.Sessions;

/// <summary>
/// Builds source, target and lookup settings. Per instance, values merge lowest first: the mapping's table
/// attributes, the session's per-instance attributes and reader/writer extension, then the task instance's
/// extension overrides. Attributes no typed field holds are collected in <see cref="Others"/>.
/// </summary>
internal sealed class InstanceSettingsBuilder(
    Folder mappingFolder, Mapping? mapping, Session session, TaskInstance? instance, SourceLocation location, List<Diagnostic> diagnostics)
{
    private readonly List<OtherAttribute> _others = [];
    private readonly HashSet<object> _consumed = new(ReferenceEqualityComparer.Instance);

    /// <summary>Attributes no typed field holds, including those of instances and extensions no setting consumed.</summary>
    public IReadOnlyList<OtherAttribute> Others()
    {
        var rest = new List<OtherAttribute>(_others);
        foreach (var unused in session.TransformationInstances.Where(i => !_consumed.Contains(i)))
        {
            rest.AddRange(unused.Attributes.Select(a => new OtherAttribute(a.Name, a.Value, unused.InstanceName, AttributeOrigin.Session)));
        }

        foreach (var (unused, origin) in session.Extensions.Select(e => (e, AttributeOrigin.Session))
                     .Concat((instance?.Extensions ?? []).Select(e => (e, AttributeOrigin.TaskInstance)))
                     .Where(e => !_consumed.Contains(e.e)))
        {
            rest.AddRange(unused.Attributes.Select(a => new OtherAttribute(a.Name, a.Value, $"{unused.InstanceName} ({unused.SubType})", origin)));
        }

        return rest;
    }

    public IReadOnlyList<SourceSettings> Sources() =>
        Names(InstanceKind.Source, "Source Definition", "READER").Select(Source).ToList();

    public IReadOnlyList<TargetSettings> Targets() =>
        Names(InstanceKind.Target, "Target Definition", "WRITER").Select(Target).ToList();

    public IReadOnlyList<LookupSettings> Lookups()
    {
        var names = session.TransformationInstances.Where(i => i.TransformationType == "Lookup Procedure").Select(i => i.InstanceName)
            .Concat(mapping?.Instances.Where(i => i.TransformationType == "Lookup Procedure").Select(i => i.Name) ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return names.Select(name =>
        {
            var definition = Transformation(name);
            var attributes = Set(name)
                .Layer(definition?.TableAttributes, AttributeOrigin.Mapping)
                .Layer(SessionInstance(name)?.Attributes, AttributeOrigin.Session);
            var (extension, _, connection) = Extension(name, "LOOKUPEXTENSION");
            var lookup = new LookupSettings(
                name, attributes.NonEmpty(N.LookupTableName), attributes.NonEmpty(N.LookupSqlOverride), attributes.NonEmpty(N.ConnectionInformation), connection,
                attributes.Flag(N.LookupCachingEnabled, true), attributes.Size(N.LookupDataCacheSize), attributes.Size(N.LookupIndexCacheSize))
            {
                SessionOverrides = attributes.SetBySession(N.LookupSqlOverride, N.LookupTableName, N.ConnectionInformation),
            };
            Keep(attributes);
            Keep(extension);
            return lookup;
        }).ToList();
    }

    private SourceSettings Source(string name)
    {
        var qualifier = mapping?.Instances.FirstOrDefault(i => i.AssociatedSourceInstances.Contains(name, StringComparer.OrdinalIgnoreCase))?.Name
            ?? Extensions(name, "READER").Select(e => e.DsqInstanceName).FirstOrDefault(n => n is not null);
        var own = SessionInstance(name);
        var attributes = Set(name)
            .Layer(qualifier is null ? null : Transformation(qualifier)?.TableAttributes, AttributeOrigin.Mapping)
            .Layer(qualifier is null ? null : SessionInstance(qualifier)?.Attributes, AttributeOrigin.Session)
            .Layer(own?.Attributes, AttributeOrigin.Session);
        var (reader, readerType, connection) = Extension(name, "READER");
        // A relational reader usually names its connection on the source qualifier's extension, which sources share.
        connection ??= qualifier is null ? null : ConnectionOf(qualifier, "READER");
        var definition = Definition(InstanceKind.Source, name);
        var settings = new SourceSettings(
            name, qualifier, definition, readerType, connection,
            attributes.NonEmpty(N.SqlQuery), attributes.NonEmpty(N.SourceFilter), attributes.NonEmpty(N.UserDefinedJoin),
            attributes.Flag(N.SelectDistinct, false), attributes.Number(N.SortedPorts), attributes.NonEmpty(N.PreSql), attributes.NonEmpty(N.PostSql),
            attributes.NonEmpty(N.OwnerName), attributes.NonEmpty(N.SourceTableName),
            IsFile(readerType) ? new FlatFileReaderSettings(
                reader.NonEmpty(N.SourceFileDirectory), reader.NonEmpty(N.SourceFileName),
                Choices.Of(reader.Text(N.SourceFileType), SourceFileType.Direct, ("Direct", SourceFileType.Direct), ("Indirect", SourceFileType.Indirect)),
                reader.NonEmpty(N.InputType), reader.NonEmpty(N.Command)) { SessionLayout = own?.FlatFiles.FirstOrDefault() } : null)
        {
            SessionOverrides = attributes.SetBySession(N.SqlQuery, N.SourceFilter, N.UserDefinedJoin, N.SelectDistinct, N.SortedPorts, N.PreSql, N.PostSql, N.OwnerName, N.SourceTableName),
        };
        Keep(attributes);
        Keep(reader);
        return settings;
    }

    private TargetSettings Target(string name)
    {
        var own = SessionInstance(name);
        var attributes = Set(name)
            .Layer(mapping?.Instances.FirstOrDefault(i => i.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.TableAttributes, AttributeOrigin.Mapping)
            .Layer(own?.Attributes, AttributeOrigin.Session);
        var (writer, writerType, connection) = Extension(name, "WRITER");
        var settings = new TargetSettings(
            name, Definition(InstanceKind.Target, name), writerType, connection,
            Choices.Of(writer.Text(N.TargetLoadType), TargetLoadType.Normal, ("Normal", TargetLoadType.Normal), ("Bulk", TargetLoadType.Bulk)),
            writer.Flag(N.Insert, true), writer.Flag(N.UpdateAsUpdate, true), writer.Flag(N.UpdateAsInsert, false), writer.Flag(N.UpdateElseInsert, false),
            writer.Flag(N.Delete, false), writer.Flag(N.TruncateTarget, false),
            attributes.NonEmpty(N.TablePrefix), attributes.NonEmpty(N.TargetTableName), attributes.NonEmpty(N.PreSql), attributes.NonEmpty(N.PostSql),
            attributes.NonEmpty(N.UpdateOverride), writer.NonEmpty(N.RejectDirectory), writer.NonEmpty(N.RejectFileName),
            IsFile(writerType) ? new FlatFileWriterSettings(
                writer.NonEmpty(N.OutputDirectory), writer.NonEmpty(N.OutputFileName), writer.NonEmpty(N.OutputType), writer.NonEmpty(N.MergeType),
                writer.NonEmpty(N.MergeDirectory), writer.NonEmpty(N.MergeFileName), writer.Flag(N.AppendIfExists, false), writer.NonEmpty(N.HeaderOptions),
                writer.NonEmpty(N.HeaderCommand), writer.NonEmpty(N.FooterCommand)) { SessionLayout = own?.FlatFiles.FirstOrDefault() } : null);
        Keep(attributes);
        Keep(writer);
        return settings;
    }

    /// <summary>Instance names of a kind, in mapping order, then any only the session names, in ordinal order.</summary>
    private IEnumerable<string> Names(InstanceKind kind, string transformationType, string extensionType) =>
        (mapping?.Instances.Where(i => i.Kind == kind).Select(i => i.Name) ?? [])
            .Concat(session.TransformationInstances.Where(i => i.TransformationType == transformationType).Select(i => i.InstanceName)
                .Concat(session.Extensions.Concat(instance?.Extensions ?? []).Where(e => e.Type == extensionType && e.TransformationType == transformationType).Select(e => e.InstanceName))
                .Order(StringComparer.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase);

    private IEnumerable<SessionExtension> Extensions(string name, string type) =>
        session.Extensions.Concat(instance?.Extensions ?? []).Where(e => e.Type == type && e.InstanceName.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The reader or writer of an instance: the session's extension overridden by the task instance's.</summary>
    private (AttributeSet Attributes, string? Type, ConnectionSetting? Connection) Extension(string name, string type)
    {
        var own = Consume(session.Extensions.FirstOrDefault(e => e.Type == type && e.InstanceName.Equals(name, StringComparison.OrdinalIgnoreCase)));
        var over = Consume(instance?.Extensions.FirstOrDefault(e => e.Type == type && e.InstanceName.Equals(name, StringComparison.OrdinalIgnoreCase)));
        var subtype = over?.SubType ?? own?.SubType;
        var attributes = Set($"{name} ({subtype ?? type.ToLowerInvariant()})")
            .Layer(own?.Attributes, AttributeOrigin.Session)
            .Layer(over?.Attributes, AttributeOrigin.TaskInstance);
        return (attributes, subtype, ConnectionOf(name, type));
    }

    /// <summary>The connection an instance's extension names: the task instance's, else the session's.</summary>
    private ConnectionSetting? ConnectionOf(string name, string type)
    {
        bool Matches(SessionExtension e) => e.Type == type && e.InstanceName.Equals(name, StringComparison.OrdinalIgnoreCase) && e.Connections.Count > 0;
        var reference = (instance?.Extensions.FirstOrDefault(Matches) ?? session.Extensions.FirstOrDefault(Matches))?.Connections[0];
        return reference is null ? null : new ConnectionSetting(
            reference.ConnectionName is { Length: > 0 } n ? n : null, reference.Variable, reference.ConnectionType, reference.ConnectionSubType);
    }

    private SessionTransformationInstance? SessionInstance(string name) =>
        Consume(session.TransformationInstances.FirstOrDefault(i => i.InstanceName.Equals(name, StringComparison.OrdinalIgnoreCase)));

    private T? Consume<T>(T? item)
        where T : class
    {
        if (item is not null)
        {
            _consumed.Add(item);
        }

        return item;
    }

    /// <summary>The transformation an instance of the mapping uses: local to the mapping, else reusable in its folder.</summary>
    private Transformation? Transformation(string instanceName)
    {
        var use = mapping?.Instances.FirstOrDefault(i => i.Name.Equals(instanceName, StringComparison.OrdinalIgnoreCase));
        var name = use?.TransformationName ?? instanceName;
        return mapping?.Transformations.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? mappingFolder.Transformations.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    private string? Definition(InstanceKind kind, string instanceName)
    {
        var use = mapping?.Instances.FirstOrDefault(i => i.Name.Equals(instanceName, StringComparison.OrdinalIgnoreCase));
        var name = use?.TransformationName ?? instanceName;
        return kind == InstanceKind.Source
            ? mappingFolder.Sources.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && (use?.DbdName is null || s.DbdName == use.DbdName))?.DatabaseType
            : mappingFolder.Targets.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.DatabaseType;
    }

    private static bool IsFile(string? subtype) => subtype?.Contains("File", StringComparison.OrdinalIgnoreCase) == true;

    private AttributeSet Set(string owner) => new(owner, location, diagnostics);

    private void Keep(AttributeSet attributes) => _others.AddRange(attributes.Others());
}
