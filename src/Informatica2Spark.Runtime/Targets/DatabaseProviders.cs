using System;
using System.Data.Common;
using System.Reflection;

namespace Informatica2Spark.Runtime.Targets;

/// <summary>
/// The ADO.NET provider of each database a MERGE runs on, found by the factory type's name so that a driver carries only
/// the provider its project references: PostgreSQL through Npgsql (<c>Npgsql.NpgsqlFactory</c>), SQL Server through
/// Microsoft.Data.SqlClient (<c>SqlClientFactory</c>), Oracle through Oracle.ManagedDataAccess.Core
/// (<c>OracleClientFactory</c>). Each factory is its type's static <c>Instance</c> field (ADO.NET, DbProviderFactory).
/// </summary>
public static class DatabaseProviders
{
    /// <summary>The factory of <paramref name="provider"/> (a catalog type); throws <see cref="RunStateException"/> naming the package to reference when it is not loaded.</summary>
    public static DbProviderFactory Factory(string provider)
    {
        var (typeName, package) = provider.ToLowerInvariant() switch
        {
            "postgresql" => ("Npgsql.NpgsqlFactory, Npgsql", "Npgsql"),
            "sqlserver" => ("Microsoft.Data.SqlClient.SqlClientFactory, Microsoft.Data.SqlClient", "Microsoft.Data.SqlClient"),
            "oracle" => ("Oracle.ManagedDataAccess.Client.OracleClientFactory, Oracle.ManagedDataAccess", "Oracle.ManagedDataAccess.Core"),
            _ => throw new RunStateException($"no ADO.NET provider runs a MERGE on a {provider} database"),
        };
        var type = Type.GetType(typeName, throwOnError: false)
            ?? throw new RunStateException($"the {provider} ADO.NET provider is not loaded: the driver project must reference the package {package}");
        return type.GetField("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as DbProviderFactory
            ?? throw new RunStateException($"{typeName} has no static Instance factory");
    }
}
