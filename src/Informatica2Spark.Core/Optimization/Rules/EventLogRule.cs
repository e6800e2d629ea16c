using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>"Collect performance data" becomes Spark's event log, which the history server reads.</summary>
internal sealed class EventLogRule : IRule<OptimizerInput, ConfSetting>
{
    public string Name => "EventLog";

    public IEnumerable<ConfSetting> Apply(OptimizerInput input)
    {
        if (input.Session.Config.Performance.CollectPerformanceData)
        {
            yield return new ConfSetting("spark.eventLog.enabled", "true", Name,
                "Collect performance data is on: Spark's event log keeps per-stage timings and row counts for the history server");
        }
    }
}
