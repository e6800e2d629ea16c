using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Sql.DuckDb;
using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Testing.Sql;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings.Lowerings;

/// <summary>
/// One testdata mapping (<c>testdata/mappings/NAME.xml</c>, read with the project's validating parser) and its plan:
/// the statements in Spark SQL (each checked with Spark's grammar when the checker is available) and in DuckDB, run
/// over input rows.
/// </summary>
internal sealed class PlanCase
{
    private PlanCase(string name, MappingPlan plan)
    {
        Name = name;
        Plan = plan;
    }

    public string Name { get; }

    public MappingPlan Plan { get; }

    /// <summary>The text of <c>mapping.sql</c>.</summary>
    public string Script => PlanScript.Text(Plan, Name);

    /// <summary>The plan of the only mapping of <c>testdata/mappings/<paramref name="name"/>.xml</c>.</summary>
    public static PlanCase Load(string name) => new(name, PlanCases.Plan(name + ".xml"));

    /// <summary>
    /// The plan with each run-time value <paramref name="values"/> gives a literal for bound in the select lists of its
    /// steps, as a driver binds its markers before running them.
    /// </summary>
    public PlanCase Bind(Func<SqlParameter, SqlExpr?> values) => new(Name, Plan with
    {
        Steps = [.. Plan.Steps.Select(s => s.Query is SqlSelect select
            ? s with { Query = select with { Items = [.. select.Items.Select(i => i with { Value = SqlTree.BindParameters(i.Value, values) })] } }
            : s)],
    });

    /// <summary>The report of one instance.</summary>
    public InstanceReport Instance(string name) => Assert.Single(Plan.Instances, i => i.Instance == name);

    /// <summary>Every Spark statement parses with Spark's grammar (when the checker can run).</summary>
    public void AssertSparkGrammar() => PlanCases.AssertSparkGrammar(Plan);

    /// <summary>Runs the plan on DuckDB over the rows of one source (columns with DuckDB types, rows in delivery order).</summary>
    public PlanExecution Run(string source, IReadOnlyList<(string Name, string Type)> columns, params IReadOnlyList<string?>[] rows)
    {
        var read = Assert.Single(Plan.Reads, r => r.SourceInstance == source);
        return PlanExecution.Run([new TableInput(read.View, columns, rows)], PlanScript.Statements(Plan, DuckDbDialect.Instance).Select(s => s.Sql));
    }

    /// <summary>The sorted rows a target receives.</summary>
    public static IReadOnlyList<string> Target(PlanExecution execution, string target) => execution.SortedLines(PlanScript.TargetView(target));
}
