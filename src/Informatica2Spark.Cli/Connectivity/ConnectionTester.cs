using System.Net.Sockets;
using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Diagnostics;
using Npgsql;

namespace Informatica2Spark.Cli.Connectivity;

/// <summary>
/// Opens a real connection for each catalog entry the tool has a driver for (PostgreSQL through Npgsql), within a
/// timeout, and reports reachability and authentication in one line each. Other types are reported as not testable.
/// </summary>
internal static class ConnectionTester
{
    public static async Task<IReadOnlyList<Diagnostic>> TestAsync(CatalogEnvironment environment, TimeSpan timeout)
    {
        var results = new List<Diagnostic>();
        foreach (var entry in environment.Entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            results.Add(await TestAsync(entry, timeout));
        }

        return results;
    }

    private static async Task<Diagnostic> TestAsync(CatalogEntry entry, TimeSpan timeout)
    {
        var type = entry.Kind is { } k ? ConnectionKinds.CatalogType(k) : "untyped";
        if (entry.Kind != ConnectionKind.PostgreSql)
        {
            return DiagnosticCodes.ConnectionNotTestable.Create(
                $"connection {entry.Name} ({type}): not testable from here; i2s opens PostgreSQL connections only", entry.Location);
        }

        var builder = Builder(entry, timeout);
        if (string.IsNullOrEmpty(builder.Host))
        {
            return DiagnosticCodes.ConnectionNotTestable.Create($"connection {entry.Name} ({type}): not testable: the entry names no host", entry.Location);
        }

        using var cancellation = new CancellationTokenSource(timeout);
        if (entry.Password is { } reference)
        {
            var (secret, problem) = await SecretResolver.ResolveAsync(reference, cancellation.Token);
            if (secret is null)
            {
                return DiagnosticCodes.SecretUnavailable.Create($"connection {entry.Name} ({type}): {problem}", entry.Location);
            }

            builder.Password = secret;
        }

        var endpoint = $"{builder.Host}:{builder.Port}";
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellation.Token);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(cancellation.Token);
            return DiagnosticCodes.ConnectionTestPassed.Create($"connection {entry.Name} ({type}): ok, {endpoint} as {builder.Username}", entry.Location);
        }
        catch (PostgresException error) when (error.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            return DiagnosticCodes.ConnectionAuthenticationFailed.Create(
                $"connection {entry.Name} ({type}): authentication failed at {endpoint} for user {builder.Username}", entry.Location);
        }
        catch (Exception error) when (error is NpgsqlException or SocketException or TimeoutException or OperationCanceledException)
        {
            var reason = error is OperationCanceledException or TimeoutException || error.InnerException is TimeoutException
                ? $"no answer within {timeout.TotalSeconds:0} s"
                : (error.InnerException as SocketException ?? error as SocketException)?.SocketErrorCode.ToString() ?? error.GetType().Name;
            return DiagnosticCodes.ConnectionUnreachable.Create($"connection {entry.Name} ({type}): unreachable at {endpoint} ({reason})", entry.Location);
        }
    }

    private static NpgsqlConnectionStringBuilder Builder(CatalogEntry entry, TimeSpan timeout)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = entry.Host,
            Port = entry.Port ?? 5432,
            Database = entry.Database,
            Username = entry.User,
            Timeout = Math.Max(1, (int)timeout.TotalSeconds),
            CommandTimeout = Math.Max(1, (int)timeout.TotalSeconds),
            Pooling = false,
        };
        if (entry.Url is { } url && Uri.TryCreate(url.Replace("jdbc:", string.Empty, StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            builder.Host = uri.Host;
            builder.Port = uri.Port > 0 ? uri.Port : 5432;
            builder.Database = uri.AbsolutePath.Trim('/');
        }

        return builder;
    }
}
