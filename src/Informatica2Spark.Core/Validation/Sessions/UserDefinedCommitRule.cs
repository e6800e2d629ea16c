using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>
/// User-defined commits (Commit Type user-defined, or a Transaction Control transformation) commit where the data
/// says; Spark's writers commit per task, so the generated job writes each target in one load and the run state
/// records it as one step.
/// </summary>
internal sealed class UserDefinedCommitRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "UserDefinedCommit";

    public IEnumerable<Diagnostic> Apply(SessionInput input)
    {
        var control = input.Mapping?.Instances.FirstOrDefault(i => i.TransformationType.Equals("Transaction Control", StringComparison.OrdinalIgnoreCase));
        var what = control is not null ? $"Transaction Control transformation '{control.Name}'"
            : input.Config.Execution.CommitType.Value == CommitType.UserDefined ? "user-defined commit"
            : null;
        if (what is not null)
        {
            yield return DiagnosticCodes.UserDefinedCommit.Create(
                $"{input.Config.Identity.Name}: {what} has no Spark equivalent; approximation: each target is written in one load, committed by Spark's writer per task, and recorded as one step (rerun the step to recover)",
                SessionRuleLocations.Session(input));
        }
    }
}
