using System.Globalization;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>The driver's memory and cores come from the cluster profile: the driver only plans and collects nothing.</summary>
internal sealed class DriverResourcesRule : IRule<OptimizerInput, ConfSetting>
{
    public string Name => "DriverResources";

    public IEnumerable<ConfSetting> Apply(OptimizerInput input)
    {
        var why = $"cluster profile '{input.Cluster.Name}': the driver plans the job and collects no rows";
        yield return new ConfSetting("spark.driver.memory", $"{input.Cluster.DriverMemoryMb}m", Name, why);
        yield return new ConfSetting("spark.driver.cores", input.Cluster.DriverCores.ToString(CultureInfo.InvariantCulture), Name, why);
    }
}
