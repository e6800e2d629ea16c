using System;
using System.Collections.Generic;
using System.Data.Common;

namespace Informatica2Spark.Runtime.Targets;

/// <summary>
/// The ADO.NET connection string of a JDBC URL, so the driver reaches with its ADO.NET provider the database Spark writes
/// to. Forms read (the catalog's URL forms, docs/connections.md): <c>jdbc:postgresql://HOST[:PORT]/DATABASE[?...]</c>;
/// <c>jdbc:sqlserver://HOST[:PORT][;databaseName=DB;encrypt=...;trustServerCertificate=...]</c>;
/// <c>jdbc:oracle:thin:@//HOST:PORT/SERVICE</c>, <c>jdbc:oracle:thin:@HOST:PORT:SID</c> or a TNS descriptor. Other
/// URL properties are not carried over.
/// </summary>
public static class JdbcUrls
{
    public static string ConnectionString(string provider, string url, string? user, string? password)
    {
        var builder = new DbConnectionStringBuilder();
        switch (provider.ToLowerInvariant())
        {
            case "postgresql":
                {
                    var (host, port, rest) = HostPort(After(url, "jdbc:postgresql://"));
                    builder["Host"] = host;
                    if (port is not null)
                    {
                        builder["Port"] = port;
                    }

                    var database = rest.TrimStart('/').Split('?')[0];
                    if (database.Length > 0)
                    {
                        builder["Database"] = Uri.UnescapeDataString(database);
                    }

                    Credentials(builder, "Username", user, password);
                    break;
                }

            case "sqlserver":
                {
                    var parts = After(url, "jdbc:sqlserver://").Split(';');
                    var (host, port, _) = HostPort(parts[0]);
                    builder["Data Source"] = port is null ? host : host + "," + port;
                    foreach (var (key, value) in Properties(parts))
                    {
                        switch (key.ToLowerInvariant())
                        {
                            case "databasename" or "database":
                                builder["Initial Catalog"] = value;
                                break;
                            case "encrypt":
                                builder["Encrypt"] = value;
                                break;
                            case "trustservercertificate":
                                builder["TrustServerCertificate"] = value;
                                break;
                        }
                    }

                    Credentials(builder, "User ID", user, password);
                    break;
                }

            case "oracle":
                {
                    var target = After(url, "jdbc:oracle:thin:").TrimStart('@');
                    var colons = target.Split(':');
                    builder["Data Source"] = !target.StartsWith("//", StringComparison.Ordinal) && !target.StartsWith("(", StringComparison.Ordinal) && colons.Length == 3
                        ? $"(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST={colons[0]})(PORT={colons[1]}))(CONNECT_DATA=(SID={colons[2]})))"
                        : target;
                    Credentials(builder, "User Id", user, password);
                    break;
                }

            default:
                throw new RunStateException($"no ADO.NET connection string is known for a {provider} JDBC URL");
        }

        return builder.ConnectionString;
    }

    private static string After(string url, string prefix) =>
        url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            ? url.Substring(prefix.Length)
            : throw new RunStateException($"the JDBC URL does not start with {prefix}");

    private static (string Host, string? Port, string Remainder) HostPort(string text)
    {
        var end = text.IndexOfAny(new[] { '/', '?', ';' });
        var authority = end < 0 ? text : text.Substring(0, end);
        var rest = end < 0 ? string.Empty : text.Substring(end);
        var colon = authority.LastIndexOf(':');
        return colon > 0 && !authority.EndsWith("]", StringComparison.Ordinal)
            ? (authority.Substring(0, colon), authority.Substring(colon + 1), rest)
            : (authority, null, rest);
    }

    private static IEnumerable<(string Key, string Value)> Properties(string[] parts)
    {
        for (var i = 1; i < parts.Length; i++)
        {
            var equals = parts[i].IndexOf('=');
            if (equals > 0)
            {
                yield return (parts[i].Substring(0, equals).Trim(), parts[i].Substring(equals + 1).Trim());
            }
        }
    }

    private static void Credentials(DbConnectionStringBuilder builder, string userKey, string? user, string? password)
    {
        if (user is not null)
        {
            builder[userKey] = user;
        }

        if (password is not null)
        {
            builder["Password"] = password;
        }
    }
}
