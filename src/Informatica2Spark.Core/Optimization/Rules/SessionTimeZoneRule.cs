using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>PowerCenter reads dates in the Integration Service's local zone; the job fixes UTC so results do not depend on the cluster.</summary>
internal sealed class SessionTimeZoneRule : IRule<OptimizerInput, ConfSetting>
{
    public string Name => "SessionTimeZone";

    public IEnumerable<ConfSetting> Apply(OptimizerInput input)
    {
        yield return new ConfSetting("spark.sql.session.timeZone", "UTC", Name,
            $"PowerCenter uses the Integration Service host's zone and the session's format '{input.Session.Config.ErrorHandling.DateTimeFormat}'; UTC makes runs independent of the cluster's zone: change it to the service's zone if dates were local");
    }
}
