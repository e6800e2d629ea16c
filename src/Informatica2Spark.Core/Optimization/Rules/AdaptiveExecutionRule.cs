using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>Adaptive execution replaces PowerCenter's fixed partition points: Spark resizes shuffles and joins from what it reads.</summary>
internal sealed class AdaptiveExecutionRule : IRule<OptimizerInput, ConfSetting>
{
    public string Name => "AdaptiveExecution";

    public IEnumerable<ConfSetting> Apply(OptimizerInput input)
    {
        const string Why = "PowerCenter partitions are fixed per session; adaptive execution sizes shuffles and joins from the data actually read";
        yield return new ConfSetting("spark.sql.adaptive.enabled", "true", Name, Why);
        yield return new ConfSetting("spark.sql.adaptive.coalescePartitions.enabled", "true", Name, Why);
    }
}
