namespace Informatica2Spark.Core.Connections;

/// <summary>
/// What kind of catalog entry a use needs: a database (Hive and Spark tables count), a file location, a queue
/// (Kafka), or anything (application connections). A typed reference (<c>Relational:</c>, <c>Queue:</c>, <c>FTP:</c>)
/// decides first, then CONNECTIONTYPE, then whether the session reads or writes a flat file.
/// </summary>
internal sealed record ExpectedConnection(string Text, string Needed, Func<ConnectionKind, bool> Accepts)
{
    private static readonly ExpectedConnection Database = new("relational", "a relational type", k => ConnectionKinds.IsRelational(k) || k is ConnectionKind.Hive or ConnectionKind.SparkTable or ConnectionKind.Delta);
    private static readonly ExpectedConnection FileLocation = new("file", "the type file", k => k == ConnectionKind.File);
    private static readonly ExpectedConnection Queue = new("queue", "the type kafka", k => k == ConnectionKind.Kafka);
    private static readonly ExpectedConnection Any = new("application", "any type", _ => true);

    public static ExpectedConnection Of(ConnectionUse use, string? prefix) =>
        Named(prefix) ?? Named(use.ConnectionType) ?? (use.File is not null ? FileLocation : Database);

    private static ExpectedConnection? Named(string? type) => type?.Trim().ToUpperInvariant() switch
    {
        "RELATIONAL" or "LOADER" => Database,
        "QUEUE" => Queue,
        "FTP" or "FILE" => FileLocation,
        "APPLICATION" => Any,
        _ => null,
    };
}
