using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Conversion;

/// <summary>The PerformanceOptimizer's plan for one session, lowered to the job model.</summary>
internal static class Tuning
{
    public static JobTuning Of(SessionInput input, ConversionRequest request) => JobTuning.Empty;
}
