using System.Globalization;
using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>
/// JDBC readers fetch as many rows per round trip as one of the session's buffer blocks holds, assuming rows of about
/// 1 KB (PowerCenter sizes blocks for at least 100 rows); an automatic block size gives 10000 rows.
/// </summary>
internal sealed class JdbcFetchSizeRule : IRule<OptimizerInput, DataSourceSetting>
{
    private const int AssumedRowBytes = 1024;

    public string Name => "JdbcFetchSize";

    public IEnumerable<DataSourceSetting> Apply(OptimizerInput input)
    {
        var block = input.Session.Config.Performance.DefaultBufferBlockSize;
        var (rows, why) = block.Bytes is { } bytes && bytes > 0
            ? ((int)Math.Clamp(bytes / AssumedRowBytes, 100, 100_000), $"Default buffer block size {block.Text} holds about {Math.Clamp(bytes / AssumedRowBytes, 100, 100_000)} rows of 1 KB")
            : (10_000, "Default buffer block size is automatic; 10000 rows per round trip instead of the JDBC driver's default (10 for Oracle)");
        foreach (var source in input.Jdbc(DataSourceRole.Source))
        {
            yield return new DataSourceSetting(source.InstanceName, DataSourceRole.Source, "fetchsize", rows.ToString(CultureInfo.InvariantCulture), Name, why);
        }
    }
}
