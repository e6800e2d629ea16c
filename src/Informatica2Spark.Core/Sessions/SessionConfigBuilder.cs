using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;
using N = Informatica2Spark.Core.Sessions.SessionAttributeNames;

namespace Informatica2Spark.Core.Sessions;

/// <summary>
/// Builds the typed <see cref="SessionConfig"/> of a session occurrence. Session-level attributes merge, lowest
/// first: the config object, the session's CONFIGREFERENCE overrides, the session's own attributes, then the task
/// instance's CONFIGREFERENCE and attribute overrides. Documented PowerCenter defaults fill what no layer sets.
/// </summary>
public static class SessionConfigBuilder
{
    public const string DefaultDateTimeFormat = "MM/DD/YYYY HH24:MI:SS.US";

    /// <summary>Every session occurrence of the export, built.</summary>
    public static IReadOnlyList<(SessionConfig Config, IReadOnlyList<Diagnostic> Diagnostics)> BuildAll(ExportDocument document) =>
        document.Repositories.SelectMany(r => r.Folders.SelectMany(f => SessionOccurrences.Of(r.Name, f).Select(o => Build(document, f, o)))).ToList();

    public static (SessionConfig Config, IReadOnlyList<Diagnostic> Diagnostics) Build(ExportDocument document, Folder folder, SessionOccurrence occurrence)
    {
        var diagnostics = new List<Diagnostic>();
        var session = occurrence.Session;
        var instance = occurrence.Instance;
        var position = instance?.Position ?? session.Position;
        var location = new SourceLocation(document.Path, position.Line, position.Column, occurrence.ObjectPath);

        var attributes = new AttributeSet(occurrence.Name, location, diagnostics)
            .Layer(ConfigObject(folder, instance?.ConfigReference ?? session.ConfigReference, location, diagnostics)?.Attributes, AttributeOrigin.ConfigObject)
            .Layer(session.ConfigReference?.Attributes, AttributeOrigin.ConfigReference)
            .Layer(session.Attributes, AttributeOrigin.Session)
            .Layer(instance?.ConfigReference?.Attributes, AttributeOrigin.TaskInstance)
            .Layer(instance?.Attributes, AttributeOrigin.TaskInstance);

        var (mappingFolder, mapping) = FindMapping(document, folder, session.MappingName);
        var instances = new InstanceSettingsBuilder(mappingFolder, mapping, session, instance, location, diagnostics);

        var identity = new SessionIdentity(
            occurrence.Repository, occurrence.Folder, occurrence.Workflow, occurrence.WorkletPath, occurrence.Name, session.Name,
            session.MappingName, mapping is not null, occurrence.ObjectPath,
            attributes.NonEmpty(N.ParameterFilename), attributes.NonEmpty(N.SourceConnectionValue), attributes.NonEmpty(N.TargetConnectionValue), location);
        var execution = new ExecutionSettings(
            Choices.Of(attributes.Text(N.TreatSourceRowsAs), DefaultTreatSourceRowsAs(mapping), ("Insert", TreatSourceRowsAs.Insert), ("Update", TreatSourceRowsAs.Update), ("Delete", TreatSourceRowsAs.Delete), ("Data driven", TreatSourceRowsAs.DataDriven)),
            Choices.Of(attributes.Text(N.CommitType), CommitType.Target, ("Target", CommitType.Target), ("Source", CommitType.Source), ("User Defined", CommitType.UserDefined)),
            attributes.Number(N.CommitInterval, 10000),
            attributes.Flag(N.CommitOnEndOfFile, true),
            attributes.Flag(N.RollbackOnErrors, false),
            Choices.Of(attributes.Text(N.RecoveryStrategy), RecoveryStrategy.FailTaskAndContinueWorkflow, ("Fail task and continue workflow", RecoveryStrategy.FailTaskAndContinueWorkflow),
                ("Restart task", RecoveryStrategy.RestartTask), ("Resume from last checkpoint", RecoveryStrategy.ResumeFromLastCheckpoint)),
            attributes.Flag(N.EnableRecovery, false),
            attributes.Flag(N.ConstraintBasedLoadOrdering, false),
            attributes.Flag(N.RetryOnDeadlock, false),
            attributes.Flag(N.IncrementalAggregation, false));
        var performance = new PerformanceSettings(
            attributes.Size(N.DtmBufferSize),
            attributes.Size(N.DefaultBufferBlockSize),
            attributes.Number(N.LineSequentialBufferLength, 1024),
            Partitions(session),
            attributes.NonEmpty(N.DynamicPartitioning),
            attributes.Number(N.NumberOfPartitions),
            new PushdownSettings(
                Choices.Of(attributes.Text(N.PushdownOptimization), PushdownOptimization.None, ("None", PushdownOptimization.None), ("To Source", PushdownOptimization.ToSource),
                    ("To Target", PushdownOptimization.ToTarget), ("Full", PushdownOptimization.Full), ("$$PushdownConfig", PushdownOptimization.Parameter)),
                attributes.Flag(N.AllowTemporaryView, false), attributes.Flag(N.AllowTemporarySequence, false), attributes.Flag(N.AllowIncompatibleConnections, false)),
            attributes.Flag(N.HighPrecision, false),
            attributes.Flag(N.CollectPerformanceData, false),
            new LookupCacheSettings(attributes.Flag(N.CacheLookupFunction, true), attributes.Size(N.MaximumAutoMemory),
                attributes.Number(N.MaximumAutoMemoryPercent), attributes.NonEmpty(N.AdditionalConcurrentPipelines), attributes.NonEmpty(N.PrebuildLookupCache)),
            CustomProperty.Parse(attributes.Text(N.CustomProperties)));
        var errors = new ErrorHandlingSettings(
            attributes.Number(N.StopOnErrors, 0),
            Choices.Of(attributes.Text(N.OverrideTracing), TracingLevel.None, ("None", TracingLevel.None), ("Terse", TracingLevel.Terse), ("Normal", TracingLevel.Normal),
                ("Verbose Initialization", TracingLevel.VerboseInitialization), ("Verbose Data", TracingLevel.VerboseData)),
            attributes.NonEmpty(N.ErrorLogType),
            attributes.NonEmpty(N.ErrorLogFileName),
            attributes.NonEmpty(N.ErrorLogTablePrefix),
            attributes.Flag(N.LogSourceRowData, false),
            attributes.NonEmpty(N.DateTimeFormat) ?? DefaultDateTimeFormat,
            Action(attributes.Text(N.OnStoredProcedureError)),
            Action(attributes.Text(N.OnPreSessionCommandError)),
            Action(attributes.Text(N.OnPrePostSqlError)),
            attributes.NonEmpty(N.SessionLogFileName),
            attributes.NonEmpty(N.SessionLogDirectory));

        var sources = instances.Sources();
        var targets = instances.Targets();
        var lookups = instances.Lookups();
        var config = new SessionConfig(
            identity, execution, performance, sources, targets, lookups, mapping?.Variables ?? [], errors, Components(session, instance),
            attributes.Others().Concat(instances.Others()).ToList());
        return (config, diagnostics);
    }

