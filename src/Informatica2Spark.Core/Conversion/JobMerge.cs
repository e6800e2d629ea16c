using Informatica2Spark.Core.Connections;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// The MERGE a target load is written with: its dialect, the catalog type whose ADO.NET provider runs it (null for
/// Delta, which Spark runs), the typed statement, and where the rows are staged (a Spark view for Delta, a table of the
/// target's database beside the target otherwise).
/// </summary>
public sealed record JobMerge(MergeDialect Dialect, string? Provider, MergeStatement Statement, string Staging)
{
    /// <summary>
    /// The MERGE of <paramref name="plan"/> (a Merge plan) into the target <paramref name="resolved"/> names, or why
    /// there is none: i2s writes MERGE for Delta tables and for PostgreSQL, SQL Server and Oracle databases.
    /// </summary>
    public static (JobMerge? Merge, string? Refusal) Of(TargetWritePlan plan, ResolvedDataSource resolved, string instance, IReadOnlyList<string> columns)
    {
        var dialect = resolved.Kind switch
        {
            ConnectionKind.Delta => MergeDialect.Delta,
            ConnectionKind.PostgreSql => MergeDialect.PostgreSql,
            ConnectionKind.SqlServer => MergeDialect.SqlServer,
            ConnectionKind.Oracle => MergeDialect.Oracle,
            _ => (MergeDialect?)null,
        };
        var option = (string key) => resolved.Options.FirstOrDefault(o => o.Key == key)?.Value;
        var table = dialect == MergeDialect.Delta
            ? option("path") is { } path ? new MergeTable(path, IsPath: true) : option("table") is { } name ? new MergeTable(name) : null
            : option("dbtable") is { } dbtable ? new MergeTable(dbtable) : null;
        var kind = resolved.Kind is { } k ? $"a {ConnectionKinds.CatalogType(k)} connection" : "a connection of no known type";
        if (dialect is not { } d || table is null)
        {
            return (null, $"{plan.Description}; updates and deletes are written with MERGE, which i2s writes for Delta tables and PostgreSQL, SQL Server and Oracle tables, and this target is {(table is null && dialect is not null ? "a query, not a table" : kind)}");
        }

        var staging = d == MergeDialect.Delta ? "i2s_stage_" + OutputNames.Identifier(instance).ToLowerInvariant() : table.Name + "_I2S_STAGE";
        var statement = MergeStatement.Of(plan, table, new MergeTable(staging), columns);
        return (new JobMerge(d, d == MergeDialect.Delta ? null : ConnectionKinds.CatalogType(resolved.Kind!.Value), statement, staging), null);
    }
}
