using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// Lowers a session's target to a driver step: the plan's target load (its view of mapping.sql, the reads and reject
/// views on its path) written with the target's data source options, or why the driver refuses it.
/// </summary>
internal static class JobTargets
{
    public static JobTarget Of(
        TargetSettings target, MappingPlan? plan, IReadOnlyList<JobSource> sources, SessionInput input, JobTuning tuning,
        ConversionOptions options, List<JobDecision> decisions)
    {
        var resolved = input.DataSources.FirstOrDefault(d => d.Role == DataSourceRole.Target && d.InstanceName.Equals(target.InstanceName, StringComparison.OrdinalIgnoreCase));
        var (format, jobOptions) = DataSourceOptions.Of(resolved, tuning.For(target.InstanceName, DataSourceRole.Target));
        var layoutRefusals = new List<string>();
        IReadOnlyList<string> projection = [];
        var definition = Definitions.Of(input, target.InstanceName, input.Folder.Targets);
        if (format == "csv" && (target.FlatFile?.SessionLayout ?? definition?.FlatFile) is { } layout && definition is not null)
        {
            if (layout.Delimited)
            {
                var header = target.FlatFile?.HeaderOptions?.Contains("Field Names", StringComparison.OrdinalIgnoreCase) == true;
                var (csv, cannot) = CsvLayout.Write(layout, header, header ? "the session's Header Options write the field names first" : "the session writes no header row");
                jobOptions = [.. jobOptions, .. csv];
                layoutRefusals.AddRange(cannot);
            }
            else
            {
                format = "text";
                jobOptions = [.. jobOptions.Where(o => !JobSources.CsvOnly.Contains(o.Key))];
                (projection, var cannot) = FixedWidthLayout.Write(layout, definition.Fields, options.Platform.SparkVersion);
                layoutRefusals.AddRange(cannot.Select(c => "fixed-width file: " + c));
                decisions.Add(new JobDecision($"{target.InstanceName}: layout", "fixed-width",
                    "each row is written as one line: every field encoded in the file's code page, cut or padded with spaces to its precision in bytes"));
            }
        }

        var operations = input.RowOperations(target);
        var load = plan?.Targets.FirstOrDefault(t => t.TargetInstance.Equals(target.InstanceName, StringComparison.OrdinalIgnoreCase));
        var path = load?.Path ?? [];
        var reads = plan?.Reads.Where(r => path.Contains(r.QualifierInstance, StringComparer.OrdinalIgnoreCase)).ToList() ?? [];
        var readSources = reads.Select(r => (Read: r, Source: sources.FirstOrDefault(s => s.Instance.Equals(r.SourceInstance, StringComparison.OrdinalIgnoreCase)))).ToList();
        var keys = definition?.Fields.Where(f => f.KeyType is KeyType.PrimaryKey or KeyType.PrimaryForeignKey).Select(f => f.Name).ToList() ?? [];
        var actionColumn = load?.RowAction is null ? null : PlanScript.RowActionColumn;
        var writePlan = TargetWritePlan.Of(input.Config.Execution.TreatSourceRowsAs, actionColumn, target, keys);
        var (merge, cannotMerge) = writePlan.Kind != WriteKind.Merge || resolved is not { Options.Count: > 0 } ? (null, null)
            : target.FlatFile is not null ? (null, $"{writePlan.Description}; a flat file cannot be updated or deleted from: write the target to a Delta table or a database")
            : JobMerge.Of(writePlan, resolved, target.InstanceName, load?.Columns.Select(c => c.Field).ToList() ?? []);
        cannotMerge ??= merge?.Statement.Refusal(merge.Dialect) is { } statementRefusal ? $"{writePlan.Description}: {statementRefusal}" : null;
        var (mode, why) = merge is not null
            ? ("merge", $"{writePlan.Description}: the rows are staged and merged into the target by its primary key ({string.Join(", ", keys)}) with one {merge.Dialect} MERGE")
            : Mode(target, operations);
        decisions.Add(new JobDecision($"{target.InstanceName}: save mode", mode, why));

        var refusal = (plan is null ? $"mapping '{input.Config.Identity.MappingName}' is not in the inputs: give the export that holds it to translate this load" : null)
            ?? (load is null ? "the mapping has no instance of this target" : null)
            ?? load?.Refusal
            ?? writePlan.Refusal
            ?? DataSourceOptions.Refusal(resolved, target.Connection?.Name ?? target.Connection?.Variable, options)
            ?? cannotMerge
            ?? (layoutRefusals.Count == 0 ? null : string.Join("; ", layoutRefusals))
            ?? readSources.Where(r => r.Source is null).Select(r => $"its source '{r.Read.SourceInstance}' is not among the session's sources").FirstOrDefault()
            ?? readSources.Where(r => r.Source?.Refusal is not null).Select(r => $"its source '{r.Source!.Instance}' cannot be read: {r.Source.Refusal}").FirstOrDefault();
        return new JobTarget(target.InstanceName, $"TGT:{target.InstanceName}", resolved?.ConnectionName, format, mode, jobOptions,
            load is { IsTranslated: true } ? PlanScript.TargetView(load.TargetInstance) : null, path, refusal)
        {
            Projection = projection,
            Merge = merge,
            ActionColumn = merge is null && writePlan.Kind == WriteKind.Append ? actionColumn : null,
            WrittenFlags = merge is null && writePlan.Kind == WriteKind.Append ? writePlan.Filter : [],
            Reads = [.. reads.Select(r => r.View)],
            Rejects = [.. plan?.Rejects.Where(r => path.Contains(r.Instance, StringComparer.OrdinalIgnoreCase)).Select(r => r.View) ?? []],
        };
    }

    private static (string Mode, string Why) Mode(TargetSettings target, TargetRowOperations operations) => target switch
    {
        _ when operations.ChangesRows || !operations.Inserts =>
            ("append", $"the session {operations.Description}; this load is refused (see Not converted)"),
        { FlatFile.AppendIfExists: true } => ("append", "the session appends to the target file if it exists"),
        { FlatFile: not null } => ("overwrite", "PowerCenter replaces the target file each run; Spark writes the path as a directory of part files"),
        { TruncateTarget: true } => ("overwrite", "Truncate target table option is on: an overwrite with truncate=true empties the table and keeps its definition"),
        _ => ("append", $"the session {operations.Description}: Spark appends them to the existing table"),
    };
}
