using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Parsing;

namespace Informatica2Spark.Core.Inventory;

/// <summary>The entry point of <c>i2s list</c>: the inventory of each export, and what could not be read.</summary>
public static class InventoryRun
{
    public static (ExportInventory Inventory, IReadOnlyList<Diagnostic> Diagnostics) Run(IReadOnlyList<ExportInput> inputs, ExportReaderOptions? options = null)
    {
        var files = new List<FileInventory>();
        var diagnostics = new DiagnosticBag();
        foreach (var input in inputs)
        {
            var builder = new InventoryBuilder();
            if (InputOpener.Read(input, s => ExportReader.Read(s, input.DisplayPath, builder, options), diagnostics) is { IsReadable: true })
            {
                files.Add(new FileInventory(input.DisplayPath, builder.Folders));
            }
        }

        return (new ExportInventory(files), diagnostics.Sorted());
    }
}
