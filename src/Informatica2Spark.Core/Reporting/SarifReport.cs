using System.Text.Json.Serialization;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Validation;

namespace Informatica2Spark.Core.Reporting;

/// <summary>
/// The validation report as SARIF 2.1.0, so code scanning in GitHub and Azure DevOps shows findings inline.
/// Artifact URIs are the paths as given, with forward slashes; nothing machine-specific is written.
/// </summary>
public static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Render(ValidationReport report)
    {
        var rules = DiagnosticCodes.All.Select(d => new Rule(
            d.Code, RuleName(d.Title), new Text(d.Title), new Configuration(Level(d.DefaultSeverity)))).ToList();
        var results = report.Diagnostics.Select(d => new Result(
            d.Code,
            Level(d.Severity),
            new Text(d.Message),
            d.Location.File is null ? [] : [new Location(new Physical(new Artifact(Uri(d.Location.File)), Region(d)))],
            d.Location.ObjectPath is null ? null : [new Logical(d.Location.ObjectPath)])).ToList();
        var log = new Log(SchemaUri, "2.1.0", [new Run(new Tool(new Driver(ToolInfo.Name, ToolInfo.Version, ToolInfo.InformationUri, rules)), results)]);
        return JsonOutput.Serialize(log);
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string Uri(string path) => path.Replace('\\', '/');

    private static Area? Region(Diagnostic d) =>
        d.Location.Line > 0 ? new Area(d.Location.Line, d.Location.Column > 0 ? d.Location.Column : null) : null;

    private static string RuleName(string title) =>
        string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]))
            .Replace(",", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);

    private sealed record Log([property: JsonPropertyName("$schema")] string Schema, string Version, IReadOnlyList<Run> Runs);

    private sealed record Run(Tool Tool, IReadOnlyList<Result> Results);

    private sealed record Tool(Driver Driver);

    private sealed record Driver(string Name, string SemanticVersion, string InformationUri, IReadOnlyList<Rule> Rules);

    private sealed record Rule(string Id, string Name, Text ShortDescription, Configuration DefaultConfiguration);

    private sealed record Configuration(string Level);

    private sealed record Text([property: JsonPropertyName("text")] string Value);

    private sealed record Result(
        string RuleId,
        string Level,
        Text Message,
        IReadOnlyList<Location> Locations,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Logical>? LogicalLocations);

    private sealed record Location(Physical PhysicalLocation);

    private sealed record Physical(
        Artifact ArtifactLocation,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Area? Region);

    private sealed record Artifact(string Uri);

    private sealed record Area(int StartLine, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? StartColumn);

    private sealed record Logical(string FullyQualifiedName);
}
