using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>Spark writers keep no reject file: a row the database refuses fails the write.</summary>
internal sealed class RejectFileRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "RejectFile";

    public IEnumerable<Diagnostic> Apply(SessionInput input) =>
        input.Config.Targets.Where(t => t.RejectFileName is { Length: > 0 }).Select(t => DiagnosticCodes.RejectFile.Create(
            $"{t.InstanceName}: reject file '{t.RejectFileName}' has no Spark equivalent; approximation: a row the target refuses fails the load, which the run state records as an ERROR step; validate rows before the write to keep loading",
            SessionRuleLocations.Instance(input, t.InstanceName)));
}
