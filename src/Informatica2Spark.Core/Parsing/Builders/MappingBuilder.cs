using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Parsing.Builders;

/// <summary>MAPPING, MAPPLET, INSTANCE, CONNECTOR, MAPPINGVARIABLE and SHORTCUT.</summary>
internal static class MappingBuilder
{
    public static Mapping Mapping(RawElement e) => new(
        e.Required("NAME"),
        e.NonEmpty("DESCRIPTION"),
        e.Bool("ISVALID"),
        e.All("TRANSFORMATION").Select(TransformationBuilder.Transformation).ToList(),
        e.All("INSTANCE").Select(Instance).ToList(),
        e.All("CONNECTOR").Select(Connector).ToList(),
        e.All("TARGETLOADORDER").Select(t => new TargetLoadOrder(t.Int("ORDER") ?? 0, t.Required("TARGETINSTANCE"))).ToList(),
        e.All("MAPPINGVARIABLE").Select(Variable).ToList(),
        e.Position);

    public static Mapplet Mapplet(RawElement e) => new(
        e.Required("NAME"),
        e.NonEmpty("DESCRIPTION"),
        e.Bool("ISVALID"),
        e.All("TRANSFORMATION").Select(TransformationBuilder.Transformation).ToList(),
        e.All("INSTANCE").Select(Instance).ToList(),
        e.All("CONNECTOR").Select(Connector).ToList(),
        e.All("MAPPINGVARIABLE").Select(Variable).ToList(),
        e.Position);

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
        e.All("ASSOCIATED_SOURCE_INSTANCE").Select(a => a.Required("NAME")).ToList(),
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
