namespace Informatica2Spark.Core.Connections;

/// <summary>The kinds of connection a catalog entry can describe.</summary>
public enum ConnectionKind
{
    Oracle,
    SqlServer,
    PostgreSql,
    Db2,
    Teradata,
    Netezza,
    MySql,
    Sybase,
    Informix,
    Hive,
    SparkTable,

    /// <summary>A Delta table: under a base path, or in a database of the Spark catalog (Delta Lake).</summary>
    Delta,
    File,
    Kafka,
}

/// <summary>Catalog type names, JDBC defaults per kind, and the kind PowerCenter connection subtypes stand for.</summary>
public static class ConnectionKinds
{
    /// <summary>The JDBC driver class and URL form of a relational kind, with its default port.</summary>
    public sealed record JdbcDefaults(string Driver, string UrlTemplate, int Port);

    private static readonly Dictionary<string, ConnectionKind> ByCatalogType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["oracle"] = ConnectionKind.Oracle,
        ["sqlserver"] = ConnectionKind.SqlServer,
        ["postgresql"] = ConnectionKind.PostgreSql,
        ["db2"] = ConnectionKind.Db2,
        ["teradata"] = ConnectionKind.Teradata,
        ["netezza"] = ConnectionKind.Netezza,
        ["mysql"] = ConnectionKind.MySql,
        ["sybase"] = ConnectionKind.Sybase,
        ["informix"] = ConnectionKind.Informix,
        ["hive"] = ConnectionKind.Hive,
        ["spark_table"] = ConnectionKind.SparkTable,
        ["delta"] = ConnectionKind.Delta,
        ["file"] = ConnectionKind.File,
        ["kafka"] = ConnectionKind.Kafka,
    };

    private static readonly Dictionary<ConnectionKind, JdbcDefaults> Jdbc = new()
    {
        [ConnectionKind.Oracle] = new("oracle.jdbc.OracleDriver", "jdbc:oracle:thin:@//{host}:{port}/{service}", 1521),
        [ConnectionKind.SqlServer] = new("com.microsoft.sqlserver.jdbc.SQLServerDriver", "jdbc:sqlserver://{host}:{port};databaseName={database}", 1433),
        [ConnectionKind.PostgreSql] = new("org.postgresql.Driver", "jdbc:postgresql://{host}:{port}/{database}", 5432),
        [ConnectionKind.Db2] = new("com.ibm.db2.jcc.DB2Driver", "jdbc:db2://{host}:{port}/{database}", 50000),
        [ConnectionKind.Teradata] = new("com.teradata.jdbc.TeraDriver", "jdbc:teradata://{host}/DATABASE={database},DBS_PORT={port}", 1025),
        [ConnectionKind.Netezza] = new("org.netezza.Driver", "jdbc:netezza://{host}:{port}/{database}", 5480),
        [ConnectionKind.MySql] = new("com.mysql.cj.jdbc.Driver", "jdbc:mysql://{host}:{port}/{database}", 3306),
        [ConnectionKind.Sybase] = new("com.sybase.jdbc4.jdbc.SybDriver", "jdbc:sybase:Tds:{host}:{port}/{database}", 5000),
        [ConnectionKind.Informix] = new("com.informix.jdbc.IfxDriver", "jdbc:informix-sqli://{host}:{port}/{database}:INFORMIXSERVER={service}", 9088),
    };

    /// <summary>
    /// PowerCenter CONNECTIONSUBTYPE texts and the kind each stands for. ODBC stands for no database in particular, and
    /// application and queue subtypes (Web Services Consumer, Message Queue) for none: their entries need a type.
    /// </summary>
    private static readonly Dictionary<string, ConnectionKind> BySubtype = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Oracle"] = ConnectionKind.Oracle,
        ["Microsoft SQL Server"] = ConnectionKind.SqlServer,
        ["SQL Server"] = ConnectionKind.SqlServer,
        ["DB2"] = ConnectionKind.Db2,
        ["PWX DB2zOS"] = ConnectionKind.Db2,
        ["Sybase"] = ConnectionKind.Sybase,
        ["Informix"] = ConnectionKind.Informix,
        ["Teradata"] = ConnectionKind.Teradata,
        ["Netezza"] = ConnectionKind.Netezza,
        ["PostgreSQL"] = ConnectionKind.PostgreSql,
        ["MySQL"] = ConnectionKind.MySql,
        ["Hive"] = ConnectionKind.Hive,
    };

    public static ConnectionKind? FromCatalogType(string text) => ByCatalogType.TryGetValue(text.Trim(), out var kind) ? kind : null;

    public static string CatalogType(ConnectionKind kind) => ByCatalogType.First(p => p.Value == kind).Key;

    public static IReadOnlyCollection<string> CatalogTypes => ByCatalogType.Keys;

    public static ConnectionKind? FromSubtype(string? subtype) => subtype is not null && BySubtype.TryGetValue(subtype.Trim(), out var kind) ? kind : null;

    public static JdbcDefaults? JdbcOf(ConnectionKind kind) => Jdbc.GetValueOrDefault(kind);

    public static bool IsRelational(ConnectionKind kind) => Jdbc.ContainsKey(kind);
}
