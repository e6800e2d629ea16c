using System.Runtime.CompilerServices;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Sql.DuckDb;
using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Testing;
using Informatica2Spark.Testing.Spark;
using Informatica2Spark.Testing.Sql;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings;

/// <summary>
/// The plans of the testdata mappings (<c>testdata/mappings</c>): built, rendered as <c>mapping.sql</c> (snapshot, every
/// statement parsed with Spark's grammar) and rendered for DuckDB and run over small input tables.
/// </summary>
internal static class PlanCases
{
    /// <summary>
    /// The plan of one mapping of <c>testdata/mappings/<paramref name="file"/></c>, read with the project's validating
    /// parser: the one named <paramref name="mapping"/>, or the only mapping of the only folder when it is null.
    /// </summary>
    public static MappingPlan Plan(string file, string? mapping = null)
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.TestData, "mappings", file));
        var read = ExportReader.ReadDocument(stream, file);
        var document = read.Document ?? throw new InvalidOperationException($"{file} is not a valid export: {string.Join("; ", read.Diagnostics.Select(d => d.Message))}");
        var folders = document.Folders.ToList();
        var folder = mapping is null ? Assert.Single(folders) : folders.Single(f => f.Mappings.Any(m => m.Name == mapping));
        var model = mapping is null ? Assert.Single(folder.Mappings) : folder.Mappings.Single(m => m.Name == mapping);
        return PlanBuilder.Build(MappingGraph.Of(folder, model, folders), model, new PlanOptions(ExpressionSettings.Default, file));
    }

    /// <summary>Every Spark statement of the plan parses with Spark's grammar (when the checker can run; CI requires it).</summary>
    public static void AssertSparkGrammar(MappingPlan plan)
    {
        if (!SparkSqlGrammar.Available && !SparkSqlGrammar.RequiredByCi)
        {
            return;
        }

        var statements = PlanScript.Statements(plan, SparkDialect.Instance).Select(s => s.Sql).ToList();
        var errors = SparkSqlGrammar.CheckStatements(statements);
        Assert.All(statements.Zip(errors), p => Assert.True(p.Second is null, $"{p.Second}\n{p.First}"));
    }

    /// <summary>Snapshots the plan's <c>mapping.sql</c> and its report, and checks every statement with Spark's grammar.</summary>
    public static void VerifyScript(MappingPlan plan, string? parameters = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var report = string.Concat(plan.Instances.Select(i => $"-- {i.Instance} ({i.TransformationType}): {i.Status.ToString().ToLowerInvariant()}{string.Concat(i.Notes.Select(n => "\n--   " + n))}\n"))
            + string.Concat(plan.Targets.Where(t => !t.IsTranslated).Select(t => $"-- {t.TargetInstance} refused: {t.Refusal}\n"))
            + string.Concat(plan.Lookups.Select(l => $"-- lookup read {l.View}: {l.Kind} {l.Table} override={l.SqlOverride is not null} filter={l.SourceFilter} connection={l.Connection} columns={string.Join(",", l.Columns)}\n"))
            + string.Concat(plan.Reads.Where(r => r.Query is not null).Select(r => $"-- pushed query of {r.View}:\n{r.Query}\n"));
        Snapshot.Verify(report + PlanScript.Text(plan, "test"), "sql", parameters, sourceFile, method);
        AssertSparkGrammar(plan);
    }

    /// <summary>
    /// Runs the plan on DuckDB. <paramref name="inputs"/> are keyed by the source instance (a source read, or a table
    /// a pushed query names) or lookup instance whose rows they hold; the result is the rows of the target's view in
    /// the order of <paramref name="orderBy"/> (target fields).
    /// </summary>
    public static IReadOnlyList<string> Run(MappingPlan plan, string target, string orderBy, params (string Instance, string[] Columns, string[] Rows)[] inputs)
    {
        Assert.All(plan.Instances, i => Assert.NotEqual(InstanceStatus.Unsupported, i.Status));
        var byName = inputs.ToDictionary(i => i.Instance, StringComparer.OrdinalIgnoreCase);
        var tables = new List<InputTable>();
        var views = new List<string>();
        foreach (var read in plan.Reads)
        {
            if (read.Query is null)
            {
                var input = byName[read.SourceInstance];
                tables.Add(new InputTable(read.View, input.Columns, input.Rows));
                continue;
            }

            tables.AddRange(read.Sources.Select(s => new InputTable(s, byName[s].Columns, byName[s].Rows)));
            views.Add($"CREATE VIEW {DuckDbEngine.QuoteIdentifier(read.View)} AS {read.Query}");
        }

        foreach (var lookup in plan.Lookups)
        {
            var input = byName[lookup.LookupInstance];
            tables.Add(new InputTable(lookup.View, input.Columns, input.Rows));
        }

        var statements = views.Concat(PlanScript.Statements(plan, DuckDbDialect.Instance).Select(s => s.Sql)).ToList();
        return PlanExecution.Run(tables, statements, $"SELECT * FROM {DuckDbEngine.QuoteIdentifier(PlanScript.TargetView(target))} ORDER BY {orderBy}");
    }
}
