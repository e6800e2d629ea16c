using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings;

/// <summary>
/// Sessions converted together that run one mapping with the same settings share its plan: the shared plan says exactly
/// what a plan built on its own says, other settings or other targets get a plan of their own, and another cache (another
/// batch of sessions) builds its own.
/// </summary>
public sealed class PlanCacheTests
{
    [CorpusFact]
    public void A_shared_plan_is_the_plan_built_on_its_own_and_settings_are_part_of_the_key()
    {
        var compared = 0;
        foreach (var (file, folder, mapping, folders) in CorpusMappings.All())
        {
            var options = new PlanOptions(ExpressionSettings.Default, file);
            var cache = new PlanCache();
            var shared = cache.Get(folder, mapping, folders, options);
            var alone = PlanBuilder.Build(MappingGraph.Of(folder, mapping, folders), mapping, options);
            Assert.Same(shared, cache.Get(folder, mapping, folders, options with { }));
            Assert.Equal(Script(alone), Script(shared));
            Assert.Equal(alone.Diagnostics.Select(d => d.ToString()), shared.Diagnostics.Select(d => d.ToString()));
            Assert.NotSame(shared, cache.Get(folder, mapping, folders, options with { Settings = ExpressionSettings.Default with { HighPrecision = true } }));
            Assert.NotSame(shared, cache.Get(folder, mapping, folders, options with { Targets = ["NOT_A_TARGET"] }));
            Assert.NotSame(shared, new PlanCache().Get(folder, mapping, folders, options));
            compared++;
        }

        Assert.True(compared > 0, "the corpus has mappings");
    }

    private static string Script(MappingPlan plan) =>
        string.Join("\n", PlanScript.Statements(plan, SparkDialect.Instance).Select(s => s.Sql));
}
