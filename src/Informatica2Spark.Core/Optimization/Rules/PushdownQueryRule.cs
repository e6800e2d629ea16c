using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>
/// The ConnectionManager pushes the qualifier's SQL override, or its filter, user-defined join and select distinct,
/// into the JDBC <c>query</c>, so the database filters before Spark reads; this rule states why.
/// </summary>
internal sealed class PushdownQueryRule : IRule<OptimizerInput, DataSourceSetting>
{
    public string Name => "PushdownQuery";

    public IEnumerable<DataSourceSetting> Apply(OptimizerInput input)
    {
        foreach (var source in input.Jdbc(DataSourceRole.Source))
        {
            var query = source.Options.FirstOrDefault(o => o.Key == "query")?.Value;
            var settings = input.Session.Config.Sources.FirstOrDefault(s => s.InstanceName.Equals(source.InstanceName, StringComparison.OrdinalIgnoreCase));
            if (query is null || settings is null)
            {
                continue;
            }

            var pushed = settings.SqlQuery is not null ? "the qualifier's SQL override"
                : string.Join(", ", new[]
                {
                    settings.SourceFilter is not null ? "its source filter" : null,
                    settings.UserDefinedJoin is not null ? "its user-defined join" : null,
                    settings.SelectDistinct ? "select distinct" : null,
                }.OfType<string>());
            yield return new DataSourceSetting(source.InstanceName, DataSourceRole.Source, "query", query, Name, $"{pushed} runs in the database, as in PowerCenter");
        }
    }
}
