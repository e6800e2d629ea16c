using Informatica2Spark.Core.Connections;

namespace Informatica2Spark.Core.Conversion;

/// <summary>A resolved data source's options as the job model holds them: the format apart, then the options, optimizer options last.</summary>
internal static class DataSourceOptions
{
    public static (string? Format, IReadOnlyList<JobOption> Options) Of(ResolvedDataSource? resolved, IEnumerable<JobOption> tuned)
    {
        var all = resolved?.Options ?? [];
        var format = all.FirstOrDefault(o => o.Key == "format")?.Value;
        var options = all.Where(o => o.Key != "format").Select(o => new JobOption(o.Key, o.Value, o.Secret, null)).ToList();
        foreach (var option in tuned)
        {
            var existing = options.FindIndex(o => o.Key.Equals(option.Key, StringComparison.OrdinalIgnoreCase));
            if (existing >= 0)
            {
                options[existing] = options[existing] with { Rationale = option.Rationale };
            }
            else
            {
                options.Add(option);
            }
        }

        return (format, options);
    }

    /// <summary>
    /// Why the driver cannot use a data source, or null when it can. A source or target the session names no connection
    /// for is said to be so, never given a made-up connection name.
    /// </summary>
    public static string? Refusal(ResolvedDataSource? resolved, string? written, ConversionOptions options) => resolved switch
    {
        { Options.Count: > 0, PathIsFileList: true } => "an indirect file (a list of files to read) is not translated yet",
        { Options.Count: > 0 } => null,
        { ConnectionName: null } or null when written is null =>
            $"the session names no connection for it: set its connection, or the session's {(resolved?.Role == DataSourceRole.Target ? "$Target" : "$Source")} connection value",
        _ when options.Catalog is null => $"connection '{resolved?.ConnectionName ?? written}' is unknown without a connection catalog: convert with --connections FILE",
        { ConnectionName: { } name } => $"connection '{name}' has no usable entry in catalog environment '{options.Catalog.Name}': see the connection findings",
        _ => "its connection does not resolve: see the connection and parameter findings",
    };
}
