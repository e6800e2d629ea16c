using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>JDBC writers use READ_COMMITTED, the isolation PowerCenter's relational writers run with (Spark's default is READ_UNCOMMITTED).</summary>
internal sealed class IsolationLevelRule : IRule<OptimizerInput, DataSourceSetting>
{
    public string Name => "IsolationLevel";

    public IEnumerable<DataSourceSetting> Apply(OptimizerInput input) =>
        input.Jdbc(DataSourceRole.Target).Select(t => new DataSourceSetting(t.InstanceName, DataSourceRole.Target, "isolationLevel", "READ_COMMITTED", Name,
            "PowerCenter writes with the database's default READ_COMMITTED isolation; Spark's JDBC writer would use READ_UNCOMMITTED"));
}
