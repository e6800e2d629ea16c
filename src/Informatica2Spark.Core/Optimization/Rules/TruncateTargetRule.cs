using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>"Truncate target table" becomes an overwrite with <c>truncate=true</c>, which keeps the table's definition, grants and indexes.</summary>
internal sealed class TruncateTargetRule : IRule<OptimizerInput, DataSourceSetting>
{
    public string Name => "TruncateTarget";

    public IEnumerable<DataSourceSetting> Apply(OptimizerInput input)
    {
        var truncated = input.Session.Config.Targets.Where(t => t.TruncateTarget).Select(t => t.InstanceName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return input.Jdbc(DataSourceRole.Target).Where(t => truncated.Contains(t.InstanceName)).Select(t => new DataSourceSetting(
            t.InstanceName, DataSourceRole.Target, "truncate", "true", Name,
            "Truncate target table option is on: the overwrite truncates the table instead of dropping and recreating it"));
    }
}
