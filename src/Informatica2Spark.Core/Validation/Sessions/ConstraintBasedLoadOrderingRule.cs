using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>Constraint-based load ordering inserts parent rows before child rows row by row; the driver loads target by target.</summary>
internal sealed class ConstraintBasedLoadOrderingRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "ConstraintBasedLoadOrdering";

    public IEnumerable<Diagnostic> Apply(SessionInput input)
    {
        if (input.Config.Execution.ConstraintBasedLoadOrdering && input.Config.Targets.Count > 1)
        {
            yield return DiagnosticCodes.ConstraintBasedLoadOrdering.Create(
                $"{input.Config.Identity.Name}: constraint-based load ordering has no Spark equivalent; approximation: targets load one after another in the session's order; check that parents come first",
                SessionRuleLocations.Session(input));
        }
    }
}
