using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Testing;
using Informatica2Spark.Testing.Spark;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings;

/// <summary>
/// The plan of every mapping of the real corpus: nothing throws, every step parses with Spark's grammar, and the
/// status of every transformation instance (by type) and of every target load is kept as a snapshot.
/// </summary>
public sealed class PlanCorpusTests
{
    [CorpusFact]
    public void Every_corpus_mapping_has_a_plan_and_the_statuses_are_stable()
    {
        var statuses = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var refusals = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int loads = 0, translatedLoads = 0;
        var statements = new List<string>();
        foreach (var (file, folder, mapping, folders) in CorpusMappings.All())
        {
            var plan = PlanBuilder.Build(MappingGraph.Of(folder, mapping, folders), mapping, new PlanOptions(ExpressionSettings.Default, file));
            foreach (var instance in plan.Instances)
            {
                var key = $"{instance.TransformationType}: {instance.Status.ToString().ToLowerInvariant()}";
                statuses[key] = statuses.GetValueOrDefault(key) + 1;
                if (instance.Status == InstanceStatus.Unsupported)
                {
                    var reason = instance.Notes[0].Split(':')[0];
                    refusals[$"{instance.TransformationType}: {(reason.Length > 90 ? reason[..90] : reason)}"] = refusals.GetValueOrDefault($"{instance.TransformationType}: {(reason.Length > 90 ? reason[..90] : reason)}") + 1;
                }
            }

            loads += plan.Targets.Count;
            translatedLoads += plan.Targets.Count(t => t.IsTranslated);
            statements.AddRange(PlanScript.Statements(plan, Core.Expressions.Sql.SparkDialect.Instance).Select(s => s.Sql));
        }

        var text = $"target loads: {loads}, translated: {translatedLoads}\nstatements: {statements.Count}\n"
            + "instances:\n" + string.Concat(statuses.Select(s => $"  {s.Key}: {s.Value}\n"))
            + "refusals:\n" + string.Concat(refusals.Select(s => $"  {s.Key}: {s.Value}\n"));
        Snapshot.Verify(text, "txt");
        if (SparkSqlGrammar.Available || SparkSqlGrammar.RequiredByCi)
        {
            var errors = SparkSqlGrammar.CheckStatements(statements);
            var bad = statements.Zip(errors).Where(p => p.Second is not null).Select(p => $"{p.Second}\n{p.First}").Take(5).ToList();
            Assert.True(bad.Count == 0, string.Join("\n\n", bad));
        }
    }
}
