using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>"Enable high precision" keeps decimals exact to 28 digits; Spark then must not round decimal results.</summary>
internal sealed class DecimalPrecisionRule : IRule<OptimizerInput, ConfSetting>
{
    public string Name => "DecimalPrecision";

    public IEnumerable<ConfSetting> Apply(OptimizerInput input)
    {
        if (input.Session.Config.Performance.HighPrecision)
        {
            yield return new ConfSetting("spark.sql.decimalOperations.allowPrecisionLoss", "false", Name,
                "Enable high precision is on: decimal arithmetic keeps its precision instead of rounding (an overflow gives null, as PowerCenter's does)");
        }
    }
}
