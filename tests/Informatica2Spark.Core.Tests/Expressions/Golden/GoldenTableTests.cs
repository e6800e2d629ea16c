using Informatica2Spark.Core.Expressions.Functions;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Testing.Spark;
using Informatica2Spark.Testing.Sql;
using Xunit;

namespace Informatica2Spark.Core.Tests.Expressions.Golden;

/// <summary>
/// The golden table: every row translates to its expected Spark SQL and verdict, and every row that runs on DuckDB
/// gives the documented PowerCenter result for its inputs.
/// </summary>
public sealed class GoldenTableTests
{
    private static readonly string[] Verdicts = ["exact", "approximate", "unsupported"];

    [Fact]
    public void Rows_are_complete_and_their_ids_unique()
    {
        var problems = new List<string>();
        foreach (var duplicate in GoldenTable.All.GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"id '{duplicate.Key}' is used {duplicate.Count()} times");
        }

        foreach (var row in GoldenTable.All)
        {
            if (string.IsNullOrWhiteSpace(row.Id) || string.IsNullOrWhiteSpace(row.Expression) || string.IsNullOrWhiteSpace(row.Source))
            {
                problems.Add($"{row}: id, expression and source are required");
            }

            if (!Verdicts.Contains(row.Verdict))
            {
                problems.Add($"{row}: verdict '{row.Verdict}' is not exact, approximate or unsupported");
            }

            if (row.Verdict == "unsupported" && row.Sql is not null)
            {
                problems.Add($"{row}: an unsupported row has no sql");
            }

            if (row.Verdict != "unsupported" && row.Sql is null)
            {
                problems.Add($"{row}: a translated row gives its expected sql");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(GoldenTable.All.Count > 0, "the golden table is empty");
    }

    [Fact]
    public void Every_row_translates_to_its_expected_sql_and_verdict()
    {
        var problems = new List<string>();
        foreach (var row in GoldenTable.All)
        {
            var result = StandaloneExpressions.Translate(row.Request());
            var translation = result.Translation;
            var verdict = translation.Verdict.ToString().ToLowerInvariant();
            if (GoldenAccept.Enabled && (translation.Sql != row.Sql || translation.ErrorSql != row.ErrorSql))
            {
                GoldenAccept.Write(row, "sql", translation.Sql);
                GoldenAccept.Write(row, "errorSql", translation.ErrorSql);
            }

            if (translation.Sql != row.Sql)
            {
                problems.Add($"{row}: sql\n  expected: {row.Sql ?? "(not translated)"}\n  actual:   {translation.Sql ?? "(not translated): " + string.Join("; ", translation.Problems.Select(p => p.Message))}");
            }

            if (translation.ErrorSql != row.ErrorSql)
            {
                problems.Add($"{row}: errorSql\n  expected: {row.ErrorSql ?? "(none)"}\n  actual:   {translation.ErrorSql ?? "(none)"}");
            }

            if (verdict != row.Verdict)
            {
                problems.Add($"{row}: verdict {verdict}, expected {row.Verdict} ({string.Join("; ", translation.Problems.Select(p => p.Message))})");
            }

            if (row.Type is { } type && translation.Type.ToString() != type)
            {
                problems.Add($"{row}: type {translation.Type}, expected {type}");
            }

            if (row.Diagnostic is { } code && translation.Problems.All(p => p.Code.Code != code))
            {
                problems.Add($"{row}: expected diagnostic {code}, got {string.Join(", ", translation.Problems.Select(p => p.Code.Code))}");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} golden row(s) differ:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Rows_that_run_on_duckdb_give_the_documented_results()
    {
        using var engine = new DuckDbEngine();
        var problems = new List<string>();
        var executed = 0;
        foreach (var row in GoldenTable.All.Where(r => r.RunsOnDuckDb))
        {
            executed++;
            if (GoldenExecution.Check(row, StandaloneExpressions.Translate(row.Request()), engine) is { } problem)
            {
                problems.Add($"{row} ({row.Expression}): {problem}");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {executed} executed row(s) differ from the documented result:\n" + string.Join("\n", problems));
    }

    [SparkGrammarFact]
    public void Every_generated_text_parses_with_the_spark_sql_grammar()
    {
        var texts = new List<(string Row, string Sql)>();
        foreach (var row in GoldenTable.All)
        {
            var result = StandaloneExpressions.Translate(row.Request());
            foreach (var sql in new[] { result.Translation.Sql, result.Translation.ErrorSql, result.BoundSql, result.BoundErrorSql }.OfType<string>().Distinct())
            {
                texts.Add((row.ToString(), sql));
            }
        }

        var errors = SparkSqlGrammar.CheckExpressions([.. texts.Select(t => t.Sql)]);
        var problems = texts.Zip(errors).Where(p => p.Second is not null).Select(p => $"{p.First.Row}: {p.Second}\n  {p.First.Sql}").ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} of {texts.Count} texts do not parse:\n" + string.Join("\n", problems));
    }
}
