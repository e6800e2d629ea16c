using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>
/// Truncating a target empties it first, so "update else insert" on it can only insert: one of the two is a mistake.
/// Only when the session does update else insert (<see cref="Sessions.TargetRowOperations"/>): with rows treated as
/// inserts the option is ignored.
/// </summary>
internal sealed class TruncateWithUpsertRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "TruncateWithUpsert";

    public IEnumerable<Diagnostic> Apply(SessionInput input) =>
        input.Config.Targets.Where(t => t.TruncateTarget && input.RowOperations(t).Upserts).Select(t => DiagnosticCodes.TruncateWithUpsert.Create(
            $"{t.InstanceName}: the table is truncated before the load, so 'Update else Insert' can never update; turn off one of them",
            SessionRuleLocations.Instance(input, t.InstanceName)));
}
