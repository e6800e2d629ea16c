using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>A password attribute of the session, its config or its mapping's transformations written in plain text in the export.</summary>
internal sealed class PlaintextPasswordInExportRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "PlaintextPasswordInExport";

    public IEnumerable<Diagnostic> Apply(SessionInput input)
    {
        var session = input.Config.OtherAttributes.Select(a => (Owner: a.Owner, a.Name, a.Value))
            .Concat(input.Config.Performance.CustomProperties.Select(p => (Owner: input.Config.Identity.Name, p.Name, p.Value)));
        var mapping = input.Mapping?.Transformations.SelectMany(t => t.TableAttributes.Select(a => (Owner: t.Name, a.Name, a.Value))) ?? [];
        foreach (var (owner, name, _) in session.Concat(mapping).Where(a => Passwords.IsLiteralPlaintext(a.Name, a.Value)).Distinct())
        {
            yield return DiagnosticCodes.PlaintextPasswordInExport.Create(
                $"{owner}: '{name}' holds a password in plain text in the export; remove it and keep the password in the connection catalog as env:NAME, file:PATH or akv://VAULT/SECRET",
                SessionRuleLocations.Session(input));
        }
    }
}
