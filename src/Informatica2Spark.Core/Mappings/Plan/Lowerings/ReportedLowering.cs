using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// Transformations whose logic lives outside the transformation language or acts on the session rather than on rows:
/// Transaction Control (commits and rollbacks per row, TG: Transaction Control Transformation), Stored Procedure (a
/// procedure of the database, TG: Stored Procedure Transformation), Java, External Procedure, HTTP, XML Parser and
/// Generator, Web Service Consumer, and the custom transformations other than Union (SQL transformation, Java,
/// change data capture). Each is refused with what it holds (<see cref="Describe"/>), so an engineer can port it.
/// </summary>
public sealed class ReportedLowering : ITransformationLowering
{
    public IReadOnlyList<string> Types { get; } =
        ["Transaction Control", "Stored Procedure", "Java", "External Procedure", "HTTP", "XML Parser", "XML Generator", "Web Service Consumer"];

    public IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context) =>
        throw new LoweringRefusedException(Describe(context.Transformation, context.Transformation.Type));

    /// <summary>The attributes that say what a transformation does, by the names exports give them.</summary>
    private static readonly string[] Telling =
    [
        "Transaction Control Condition", "Stored Procedure Name", "Stored Procedure Type", "Call Text", "Connection Information",
        "Module Identifier", "Function Identifier", "Class Name", "Language", "SQL Mode", "Database Type",
    ];

    /// <summary>
    /// One line for the report: <paramref name="what"/> is not translated, then its input and output ports, its telling
    /// attributes with their values, and the size of every long attribute or initialization property (code, queries).
    /// </summary>
    public static string Describe(Transformation transformation, string what)
    {
        var inputs = transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Input)).Select(p => p.Name).ToList();
        var outputs = transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Output)).Select(p => p.Name).ToList();
        var attributes = transformation.TableAttributes.Concat(transformation.InitProperties).Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToList();
        var parts = new List<string>
        {
            $"inputs ({(inputs.Count == 0 ? "none" : string.Join(", ", inputs))})",
            $"outputs ({(outputs.Count == 0 ? "none" : string.Join(", ", outputs))})",
        };
        parts.AddRange(attributes.Where(a => Telling.Contains(a.Name, StringComparer.OrdinalIgnoreCase) && a.Value!.Length <= 200)
            .Select(a => $"{a.Name} = {PlanText.OneLine(a.Value!)}"));
        parts.AddRange(attributes.Where(a => a.Value!.Length > 200).Select(a => $"{a.Name}: {a.Value!.Length} characters"));
        return $"{what} is not translated, port it by hand; it holds {string.Join("; ", parts)}";
    }
}
