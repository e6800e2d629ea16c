using System.Globalization;
using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>JDBC writers send rows in batches of the session's commit interval.</summary>
internal sealed class JdbcBatchSizeRule : IRule<OptimizerInput, DataSourceSetting>
{
    public string Name => "JdbcBatchSize";

    public IEnumerable<DataSourceSetting> Apply(OptimizerInput input)
    {
        if (input.Session.Config.Execution.CommitInterval is not { } interval || interval <= 0)
        {
            yield break;
        }

        foreach (var target in input.Jdbc(DataSourceRole.Target))
        {
            yield return new DataSourceSetting(target.InstanceName, DataSourceRole.Target, "batchsize", interval.ToString(CultureInfo.InvariantCulture), Name,
                $"Commit Interval {interval}: rows go to the database in batches of that size (Spark commits once per task)");
        }
    }
}
