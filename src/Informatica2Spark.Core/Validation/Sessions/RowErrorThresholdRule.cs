using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>"Stop on errors" lets a session go on until N row errors; a Spark job fails on its first.</summary>
internal sealed class RowErrorThresholdRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "RowErrorThreshold";

    public IEnumerable<Diagnostic> Apply(SessionInput input)
    {
        if (input.Config.ErrorHandling.StopOnErrors is > 0 and var threshold)
        {
            yield return DiagnosticCodes.RowErrorThreshold.Create(
                $"{input.Config.Identity.Name}: 'Stop on errors' is {threshold}; Spark has no row-level error threshold; approximation: the job fails on the first row error (a threshold of 1)",
                SessionRuleLocations.Session(input));
        }
    }
}
