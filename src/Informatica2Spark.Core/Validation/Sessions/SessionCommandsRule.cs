using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>Pre- and post-session shell commands run on the Integration Service host; the driver does not run them.</summary>
internal sealed class SessionCommandsRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "SessionCommands";

    public IEnumerable<Diagnostic> Apply(SessionInput input) =>
        input.Config.Components.Commands.Select(c => DiagnosticCodes.SessionCommandNotRun.Create(
            $"{input.Config.Identity.Name}: {c.When} '{c.Name}' is not run by the generated job; approximation: none: run it in the orchestrator before or after submit.sh",
            SessionRuleLocations.Session(input)));
}
