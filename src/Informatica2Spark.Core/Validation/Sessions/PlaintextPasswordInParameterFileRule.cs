using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>A password in plain text in a parameter file that applies to the session.</summary>
internal sealed class PlaintextPasswordInParameterFileRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "PlaintextPasswordInParameterFile";

    public IEnumerable<Diagnostic> Apply(SessionInput input)
    {
        var used = input.Parameters.Select(p => p.Origin).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var file in input.ParameterFiles.Distinct())
        {
            foreach (var entry in file.Sections.SelectMany(s => s.Entries).Where(e => Passwords.IsLiteralPlaintext(e.Name, e.Value)))
            {
                var origin = $"{file.DisplayName}:{entry.Line}";
                if (used.Contains(origin))
                {
                    yield return DiagnosticCodes.PlaintextPasswordInParameterFile.Create(
                        $"{entry.Name} holds a password in plain text and applies to session {input.Config.Identity.Name}; give it as a secret reference (env:NAME, file:PATH or akv://VAULT/SECRET): i2s withholds the value from every output",
                        new SourceLocation(file.DisplayName, entry.Line, 1, input.Config.Identity.ObjectPath));
                }
            }
        }
    }
}
