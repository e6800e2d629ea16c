using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Informatica2Spark.Core.Assessment;

/// <summary>
/// Reads the <c>effort</c> section of a YAML file (an <c>--effort</c> file, or i2s.yaml, whose other sections it
/// ignores) into <see cref="EffortFigures"/>:
/// <code>
/// effort:
///   unit: person-days
///   source: wave 1 actuals, 2026
///   simple: 1
///   medium: 3
///   complex: 8
///   veryComplex: 15
/// </code>
/// Every key is required and every figure a number of at least 0; a problem is one line with <c>file:line:column</c>.
/// </summary>
public static class EffortFiguresParser
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static (EffortFigures? Figures, string? Problem) Parse(string yaml, string displayPath)
    {
        EffortDocument? document;
        try
        {
            document = Deserializer.Deserialize<EffortDocument?>(yaml);
        }
        catch (YamlException error)
        {
            return (null, $"{displayPath}:{error.Start.Line}:{error.Start.Column}: not valid effort figures: {(error.InnerException ?? error).Message}");
        }

        if (document?.Effort is not { } effort)
        {
            return (null, $"{displayPath}:1:1: no 'effort' section: give unit, source, simple, medium, complex and veryComplex under 'effort:'");
        }

        var missing = new (string Key, bool Absent)[]
        {
            ("unit", string.IsNullOrWhiteSpace(effort.Unit)), ("source", string.IsNullOrWhiteSpace(effort.Source)),
            ("simple", effort.Simple is null), ("medium", effort.Medium is null), ("complex", effort.Complex is null), ("veryComplex", effort.VeryComplex is null),
        }.Where(k => k.Absent).Select(k => k.Key).ToList();
        if (missing.Count > 0)
        {
            return (null, $"{displayPath}:1:1: the effort section lacks {string.Join(", ", missing)}: i2s has no effort figures of its own, so every bucket needs one, with its unit and its source");
        }

        if (new[] { effort.Simple, effort.Medium, effort.Complex, effort.VeryComplex }.Any(f => f < 0 || double.IsNaN(f!.Value) || double.IsInfinity(f.Value)))
        {
            return (null, $"{displayPath}:1:1: effort figures must be numbers of at least 0");
        }

        return (new EffortFigures(effort.Unit!.Trim(), effort.Source!.Trim(), effort.Simple!.Value, effort.Medium!.Value, effort.Complex!.Value, effort.VeryComplex!.Value), null);
    }

    private sealed class EffortDocument
    {
        public EffortSection? Effort { get; set; }
    }

    private sealed class EffortSection
    {
        public string? Unit { get; set; }

        public string? Source { get; set; }

        public double? Simple { get; set; }

        public double? Medium { get; set; }

        public double? Complex { get; set; }

        public double? VeryComplex { get; set; }
    }
}
