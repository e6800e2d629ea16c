using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Connections;

/// <summary>What each kind of catalog entry needs before a Spark job can use it.</summary>
internal static class CatalogChecks
{
    /// <summary>
    /// An entry without a type is taken as relational, its exact kind left to the session's connection subtype. A
    /// password written in plain text or malformed has its own finding, so it is not reported missing too.
    /// </summary>
    public static void Check(CatalogEntry entry, bool passwordWritten, List<Diagnostic> diagnostics)
    {
        var relational = entry.Kind is null || ConnectionKinds.IsRelational(entry.Kind.Value);
        var missing = entry.Kind switch
        {
            _ when relational && entry.Url is null && entry.Host is null => "a url, or a host",
            ConnectionKind.Oracle when entry.Url is null && entry.Service is null && entry.Database is null => "a service (or database)",
            ConnectionKind.Informix when entry.Url is null && (entry.Service is null || entry.Database is null) => "a database and a service (the INFORMIXSERVER name)",
            _ when relational && entry.Kind != ConnectionKind.Oracle && entry.Url is null && entry.Database is null && entry.Service is null => "a database",
            ConnectionKind.File when entry.Path is null => "a path (local, hdfs://, s3a://, abfss:// or gs://)",
            ConnectionKind.Delta when entry.Path is null && entry.Database is null => "a path (the base directory of its Delta tables) or a database (of the Spark catalog)",
            ConnectionKind.Delta when entry.Path is not null && entry.Database is not null => "a path or a database, not both",
            ConnectionKind.Kafka when entry.BootstrapServers is null => "bootstrap_servers",
            _ => null,
        };
        if (missing is not null)
        {
            diagnostics.Add(DiagnosticCodes.CatalogEntryIncomplete.Create(
                $"connection '{entry.Name}' ({TypeText(entry)}) needs {missing}", entry.Location));
        }

        if (relational && entry.User is not null && !passwordWritten)
        {
            diagnostics.Add(DiagnosticCodes.CatalogEntryIncomplete.Create(
                $"connection '{entry.Name}' has a user but no password reference: add password: env:NAME, file:PATH or akv://VAULT/SECRET", entry.Location));
        }
    }

    public static string TypeText(CatalogEntry entry) => entry.Kind is { } kind ? ConnectionKinds.CatalogType(kind) : "type from the session's connection subtype";
}
