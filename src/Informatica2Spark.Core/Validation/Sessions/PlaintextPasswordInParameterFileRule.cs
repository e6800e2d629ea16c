using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>A password in plain text in a parameter file that applies to the session.</summary>
public sealed class PlaintextPasswordInParameterFileRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "PlaintextPasswordInParameterFile";

    public IEnumerable<Diagnostic> Apply(SessionInput input) =>
        Find(input.ParameterFiles, input.Parameters, input.Config.Identity.Name, input.Config.Identity.ObjectPath);

    /// <summary>
    /// I2S0702 for each line of <paramref name="files"/> that holds a password in plain text (<see cref="Passwords.IsLiteralPlaintext"/>)
    /// and gave one of <paramref name="parameters"/> its value; located at that line. <c>i2s params</c> reports them too.
    /// </summary>
    public static IEnumerable<Diagnostic> Find(IEnumerable<ParameterFile> files, IEnumerable<ResolvedParameter> parameters, string session, string objectPath)
    {
        var used = parameters.Select(p => p.Origin).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var file in files.Distinct())
        {
            foreach (var entry in file.Sections.SelectMany(s => s.Entries).Where(e => Passwords.IsLiteralPlaintext(e.Name, e.Value)))
            {
                var origin = $"{file.DisplayName}:{entry.Line}";
                if (used.Contains(origin))
                {
                    yield return DiagnosticCodes.PlaintextPasswordInParameterFile.Create(
                        $"{entry.Name} holds a password in plain text and applies to session {session}: i2s withholds the value from every output, and the driver takes it when it runs (--param {entry.Name}=VALUE or {ParameterEnvironment.VariableName(entry.Name)}, from your secret store); remove it from the file",
                        new SourceLocation(file.DisplayName, entry.Line, 1, objectPath));
                }
            }
        }
    }
}