    /// <summary>
    /// Treat source rows as, when the session does not say: Data driven for a mapping with an Update Strategy, else
    /// Insert (Workflow Basics Guide, Session Properties: "If the mapping for the session contains an Update Strategy
    /// transformation, this field is marked Data Driven by default").
    /// </summary>
    private static TreatSourceRowsAs DefaultTreatSourceRowsAs(Mapping? mapping) =>
        mapping?.Instances.Any(i => i.TransformationType.Equals("Update Strategy", StringComparison.OrdinalIgnoreCase)) == true
            ? TreatSourceRowsAs.DataDriven
            : TreatSourceRowsAs.Insert;

    private static Choice<ErrorAction> Action(string? text) =>
        Choices.Of(text, ErrorAction.Stop, ("Stop", ErrorAction.Stop), ("Continue", ErrorAction.Continue));

    private static ConfigObject? ConfigObject(Folder folder, ConfigReference? reference, SourceLocation location, List<Diagnostic> diagnostics)
    {
        if (reference is null)
        {
            return folder.Configs.FirstOrDefault(c => c.IsDefault);
        }

        var config = folder.Configs.FirstOrDefault(c => c.Name.Equals(reference.RefObjectName, StringComparison.OrdinalIgnoreCase));
        if (config is null)
        {
            diagnostics.Add(DiagnosticCodes.ConfigObjectMissing.Create(
                $"config object '{reference.RefObjectName}' is not in this export; PowerCenter defaults stand in for its settings: export it with the session",
                location));
        }

        return config;
    }

    /// <summary>The session's mapping, in its folder or through a shortcut to another folder of the export.</summary>
    public static (Folder Folder, Mapping? Mapping) FindMapping(ExportDocument document, Folder folder, string name)
    {
        if (folder.Mappings.FirstOrDefault(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } local)
        {
            return (folder, local);
        }

        var shortcut = folder.Shortcuts.FirstOrDefault(s => s.ObjectType == ShortcutObjectType.Mapping && s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        var target = shortcut is null ? null : document.Folders.FirstOrDefault(f => f.Name.Equals(shortcut.FolderName, StringComparison.OrdinalIgnoreCase));
        return target?.Mappings.FirstOrDefault(m => m.Name.Equals(shortcut!.RefObjectName, StringComparison.OrdinalIgnoreCase)) is { } remote
            ? (target, remote)
            : (folder, null);
    }

    private static IReadOnlyList<PartitionSettings> Partitions(Session session) =>
        session.TransformationInstances.Where(i => i.PartitionType is not null || i.Partitions.Count > 0 || i.HashKeys.Count > 0)
            .Select(i => new PartitionSettings(
                i.InstanceName,
                Choices.Of(i.PartitionType, PartitionType.PassThrough, ("PASS THROUGH", PartitionType.PassThrough), ("ROUND ROBIN", PartitionType.RoundRobin),
                    ("HASH AUTO KEYS", PartitionType.HashAutoKeys), ("HASH USER KEYS", PartitionType.HashUserKeys), ("KEY RANGE", PartitionType.KeyRange),
                    ("DATABASE PARTITIONING", PartitionType.Database)),
                Math.Max(1, i.Partitions.Count),
                i.IsRepartitionPoint ?? false,
                i.HashKeys.Select(h => h.Name).ToList(),
                i.Partitions.SelectMany(p => p.KeyRanges).ToList()))
            .ToList();

    private static ComponentSettings Components(Session session, TaskInstance? instance)
    {
        // A task instance's component of a type replaces the session's component of that type.
        var overridden = instance?.Components.Select(c => c.Type).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var components = session.Components.Where(c => !overridden.Contains(c.Type)).Concat(instance?.Components ?? []).ToList();
        var commands = components.Where(c => c.Type.Contains("command", StringComparison.OrdinalIgnoreCase))
            .SelectMany(c => c.ValuePairs.Concat(c.Task?.ValuePairs ?? []).Select(p => new SessionCommand(c.Type, p.Name, p.Value)))
            .ToList();
        var assignments = components.Where(c => c.Type.Contains("variable assignment", StringComparison.OrdinalIgnoreCase))
            .SelectMany(c => c.ValuePairs.Select(p => new VariableAssignment(c.Type, p.Name, p.Value)))
            .ToList();
        return new ComponentSettings(commands, assignments);
    }
}
