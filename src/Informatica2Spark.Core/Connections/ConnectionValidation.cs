using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Syntax;

namespace Informatica2Spark.Core.Connections;

/// <summary>
/// What <c>i2s validate --connections</c> checks: every session's sources and targets resolve to catalog entries of the
/// right kind, parameter files name only catalogued connections, and no password sits in a parameter file.
/// </summary>
public static class ConnectionValidation
{
    public static IReadOnlyList<Diagnostic> Run(IEnumerable<ExportDocument> documents, ParameterInputs parameters, CatalogEnvironment catalog)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var (document, folder, occurrence) in SessionOccurrences.In(documents))
        {
            var (config, _) = SessionConfigBuilder.Build(document, folder, occurrence);
            var resolution = SessionParameters.Resolve(document.Path, folder, occurrence, parameters).Resolution;
            var connections = ConnectionResolver.Resolve(config, resolution.Parameters, catalog);
            diagnostics.AddRange(connections.Diagnostics);

            // A parameter a connection or file path needs and has no value is reported once, by the parameter stage.
            var needed = ConnectionUses.Of(config, resolution.Parameters).SelectMany(u => u.Unresolved).ToHashSet(StringComparer.OrdinalIgnoreCase);
            diagnostics.AddRange(resolution.Diagnostics.Where(d => d.Code == DiagnosticCodes.ParameterUnresolved.Code
                && ParameterReferences.Find(d.Message) is [var first, ..] && needed.Contains(first.Name)));
        }

        foreach (var file in parameters.Files.Concat(parameters.OwnFiles.Values).Distinct())
        {
            CheckParameterFile(file, catalog, diagnostics);
        }

        return diagnostics;
    }

    private static void CheckParameterFile(ParameterFile file, CatalogEnvironment catalog, List<Diagnostic> diagnostics)
    {
        foreach (var entry in file.Sections.SelectMany(s => s.Entries))
        {
            var location = new SourceLocation(file.DisplayName, entry.Line, 1);
            if (Passwords.IsPlaintext(entry.Name, entry.Value))
            {
                diagnostics.Add(DiagnosticCodes.PlaintextPassword.Create(
                    $"{entry.Name} holds a password in plain text; keep passwords in the connection catalog as env:NAME, file:PATH or akv://VAULT/SECRET", location));
            }

            if (entry.Name.StartsWith("$DBConnection", StringComparison.OrdinalIgnoreCase) && entry.Value.Length > 0 && !entry.Value.StartsWith('$'))
            {
                var colon = entry.Value.IndexOf(':', StringComparison.Ordinal);
                var name = colon > 0 ? entry.Value[(colon + 1)..].Trim() : entry.Value.Trim();
                if (catalog.Find(name) is null)
                {
                    diagnostics.Add(DiagnosticCodes.ConnectionNotInCatalog.Create(
                        $"{entry.Name} names connection '{name}', which is not in the catalog environment '{catalog.Name}'", location));
                }
            }
        }
    }
}
