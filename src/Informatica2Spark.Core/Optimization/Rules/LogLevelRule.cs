using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>"Override tracing" sets the session log's detail; <c>spark.log.level</c> (Spark 3.5 and later) sets the driver's.</summary>
internal sealed class LogLevelRule : IRule<OptimizerInput, ConfSetting>
{
    public string Name => "LogLevel";

    public IEnumerable<ConfSetting> Apply(OptimizerInput input)
    {
        var tracing = input.Session.Config.ErrorHandling.OverrideTracing;
        var level = tracing.Value switch
        {
            TracingLevel.Terse => "WARN",
            TracingLevel.Normal or TracingLevel.VerboseInitialization => "INFO",
            TracingLevel.VerboseData => "DEBUG",
            _ => null,
        };
        var version = Version.TryParse(input.SparkVersion, out var parsed) ? parsed : new Version(3, 5);
        if (level is not null && version >= new Version(3, 5))
        {
            yield return new ConfSetting("spark.log.level", level, Name, $"Override tracing is '{tracing.Text}'");
        }
    }
}
