using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Emit.Merge;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Tests.Validation.Sessions;
using Informatica2Spark.Testing;
using Informatica2Spark.Testing.Spark;
using Xunit;

namespace Informatica2Spark.Core.Tests.Emit;

/// <summary>
/// One typed MERGE per write plan, written in each database's syntax. The plans are those of the Transformation Guide's
/// Update Strategy options (Setting the Update Strategy for a Session): Data driven rows flagged by an Update Strategy
/// with Insert, Update as Update and Delete on; every row treated as Update with Update else Insert; every row treated as
/// Delete; and Data driven with Update else Insert and Delete off.
/// </summary>
public sealed class MergeSqlTests
{
    private static readonly SessionInput Ledger = SessionCases.WithCatalog("direct_loads.xml", "s_m_load_gl", "finance.prm");

    private static readonly string[] Columns = ["ID", "NAME", "AMOUNT"];

    private static readonly (string Name, TargetWritePlan Plan)[] Plans =
    [
        ("data driven: insert, update as update, delete", Plan(TreatSourceRowsAs.DataDriven, "ACT", insert: true, update: true, upsert: false, delete: true)),
        ("treat source rows as update: update else insert", Plan(TreatSourceRowsAs.Update, null, insert: true, update: true, upsert: true, delete: false)),
        ("treat source rows as delete", Plan(TreatSourceRowsAs.Delete, null, insert: true, update: true, upsert: false, delete: true)),
        ("data driven: update else insert, delete off", Plan(TreatSourceRowsAs.DataDriven, "ACT", insert: true, update: false, upsert: true, delete: false)),
    ];

    [Theory]
    [InlineData(MergeDialect.Delta)]
    [InlineData(MergeDialect.PostgreSql)]
    [InlineData(MergeDialect.SqlServer)]
    [InlineData(MergeDialect.Oracle)]
    public void Each_dialect_writes_the_merge_of_each_plan(MergeDialect dialect)
    {
        var text = string.Join("\n\n", Statements(dialect).Select(s => $"-- {s.Name}\n{MergeSql.Render(s.Statement, dialect)}"));

        Snapshot.Verify(text + "\n", "sql", $"dialect={dialect}");
    }

    [SparkGrammarFact]
    public void Delta_merges_parse_with_the_spark_grammar()
    {
        var statements = Statements(MergeDialect.Delta).Select(s => MergeSql.Render(s.Statement, MergeDialect.Delta))
            .Append(MergeSql.Render(Statements(MergeDialect.Delta)[0].Statement with { Target = new MergeTable("s3a://lake/sales/customers", IsPath: true) }, MergeDialect.Delta))
            .ToList();

        Assert.Equal(statements.Select(_ => (string?)null), SparkSqlGrammar.CheckStatements(statements));
    }

    [SparkGrammarFact]
    public void The_append_filter_parses_as_a_spark_expression()
    {
        var plan = TargetWritePlan.Of(new(TreatSourceRowsAs.DataDriven, "Data driven"), "ACT", Target(insert: true, update: false, upsert: false, delete: false) with { UpdateAsInsert = true }, ["ID"]);
        var filter = MergeSql.FlagCondition(plan.ActionColumn!, plan.Filter, MergeDialect.Delta, null);

        Assert.Equal("COALESCE(`ACT`, 0) NOT IN (2, 3)", filter);
        Assert.Equal([null], SparkSqlGrammar.CheckExpressions([filter]));
    }

    [Fact]
    public void Oracle_refuses_deletes_when_every_column_is_a_key()
    {
        var statement = MergeStatement.Of(Plans[2].Plan, new MergeTable("SALES.CUSTOMERS"), new MergeTable("SALES.CUSTOMERS_I2S_STAGE"), ["ID"]);

        Assert.Contains("deletes only rows it updates", statement.Refusal(MergeDialect.Oracle), StringComparison.Ordinal);
        Assert.Null(statement.Refusal(MergeDialect.PostgreSql));
    }

    private static List<(string Name, MergeStatement Statement)> Statements(MergeDialect dialect) =>
    [
        .. Plans.Select(p => (p.Name, MergeStatement.Of(
            p.Plan,
            new MergeTable("SALES.CUSTOMERS"),
            new MergeTable(dialect == MergeDialect.Delta ? "i2s_stage_customers" : "SALES.CUSTOMERS_I2S_STAGE"),
            Columns))),
    ];

    private static TargetWritePlan Plan(TreatSourceRowsAs treat, string? column, bool insert, bool update, bool upsert, bool delete)
    {
        var plan = TargetWritePlan.Of(new(treat, treat.ToString()), column, Target(insert, update, upsert, delete), ["ID"]);
        Assert.Equal(WriteKind.Merge, plan.Kind);
        return plan;
    }

    private static TargetSettings Target(bool insert, bool update, bool upsert, bool delete) =>
        Ledger.Config.Targets[0] with { Insert = insert, UpdateAsUpdate = update, UpdateElseInsert = upsert, UpdateAsInsert = false, Delete = delete };
}
