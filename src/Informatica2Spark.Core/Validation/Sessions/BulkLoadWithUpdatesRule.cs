using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>
/// Bulk load bypasses the database log and can only insert: updates and deletes (an Update Strategy, rows treated as
/// update or delete, a target set to update or delete) do not go with it. Data driven without an Update Strategy
/// inserts every row, which bulk load can do.
/// </summary>
internal sealed class BulkLoadWithUpdatesRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "BulkLoadWithUpdates";

    public IEnumerable<Diagnostic> Apply(SessionInput input)
    {
        var treatAs = input.Config.Execution.TreatSourceRowsAs;
        var updateStrategy = input.Mapping?.Instances.FirstOrDefault(i => i.TransformationType.Equals("Update Strategy", StringComparison.OrdinalIgnoreCase));
        foreach (var target in input.Config.Targets.Where(t => t.LoadType.Value == TargetLoadType.Bulk))
        {
            var why = updateStrategy is not null ? $"the mapping's Update Strategy '{updateStrategy.Name}' flags rows for update or delete"
                : treatAs.Value is TreatSourceRowsAs.Update or TreatSourceRowsAs.Delete ? $"the session treats source rows as {treatAs.Text}"
                : target.UpdateAsUpdate || target.UpdateElseInsert || target.Delete ? "the target is set to update or delete rows"
                : null;
            if (why is not null)
            {
                yield return DiagnosticCodes.BulkLoadWithUpdates.Create(
                    $"{target.InstanceName}: bulk load cannot apply updates or deletes, but {why}; set the target load type to Normal",
                    SessionRuleLocations.Instance(input, target.InstanceName));
            }
        }
    }
}
