using System.Text;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Inventory;

namespace Informatica2Spark.Core.Reporting;

/// <summary>The inventory of <c>i2s list</c> as JSON or as a readable tree.</summary>
public static class InventoryReports
{
    public static string Json(ExportInventory inventory) => JsonOutput.Serialize(inventory);

    public static string Text(ExportInventory inventory)
    {
        var text = new StringBuilder();
        foreach (var file in inventory.Files)
        {
            text.Append(file.Path).Append('\n');
            foreach (var folder in file.Folders)
            {
                text.Append($"  folder {folder.Name} (repository {folder.Repository})\n");
                Line(text, "sessions", folder.Sessions);
                Line(text, "mappings", folder.Mappings);
                Line(text, "workflows", folder.Workflows);
                Line(text, "worklets", folder.Worklets);
                Line(text, "mapplets", folder.Mapplets);
                if (folder.TransformationTypes.Count > 0)
                {
                    text.Append("    transformation types: ")
                        .AppendJoin(", ", folder.TransformationTypes.Select(t => $"{t.Type} x{t.Count}")).Append('\n');
                }

                foreach (var run in folder.Runs)
                {
                    var path = string.Concat(run.WorkletPath.Select(w => w + " > "));
                    text.Append($"    run: {run.Workflow} > {path}{run.TaskInstance}: session {run.Session} of mapping {run.Mapping ?? "(not in this export)"}\n");
                }
            }
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string label, NamedObjects objects)
    {
        text.Append($"    {label}: {objects.Count}");
        if (objects.Count > 0)
        {
            text.Append(" (").AppendJoin(", ", objects.Names).Append(')');
        }

        text.Append('\n');
    }
}
