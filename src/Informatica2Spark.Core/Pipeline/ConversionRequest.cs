using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Pipeline;

/// <summary>Everything one <c>i2s convert</c> run needs besides the exports.</summary>
/// <param name="Parameters">The parameter inputs for a document's sessions (the caller reads the files they name).</param>
public sealed record ConversionRequest(
    ConversionOptions Options,
    TemplateSet Templates,
    Func<ExportDocument, (ParameterInputs Inputs, IReadOnlyList<Diagnostic> Diagnostics)> Parameters)
{
    /// <summary>Session names to convert (the name a session runs under, or its own name); empty: all.</summary>
    public IReadOnlyList<string> Sessions { get; init; } = [];

    /// <summary>Workflow names whose sessions to convert; empty: all.</summary>
    public IReadOnlyList<string> Workflows { get; init; } = [];

    public bool Selects(SessionOccurrence occurrence) =>
        (Sessions.Count == 0 || Sessions.Any(s => s.Equals(occurrence.Name, StringComparison.OrdinalIgnoreCase) || s.Equals(occurrence.Session.Name, StringComparison.OrdinalIgnoreCase)))
        && (Workflows.Count == 0 || Workflows.Any(w => w.Equals(occurrence.Workflow, StringComparison.OrdinalIgnoreCase)));
}
