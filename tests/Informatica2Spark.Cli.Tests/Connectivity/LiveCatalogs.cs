using System.Net;
using System.Net.Sockets;
using Informatica2Spark.Testing;
using Npgsql;

namespace Informatica2Spark.Cli.Tests.Connectivity;

/// <summary>Catalogs pointing at the live PostgreSQL test server, and a loopback port nothing listens on.</summary>
internal static class LiveCatalogs
{
    public static NpgsqlConnectionStringBuilder Server => new(PostgresTestServer.Require());

    /// <summary>Writes a one-entry catalog for the test server (on <paramref name="port"/> when given) and returns its path.</summary>
    public static string PostgreSql(string directory, string name, string password, int? port = null)
    {
        var server = Server;
        var path = Path.Combine(directory, name + ".yaml");
        File.WriteAllText(path, $"""
            connections:
              {name}:
                type: postgresql
                host: {server.Host}
                port: {port ?? server.Port}
                database: {server.Database}
                user: {server.Username}
                password: {password}
            """);
        return path;
    }

    /// <summary>A loopback port nothing listens on: bound by the system, then released.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
