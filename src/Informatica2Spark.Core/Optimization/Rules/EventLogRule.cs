using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>
/// "Collect performance data" becomes Spark's event log, which the history server reads. Spark writes the log to
/// <c>spark.eventLog.dir</c> (default <c>file:/tmp/spark-events</c>) and fails to start when that directory does not
/// exist (Spark configuration and monitoring guides), so the log is enabled only together with the directory the
/// cluster profile names (<c>eventLogDir</c>); without one it stays off and the rationale says how to turn it on.
/// </summary>
internal sealed class EventLogRule : IRule<OptimizerInput, ConfSetting>
{
    public string Name => "EventLog";

    public IEnumerable<ConfSetting> Apply(OptimizerInput input)
    {
        if (!input.Session.Config.Performance.CollectPerformanceData)
        {
            yield break;
        }

        if (input.Cluster.EventLogDir is { } directory)
        {
            const string Why = "Collect performance data is on: Spark's event log keeps per-stage timings and row counts for the history server";
            yield return new ConfSetting("spark.eventLog.enabled", "true", Name, Why);
            yield return new ConfSetting("spark.eventLog.dir", directory, Name, $"{Why}, in the cluster profile's eventLogDir");
        }
        else
        {
            yield return new ConfSetting("spark.eventLog.enabled", "false", Name,
                $"Collect performance data is on, but cluster profile '{input.Cluster.Name}' names no eventLogDir: Spark fails at start when the event log directory (default file:/tmp/spark-events) is missing; set eventLogDir in a --cluster FILE to keep per-stage timings for the history server");
        }
    }
}
