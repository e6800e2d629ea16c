using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>
/// Bulk load bypasses the database log and can only insert: a bulk-loaded target that the session updates or deletes
/// rows of is reported. What reaches the target follows <see cref="TargetRowOperations"/>: Treat source rows as Update
/// or Delete, or Data driven with an Update Strategy and the target's update or delete options on. The target's
/// Update and Delete options alone (on by default) change nothing when rows are treated as inserts.
/// </summary>
internal sealed class BulkLoadWithUpdatesRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "BulkLoadWithUpdates";

    public IEnumerable<Diagnostic> Apply(SessionInput input)
    {
        foreach (var target in input.Config.Targets.Where(t => t.LoadType.Value == TargetLoadType.Bulk))
        {
            if (input.RowOperations(target) is { ChangesRows: true } operations)
            {
                yield return DiagnosticCodes.BulkLoadWithUpdates.Create(
                    $"{target.InstanceName}: bulk load cannot apply updates or deletes, but the session {operations.Description}; set the target load type to Normal",
                    SessionRuleLocations.Instance(input, target.InstanceName));
            }
        }
    }
}
