using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>
/// Flat files read and write dates in the session's "DateTime Format String", as Spark's <c>timestampFormat</c>
/// (the one translation of format strings, <see cref="DateFormats"/>); a format with a token Spark has no pattern for
/// leaves Spark's default.
/// </summary>
internal sealed class TimestampFormatRule : IRule<OptimizerInput, DataSourceSetting>
{
    public string Name => "TimestampFormat";

    public IEnumerable<DataSourceSetting> Apply(OptimizerInput input)
    {
        var format = input.Session.Config.ErrorHandling.DateTimeFormat;
        if (DateFormats.ToSparkPattern(format) is not { } pattern)
        {
            // J, SSSSS and the week and quarter tokens have no Spark pattern: Spark's default format applies.
            yield break;
        }

        foreach (var file in input.Csv(DataSourceRole.Source).Concat(input.Csv(DataSourceRole.Target)))
        {
            yield return new DataSourceSetting(file.InstanceName, file.Role, "timestampFormat", pattern, Name, $"the session's DateTime Format String '{format}'");
        }
    }
}
