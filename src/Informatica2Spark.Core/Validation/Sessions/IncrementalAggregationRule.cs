using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>Incremental aggregation keeps aggregate caches between runs; Spark recomputes aggregates from the data read.</summary>
internal sealed class IncrementalAggregationRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "IncrementalAggregation";

    public IEnumerable<Diagnostic> Apply(SessionInput input)
    {
        if (input.Config.Execution.IncrementalAggregation)
        {
            yield return DiagnosticCodes.IncrementalAggregation.Create(
                $"{input.Config.Identity.Name}: incremental aggregation has no Spark equivalent; approximation: aggregates are computed from the rows each run reads, so read the full history or merge into the target",
                SessionRuleLocations.Session(input));
        }
    }
}
