using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Conversion;

/// <summary>Lowers a session's source to the read the driver performs, or to the reason it cannot.</summary>
internal static class JobSources
{
    public static JobSource Of(SourceSettings source, SessionInput input, IReadOnlyList<TargetFlow> flows, JobTuning tuning, ConversionOptions options)
    {
        var resolved = input.DataSources.FirstOrDefault(d => d.Role == DataSourceRole.Source && d.InstanceName.Equals(source.InstanceName, StringComparison.OrdinalIgnoreCase));
        var (format, jobOptions) = DataSourceOptions.Of(resolved, tuning.For(source.InstanceName, DataSourceRole.Source));
        var definition = Definitions.Of(input, source.InstanceName, input.Folder.Sources);
        if (format == "csv" && definition?.FlatFile is { } layout)
        {
            jobOptions = [.. jobOptions, .. CsvLayout.Options(layout, layout.SkipRows > 0,
                layout.SkipRows > 0 ? $"the file's first {layout.SkipRows} row(s) are skipped in PowerCenter; Spark skips one header line" : "the file has no header row; columns are named by position after the source definition")];
        }

        var positional = source.SqlQuery is not null
            ? flows.OfType<DirectFlow>().FirstOrDefault(f => f.SourceInstance.Equals(source.InstanceName, StringComparison.OrdinalIgnoreCase))?.QualifierPorts
            : format == "csv" ? definition?.Fields.Select(f => f.Name).ToList()
            : null;
        return new JobSource(source.InstanceName, source.QualifierName, resolved?.ConnectionName, format, jobOptions, positional,
            DataSourceOptions.Refusal(resolved, source.Connection?.Name ?? source.Connection?.Variable, options));
    }
}
