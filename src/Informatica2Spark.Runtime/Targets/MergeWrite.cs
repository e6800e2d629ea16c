namespace Informatica2Spark.Runtime.Targets;

/// <summary>
/// One MERGE of a target load, as i2s wrote it at conversion: where the rows are staged, the statement that merges them
/// into the target in the target database's own dialect, and the statement that drops the staging. Two kinds:
/// <list type="bullet">
/// <item><c>delta</c>: the rows are registered as the Spark view <see cref="Staging"/> and the Spark SQL MERGE INTO runs
/// on the Delta table (Delta Lake, Upsert into a table using merge).</item>
/// <item><c>jdbc</c>: the rows are written to the table <see cref="Staging"/> over JDBC (overwrite), then the MERGE runs on
/// the database through its ADO.NET provider (<see cref="Provider"/>: <c>postgresql</c>, <c>sqlserver</c>,
/// <c>oracle</c>), connected with <see cref="Url"/>, <see cref="User"/> and <see cref="Password"/>.</item>
/// </list>
/// </summary>
public sealed class MergeWrite
{
    /// <summary><c>delta</c> or <c>jdbc</c>.</summary>
    public string Kind { get; set; } = "jdbc";

    /// <summary>The catalog type of the database of a <c>jdbc</c> MERGE: <c>postgresql</c>, <c>sqlserver</c> or <c>oracle</c>.</summary>
    public string? Provider { get; set; }

    /// <summary>The Spark view (delta) or database table (jdbc) the rows are staged in.</summary>
    public string Staging { get; set; } = string.Empty;

    /// <summary>The MERGE statement, in Spark SQL (delta) or the database's SQL (jdbc).</summary>
    public string Statement { get; set; } = string.Empty;

    /// <summary>The statement that drops the staging once the MERGE has run (or failed).</summary>
    public string Drop { get; set; } = string.Empty;

    /// <summary>The JDBC URL of the target database (jdbc), from the connection catalog.</summary>
    public string? Url { get; set; }

    /// <summary>The database user (jdbc).</summary>
    public string? User { get; set; }

    /// <summary>The password, read from the catalog's secret reference when the driver runs (jdbc).</summary>
    public string? Password { get; set; }
}
