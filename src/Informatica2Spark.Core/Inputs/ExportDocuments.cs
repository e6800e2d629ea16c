using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parsing;

namespace Informatica2Spark.Core.Inputs;

/// <summary>Reads whole exports into documents, for commands that need complete models of small inputs.</summary>
public static class ExportDocuments
{
    public static (IReadOnlyList<ExportDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics) Read(IReadOnlyList<ExportInput> inputs)
    {
        var documents = new List<ExportDocument>();
        var diagnostics = new DiagnosticBag();
        foreach (var input in inputs)
        {
            InputOpener.Read(input, stream =>
            {
                var result = ExportReader.ReadDocument(stream, input.DisplayPath);
                if (result.Document is not null)
                {
                    documents.Add(result.Document);
                }

                return new ExportReadOutcome(result.IsReadable, result.Diagnostics);
            }, diagnostics);
        }

        return (documents, diagnostics.Sorted());
    }
}
