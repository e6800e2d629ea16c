using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// Lowers a session's source to the read the driver performs, or to the reason it cannot. A flat file is read with its
/// layout (the session's file properties, else the source definition's): a delimited file as CSV with the definition's
/// schema (<see cref="CsvLayout"/>, <see cref="SparkSchema"/>), a fixed-width file as lines cut into fields
/// (<see cref="FixedWidthLayout"/>). A relational SQL override must read as a subquery (<see cref="WrappedQuery"/>) and
/// its columns are named by position after the plan's read (the qualifier's ports). The rows are registered as the
/// plan's read view.
/// </summary>
internal static class JobSources
{
    /// <summary>Options of the CSV source that mean nothing to the text source a fixed-width file is read with.</summary>
    public static readonly IReadOnlySet<string> CsvOnly = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "timestampFormat", "dateFormat" };

    public static JobSource Of(
        SourceSettings source, SessionInput input, MappingPlan? plan, JobTuning tuning, ConversionOptions options, List<JobDecision> decisions)
    {
        var resolved = input.DataSources.FirstOrDefault(d => d.Role == DataSourceRole.Source && d.InstanceName.Equals(source.InstanceName, StringComparison.OrdinalIgnoreCase));
        var (format, jobOptions) = DataSourceOptions.Of(resolved, tuning.For(source.InstanceName, DataSourceRole.Source));
        var definition = Definitions.Of(input, source.InstanceName, input.Folder.Sources);
        var refusals = new List<string>();
        string? schema = null;
        IReadOnlyList<string> projection = [];
        IReadOnlyList<string>? positional = format == "csv" ? definition?.Fields.Select(f => f.Name).ToList() : null;
        if (format == "csv" && (source.FlatFile?.SessionLayout ?? definition?.FlatFile) is { } layout && definition is not null)
        {
            if (layout.Delimited)
            {
                var (csv, cannot) = CsvLayout.Read(layout);
                jobOptions = [.. jobOptions, .. csv];
                refusals.AddRange(cannot);
                (schema, var untyped) = SparkSchema.Of(definition.Fields);
                refusals.AddRange(untyped is null ? [] : [untyped]);
                positional = schema is null ? positional : null;
            }
            else
            {
                format = "text";
                positional = null;
                jobOptions = [.. jobOptions.Where(o => !CsvOnly.Contains(o.Key))];
                (projection, var cannot) = FixedWidthLayout.Read(layout, definition.Fields, options.Platform.SparkVersion);
                refusals.AddRange(cannot.Select(c => "fixed-width file: " + c));
                decisions.Add(new JobDecision($"{source.InstanceName}: layout", "fixed-width",
                    "each line is read as bytes and every field cut at its physical offset and length, decoded in the file's code page"));
            }
        }

        if (source.SqlQuery is { } sql && format == "jdbc")
        {
            var wrapped = WrappedQuery.Of(sql, resolved?.Kind);
            if (wrapped.Problem is { } problem)
            {
                refusals.Add($"its SQL override cannot be read by Spark, which runs it as a subquery: {problem}; rewrite it as one query");
            }
            else if (wrapped.Removed.Count > 0)
            {
                decisions.Add(new JobDecision($"{source.InstanceName}: query", "SQL override without " + string.Join(" and ", wrapped.Removed),
                    "Spark runs the query as a subquery, SELECT ... FROM (<query>); what follows the query's last token would break it"));
            }
        }

        var read = plan?.Reads.FirstOrDefault(r => r.SourceInstance.Equals(source.InstanceName, StringComparison.OrdinalIgnoreCase));
        positional = source.SqlQuery is not null ? read?.Columns : positional;
        var refusal = DataSourceOptions.Refusal(resolved, source.Connection?.Name ?? source.Connection?.Variable, options)
            ?? (refusals.Count == 0 ? null : string.Join("; ", refusals));
        return new JobSource(source.InstanceName, source.QualifierName, resolved?.ConnectionName, format, jobOptions, positional, refusal)
        {
            Schema = schema,
            Projection = projection,
            View = read?.View,
        };
    }
}
