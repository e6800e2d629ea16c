using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Parameters;

/// <summary>Resolves the parameters of every session of the exports and returns what resolving found.</summary>
public static class ParameterValidation
{
    public static IReadOnlyList<Diagnostic> Run(IEnumerable<ExportDocument> documents, ParameterInputs inputs)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var (document, folder, occurrence) in SessionOccurrences.In(documents))
        {
            diagnostics.AddRange(SessionParameters.Resolve(document.Path, folder, occurrence, inputs).Resolution.Diagnostics);
        }

        return diagnostics;
    }
}
