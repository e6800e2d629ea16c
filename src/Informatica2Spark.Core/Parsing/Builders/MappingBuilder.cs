using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Parsing.Builders;

/// <summary>MAPPING, MAPPLET, INSTANCE, CONNECTOR, MAPPINGVARIABLE and SHORTCUT.</summary>
internal static class MappingBuilder
{
    public static Mapping Mapping(RawElement e)
    {
        var b = Body(e);
        return new Mapping(
            e.Required("NAME"), e.NonEmpty("DESCRIPTION"), e.Bool("ISVALID"), b.Transformations, b.Instances, b.Connectors,
            e.Map("TARGETLOADORDER", t => new TargetLoadOrder(t.Int("ORDER") ?? 0, t.Required("TARGETINSTANCE"))),
            b.Variables, e.Position);
    }

    public static Mapplet Mapplet(RawElement e)
    {
        var b = Body(e);
        return new Mapplet(
            e.Required("NAME"), e.NonEmpty("DESCRIPTION"), e.Bool("ISVALID"), b.Transformations, b.Instances, b.Connectors, b.Variables, e.Position);
    }

    /// <summary>What mappings and mapplets both hold.</summary>
    private static (IReadOnlyList<Transformation> Transformations, IReadOnlyList<Instance> Instances, IReadOnlyList<Connector> Connectors,
        IReadOnlyList<MappingVariable> Variables) Body(RawElement e) => (
        e.Map("TRANSFORMATION", TransformationBuilder.Transformation),
        e.Map("INSTANCE", Instance),
        e.Map("CONNECTOR", Connector),
        e.Map("MAPPINGVARIABLE", Variable));

    public static Instance Instance(RawElement e) => new(
        e.Required("NAME"),
        e.Attr("TYPE") switch
        {
            "SOURCE" => InstanceKind.Source,
            "TARGET" => InstanceKind.Target,
            "TRANSFORMATION" => InstanceKind.Transformation,
            "MAPPLET" => InstanceKind.Mapplet,
            _ => InstanceKind.Unspecified,
        },
        e.NonEmpty("TRANSFORMATION_NAME") ?? e.Required("NAME"),
        e.Required("TRANSFORMATION_TYPE"),
        e.Bool("REUSABLE"),
        e.NonEmpty("DBDNAME"),
        e.NonEmpty("DESCRIPTION"),
        e.NameValues("TABLEATTRIBUTE"),
        e.Map("ASSOCIATED_SOURCE_INSTANCE", a => a.Required("NAME")),
        e.Position);

    public static Connector Connector(RawElement e) => new(
        e.Required("FROMINSTANCE"),
        e.Required("FROMINSTANCETYPE"),
        e.Required("FROMFIELD"),
        e.Required("TOINSTANCE"),
        e.Required("TOINSTANCETYPE"),
        e.Required("TOFIELD"),
        e.Position);

    public static MappingVariable Variable(RawElement e) => new(
        e.Required("NAME"),
        e.Required("DATATYPE"),
        e.Int("PRECISION"),
        e.Int("SCALE"),
        e.Attr("DEFAULTVALUE") is { Length: > 0 } d ? d : null,
        e.Attr("AGGFUNCTION") switch
        {
            "COUNT" => AggregationFunction.Count,
            "MIN" => AggregationFunction.Min,
            "MAX" => AggregationFunction.Max,
            _ => AggregationFunction.None,
        },
        e.Flag("ISPARAM"),
        e.Flag("ISEXPRESSIONVARIABLE"),
        e.Flag("USERDEFINED", whenAbsent: true),
        e.NonEmpty("DESCRIPTION"),
        e.Position);

    public static Shortcut Shortcut(RawElement e) => new(
        e.Required("NAME"),
        e.Required("REFOBJECTNAME"),
        e.Required("FOLDERNAME"),
        e.Required("REPOSITORYNAME"),
        e.Attr("OBJECTTYPE") switch
        {
            "SOURCE" => ShortcutObjectType.Source,
            "TARGET" => ShortcutObjectType.Target,
            "MAPPING" => ShortcutObjectType.Mapping,
            "MAPPLET" => ShortcutObjectType.Mapplet,
            _ => ShortcutObjectType.Transformation,
        },
        e.Attr("REFERENCETYPE") == "GLOBAL" ? ShortcutReferenceType.Global : ShortcutReferenceType.Local,
        e.NonEmpty("DBDNAME"),
        e.Position);
}
