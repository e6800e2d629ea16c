using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>A commit interval must be a positive number of rows (PowerCenter's default is 10000).</summary>
internal sealed class CommitIntervalRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "CommitInterval";

    public IEnumerable<Diagnostic> Apply(SessionInput input)
    {
        if (input.Config.Execution.CommitInterval is <= 0 and var interval)
        {
            yield return DiagnosticCodes.CommitIntervalNotPositive.Create(
                $"{input.Config.Identity.Name}: commit interval is {interval}; set a positive number of rows (PowerCenter's default is 10000)",
                SessionRuleLocations.Session(input));
        }
    }
}
