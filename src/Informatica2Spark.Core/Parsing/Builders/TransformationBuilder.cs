using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Parsing.Builders;

/// <summary>TRANSFORMATION with its ports, groups and table attributes; EXPRMACRO.</summary>
internal static class TransformationBuilder
{
    public static Transformation Transformation(RawElement e) => new(
        e.Required("NAME"),
        e.Required("TYPE"),
        e.Flag("REUSABLE"),
        e.NonEmpty("DESCRIPTION"),
        e.Map("GROUP", g => new TransformationGroup(
            g.Required("NAME"), g.Int("ORDER") ?? 0, g.Required("TYPE"), g.NonEmpty("EXPRESSION"), g.NonEmpty("DESCRIPTION"))),
        e.Map("TRANSFORMFIELD", Port),
        e.NameValues("TABLEATTRIBUTE"),
        e.NameValues("INITPROP"),
        e.First("FLATFILE") is { } flat ? SourceTargetBuilder.FlatFile(flat) : null,
        e.Position);

    public static Port Port(RawElement e)
    {
        var portType = e.Required("PORTTYPE");
        return new Port(
            e.Required("NAME"),
            e.Required("DATATYPE"),
            DirectionOf(portType),
            portType,
            e.Int("PRECISION") ?? 0,
            e.Int("SCALE"),
            e.Attr("EXPRESSION"),
            e.NonEmpty("EXPRESSIONTYPE"),
            e.Attr("DEFAULTVALUE") is { Length: > 0 } d ? d : null,
            e.NonEmpty("GROUP"),
            e.NonEmpty("REF_FIELD"),
            e.Bool("ISSORTKEY"),
            e.NonEmpty("SORTDIRECTION"),
            e.NameValues("TRANSFORMFIELDATTR"),
            e.Position)
        {
            RefSourceField = e.NonEmpty("REF_SOURCE_FIELD"),
            SequenceGeneratorValue = e.NonEmpty("SEQUENCE_GENERATOR_VALUE"),
        };
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PortDirection> Directions = new(StringComparer.Ordinal);

    /// <summary>Parses PORTTYPE text such as <c>INPUT/OUTPUT</c>, <c>LOCAL VARIABLE</c> or <c>LOOKUP/OUTPUT/RETURN</c>.</summary>
    public static PortDirection DirectionOf(string portType) =>
        portType.Length <= 64 ? Directions.GetOrAdd(portType, ParseDirection) : ParseDirection(portType);

    private static PortDirection ParseDirection(string portType)
    {
        var direction = PortDirection.None;
        foreach (var part in portType.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            direction |= part.ToUpperInvariant() switch
            {
                "INPUT" => PortDirection.Input,
                "OUTPUT" => PortDirection.Output,
                "LOCAL VARIABLE" or "VARIABLE" => PortDirection.Variable,
                "LOOKUP" => PortDirection.Lookup,
                "RETURN" => PortDirection.Return,
                "MASTER" => PortDirection.Master,
                "GENERATED" => PortDirection.Generated,
                _ => PortDirection.None,
            };
        }

        return direction;
    }

    public static ExpressionMacro Macro(RawElement e) => new(
        e.Required("NAME"),
        e.Required("EXPRESSION"),
        e.NonEmpty("RETURNTYPE"),
        e.Map("MACROARGUMENT", a => a.Required("NAME")),
        e.Position);
}
