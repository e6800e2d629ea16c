using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>
/// Resuming from the last checkpoint replays part of a run, so mapping variables the run changes (SETMAXVARIABLE and
/// the like) would count the replayed rows twice or miss them; Restart task keeps them consistent.
/// </summary>
internal sealed class ResumeWithMappingVariablesRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "ResumeWithMappingVariables";

    public IEnumerable<Diagnostic> Apply(SessionInput input)
    {
        var variables = input.Mapping?.Variables.Where(v => !v.IsParameter).Select(v => v.Name).ToList() ?? [];
        if (input.Config.Execution.RecoveryStrategy.Value == RecoveryStrategy.ResumeFromLastCheckpoint && variables.Count > 0)
        {
            yield return DiagnosticCodes.ResumeWithMappingVariables.Create(
                $"{input.Config.Identity.Name}: Recovery Strategy is 'Resume from last checkpoint' but mapping '{input.Mapping!.Name}' has variables ({string.Join(", ", variables)}) that a resumed run cannot keep consistent; use 'Restart task'",
                SessionRuleLocations.Session(input));
        }
    }
}
