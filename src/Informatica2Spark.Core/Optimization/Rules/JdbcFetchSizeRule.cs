using System.Globalization;
using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>
/// JDBC readers fetch as many rows per round trip as one of the session's buffer blocks holds, assuming rows of about
/// 1 KB (PowerCenter sizes blocks for at least 100 rows); an automatic block size gives 10000 rows. The rationale
/// names the default of the source's own JDBC driver that the setting replaces, when it is known: Oracle's driver
/// fetches 10 rows per round trip, PostgreSQL's and MySQL's read the whole result into memory; any other database is
/// not named.
/// </summary>
internal sealed class JdbcFetchSizeRule : IRule<OptimizerInput, DataSourceSetting>
{
    private const int AssumedRowBytes = 1024;

    public string Name => "JdbcFetchSize";

    public IEnumerable<DataSourceSetting> Apply(OptimizerInput input)
    {
        var block = input.Session.Config.Performance.DefaultBufferBlockSize;
        var sized = block.Bytes is { } bytes && bytes > 0 ? (int?)Math.Clamp(bytes / AssumedRowBytes, 100, 100_000) : null;
        var rows = sized ?? 10_000;
        foreach (var source in input.Jdbc(DataSourceRole.Source))
        {
            var why = sized is not null
                ? $"Default buffer block size {block.Text} holds about {rows} rows of 1 KB"
                : $"Default buffer block size is automatic; 10000 rows per round trip instead of {DriverDefault(source.Kind)}";
            yield return new DataSourceSetting(source.InstanceName, DataSourceRole.Source, "fetchsize", rows.ToString(CultureInfo.InvariantCulture), Name, why);
        }
    }

    /// <summary>The fetch behaviour of the database's JDBC driver when no fetch size is set.</summary>
    private static string DriverDefault(ConnectionKind? kind) => kind switch
    {
        ConnectionKind.Oracle => "the Oracle JDBC driver's default of 10",
        ConnectionKind.PostgreSql => "the PostgreSQL JDBC driver's default (0: the whole result at once, in memory)",
        ConnectionKind.MySql => "MySQL Connector/J's default (the whole result at once, in memory)",
        _ => "the JDBC driver's default",
    };
}
