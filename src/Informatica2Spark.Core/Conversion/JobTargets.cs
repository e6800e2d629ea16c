using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Conversion;

/// <summary>Lowers a session's target to a driver step: the rows it writes and how, or why the driver refuses it.</summary>
internal static class JobTargets
{
    public static JobTarget Of(
        TargetSettings target, IReadOnlyList<TargetFlow> flows, IReadOnlyList<JobSource> sources, SessionInput input, JobTuning tuning,
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

        var flow = flows.First(f => f.TargetInstance.Equals(target.InstanceName, StringComparison.OrdinalIgnoreCase));
        var direct = flow as DirectFlow;
        var operations = input.RowOperations(target);
        var keys = definition?.Fields.Where(f => f.KeyType is KeyType.PrimaryKey or KeyType.PrimaryForeignKey).Select(f => f.Name).ToList() ?? [];
        var plan = TargetWritePlan.Of(input.Config.Execution.TreatSourceRowsAs, null, target, keys);
        var (merge, cannotMerge) = plan.Kind != WriteKind.Merge || resolved is not { Options.Count: > 0 } ? (null, null)
            : target.FlatFile is not null ? (null, $"{plan.Description}; a flat file cannot be updated or deleted from: write the target to a Delta table or a database")
            : JobMerge.Of(plan, resolved, target.InstanceName, direct?.Columns.Select(c => c.TargetField).ToList() ?? []);
        cannotMerge ??= merge?.Statement.Refusal(merge.Dialect) is { } statementRefusal ? $"{plan.Description}: {statementRefusal}" : null;
        var (mode, why) = merge is not null
            ? ("merge", $"{plan.Description}: the rows are staged and merged into the target by its primary key ({string.Join(", ", keys)}) with one {merge.Dialect} MERGE")
            : Mode(target, operations);
        decisions.Add(new JobDecision($"{target.InstanceName}: save mode", mode, why));

        var source = direct is null ? null : sources.FirstOrDefault(s => s.Instance.Equals(direct.SourceInstance, StringComparison.OrdinalIgnoreCase));
        var refusal = flow is UntranslatedFlow untranslated ? Listed(untranslated)
            : plan.Refusal
            ?? DataSourceOptions.Refusal(resolved, target.Connection?.Name ?? target.Connection?.Variable, options)
            ?? cannotMerge
            ?? (layoutRefusals.Count == 0 ? null : string.Join("; ", layoutRefusals))
            ?? (source is null ? $"its source '{direct!.SourceInstance}' is not among the session's sources" : null)
            ?? (source?.Refusal is { } cannotRead ? $"its source '{source.Instance}' cannot be read: {cannotRead}" : null);
        var columns = direct is null || source is null ? [] : direct.Columns.Select(c => new JobColumn(ReadName(c, source), c.TargetField)).ToList();
        return new JobTarget(target.InstanceName, $"TGT:{target.InstanceName}", resolved?.ConnectionName, format, mode, jobOptions, source?.Instance, columns, refusal,
            (flow as UntranslatedFlow)?.Transformations ?? [])
        {
            Projection = projection,
            Merge = merge,
        };
    }

    /// <summary>A qualifier port's name in the rows read: positional reads use the qualifier's ports (SQL override) or the file's fields.</summary>
    private static string ReadName(ColumnLink link, JobSource source) =>
        source.PositionalColumns is not null && source.Format != "csv" ? link.QualifierPort : link.SourceField ?? link.QualifierPort;

    private static string Listed(UntranslatedFlow flow) =>
        flow.Transformations.Count == 0 ? flow.Reason : $"{flow.Reason}: {string.Join(", ", flow.Transformations.Select(t => $"{t.Instance} ({t.Type})"))}";

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
