using DuckDB.NET.Data;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql.DuckDb;
using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings;

/// <summary>
/// A whole small job executed as the driver runs it, on DuckDB: the source read view filled from a table, the plan's
/// statements (mapping.sql rendered in the DuckDB dialect) run in order, and the target view's rows compared with the
/// rows PowerCenter loads.
/// </summary>
public sealed class PlanExecutionTests
{
    [Fact]
    public void A_filter_and_an_expression_load_the_documented_rows()
    {
        var export = Path.Combine(RepositoryPaths.TestData, "exports", "filter_expression.xml");
        using var stream = File.OpenRead(export);
        var document = ExportReader.ReadDocument(stream, "filter_expression.xml").Document!;
        var folder = document.Folders.Single();
        var mapping = folder.Mappings.Single();
        var plan = PlanBuilder.Build(MappingGraph.Of(folder, mapping, [folder]), mapping, new PlanOptions(ExpressionSettings.Default, "filter_expression.xml"));
        Assert.True(plan.Targets.Single().IsTranslated, plan.Targets.Single().Refusal);

        using var connection = new DuckDBConnection(DuckDBConnectionStringBuilder.InMemoryConnectionString);
        connection.Open();
        var read = plan.Reads.Single();
        Execute(connection, $"CREATE TABLE \"{read.View}\" (\"ID\" DECIMAL(10,0), \"AMOUNT\" DECIMAL(12,2))");
        Execute(connection, $"INSERT INTO \"{read.View}\" VALUES (1, 50), (2, 150.25), (3, NULL), (4, 100)");
        foreach (var statement in PlanScript.Statements(plan, DuckDbDialect.Instance))
        {
            Execute(connection, statement.Sql);
        }

        // TG: Filter Transformation: a row passes when the condition is TRUE; FALSE and NULL (AMOUNT NULL) drop it, so
        // 50 and 100 (not > 100) and the NULL amount are dropped. TG: Expression Transformation: OUT_DOUBLED = AMOUNT * 2.
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT CAST(\"ORDER_ID\" AS VARCHAR), CAST(\"DOUBLED\" AS VARCHAR) FROM \"{PlanScript.TargetView("BIG_ORDERS")}\" ORDER BY 1";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add($"{reader.GetString(0)}|{reader.GetString(1)}");
        }

        Assert.Equal(["2|300.50"], rows);
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
