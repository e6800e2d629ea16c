using System.Globalization;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Emit.Merge;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Runtime.Targets;
using Informatica2Spark.Testing;
using Npgsql;
using Xunit;

namespace Informatica2Spark.Runtime.Tests.Targets;

/// <summary>
/// The MERGE i2s writes for PostgreSQL, run for real through the driver's code path (<see cref="TargetMerge"/>: staging,
/// the ADO.NET provider chosen by catalog type, the connection string from the JDBC URL, the MERGE, the staging dropped)
/// on the test server, in a schema of its own. The rows follow the Transformation Guide, Update Strategy Transformation:
/// DD_INSERT 0, DD_UPDATE 1, DD_DELETE 2, DD_REJECT 3, any other value an insert; rows flagged reject never reach the
/// target; Update as Update updates rows whose key exists; Update else Insert updates the row if it exists, otherwise
/// inserts it; Delete removes the row with the same primary key.
/// </summary>
public sealed class PostgresMergeTests : IDisposable
{
    private readonly string schema = "i2s_merge_" + Guid.NewGuid().ToString("N")[..12];

    private static readonly string[] Columns = ["ID", "NAME", "AMOUNT"];

    /// <summary>Staged rows: key, name, amount, flag (null: no flag).</summary>
    private static readonly (int Id, string Name, int Amount, int? Flag)[] Staged =
    [
        (2, "B", 200, 1),   // DD_UPDATE of an existing row
        (3, "C", 300, 2),   // DD_DELETE of an existing row
        (5, "e", 50, 0),    // DD_INSERT of a new row
        (6, "f", 60, 3),    // DD_REJECT: never reaches the target
        (7, "g", 70, 1),    // DD_UPDATE of a row that does not exist
        (4, "D", 400, 0),   // DD_INSERT of an existing key: PowerCenter's insert fails on the key; the MERGE leaves the row
        (8, "h", 80, null), // no flag: an insert
        (9, "i", 90, 7),    // another number: an insert
    ];

    [PostgresFact]
    public void Data_driven_rows_are_inserted_updated_deleted_or_rejected_by_their_flag()
    {
        var plan = Plan(updateElseInsert: false);

        var affected = Merge(plan);

        Assert.Equal(["1|a|10", "2|B|200", "4|d|40", "5|e|50", "8|h|80", "9|i|90"], TargetRows());
        Assert.Equal(5, affected);
        Assert.False(StagingExists());
    }

    [PostgresFact]
    public void Update_else_insert_inserts_the_updated_rows_that_do_not_exist()
    {
        var plan = Plan(updateElseInsert: true);

        Merge(plan);

        Assert.Equal(["1|a|10", "2|B|200", "4|d|40", "5|e|50", "7|g|70", "8|h|80", "9|i|90"], TargetRows());
        Assert.False(StagingExists());
    }

    [PostgresFact]
    public void A_failed_merge_drops_the_staging_table_and_reports_the_database_error()
    {
        var plan = Plan(updateElseInsert: false);
        var write = Write(plan);
        write.Statement = write.Statement.Replace("\"AMOUNT\" = s.\"AMOUNT\"", "\"MISSING\" = s.\"AMOUNT\"", StringComparison.Ordinal);

        Assert.Throws<PostgresException>(() => TargetMerge.Run(write, Stage, _ => throw new InvalidOperationException("no Spark here")));
        Assert.False(StagingExists());
        Assert.Equal(["1|a|10", "2|b|20", "3|c|30", "4|d|40"], TargetRows());
    }

    public PostgresMergeTests()
    {
        if (PostgresTestServer.ConnectionString is null)
        {
            return;
        }

        Execute($"""
            CREATE SCHEMA {schema};
            CREATE TABLE {schema}.customers ("ID" integer PRIMARY KEY, "NAME" text, "AMOUNT" integer);
            INSERT INTO {schema}.customers VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30), (4, 'd', 40);
            """);
    }

    public void Dispose()
    {
        if (PostgresTestServer.ConnectionString is not null)
        {
            Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    /// <summary>Data driven, each row's flag in ACT; Insert and Delete on, and Update as Update or Update else Insert.</summary>
    private static TargetWritePlan Plan(bool updateElseInsert)
    {
        var target = new TargetSettings(
            "CUSTOMERS", "PostgreSQL", "Relational Writer", null, new Choice<TargetLoadType>(TargetLoadType.Normal, "Normal"),
            Insert: true, UpdateAsUpdate: !updateElseInsert, UpdateAsInsert: false, UpdateElseInsert: updateElseInsert, Delete: true,
            TruncateTarget: false, null, null, null, null, null, null, null, null);
        var plan = TargetWritePlan.Of(new Choice<TreatSourceRowsAs>(TreatSourceRowsAs.DataDriven, "Data driven"), "ACT", target, ["ID"]);
        Assert.Equal(WriteKind.Merge, plan.Kind);
        return plan;
    }

    private MergeWrite Write(TargetWritePlan plan)
    {
        var statement = MergeStatement.Of(plan, new MergeTable($"{schema}.customers"), new MergeTable($"{schema}.customers_i2s_stage"), Columns);
        var server = new NpgsqlConnectionStringBuilder(PostgresTestServer.Require());
        return new MergeWrite
        {
            Kind = "jdbc",
            Provider = "postgresql",
            Staging = $"{schema}.customers_i2s_stage",
            Statement = MergeSql.Render(statement, MergeDialect.PostgreSql),
            Drop = MergeSql.DropStaging(statement, MergeDialect.PostgreSql),
            Url = $"jdbc:postgresql://{server.Host}:{server.Port.ToString(CultureInfo.InvariantCulture)}/{server.Database}",
            User = server.Username,
            Password = server.Password,
        };
    }

    private int Merge(TargetWritePlan plan) =>
        TargetMerge.Run(Write(plan), Stage, _ => throw new InvalidOperationException("a JDBC MERGE runs no Spark SQL"));

    /// <summary>What Spark's JDBC writer does in overwrite mode: (re)create the staging table with the rows' columns and insert them.</summary>
    private void Stage(string table)
    {
        Assert.Equal($"{schema}.customers_i2s_stage", table);
        Execute($"""
            DROP TABLE IF EXISTS {table};
            CREATE TABLE {table} ("ID" integer, "NAME" text, "AMOUNT" integer, "ACT" integer);
            INSERT INTO {table} VALUES {string.Join(", ", Staged.Select(r => $"({r.Id}, '{r.Name}', {r.Amount}, {(r.Flag is { } f ? f.ToString(CultureInfo.InvariantCulture) : "NULL")})"))};
            """);
    }

    private List<string> TargetRows()
    {
        using var connection = new NpgsqlConnection(PostgresTestServer.Require());
        connection.Open();
        using var command = new NpgsqlCommand($"SELECT \"ID\", \"NAME\", \"AMOUNT\" FROM {schema}.customers ORDER BY \"ID\"", connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{reader.GetInt32(0)}|{reader.GetString(1)}|{reader.GetInt32(2)}"));
        }

        return rows;
    }

    private bool StagingExists()
    {
        using var connection = new NpgsqlConnection(PostgresTestServer.Require());
        connection.Open();
        using var command = new NpgsqlCommand($"SELECT to_regclass('{schema}.customers_i2s_stage') IS NOT NULL", connection);
        return (bool)command.ExecuteScalar()!;
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresTestServer.Require());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
