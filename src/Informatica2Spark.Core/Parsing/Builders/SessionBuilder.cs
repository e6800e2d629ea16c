using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Parsing.Builders;

/// <summary>CONFIG, SESSION and the session parts that task instances can override too.</summary>
internal static class SessionBuilder
{
    public static ConfigObject Config(RawElement e) => new(
        e.Required("NAME"),
        e.Flag("ISDEFAULT"),
        e.NonEmpty("DESCRIPTION"),
        e.NameValues("ATTRIBUTE"),
        e.Position);

    public static Session Session(RawElement e) => new(
        e.Required("NAME"),
        e.Required("MAPPINGNAME"),
        e.Flag("REUSABLE"),
        e.Bool("ISVALID"),
        e.NonEmpty("DESCRIPTION"),
        e.Map("SESSTRANSFORMATIONINST", TransformationInstance),
        e.First("CONFIGREFERENCE") is { } cr ? ConfigReference(cr) : null,
        e.Map("SESSIONCOMPONENT", Component),
        e.Map("SESSIONEXTENSION", Extension),
        e.NameValues("ATTRIBUTE"),
        e.Position);

    public static SessionTransformationInstance TransformationInstance(RawElement e) => new(
        e.Required("SINSTANCENAME"),
        e.Required("TRANSFORMATIONNAME"),
        e.Required("TRANSFORMATIONTYPE"),
        e.NonEmpty("PARTITIONTYPE"),
        e.Bool("ISREPARTITIONPOINT"),
        e.Int("STAGE"),
        e.Int("PIPELINE"),
        e.Map("PARTITION", p => new SessionPartition(
            p.Required("NAME"),
            p.NonEmpty("DESCRIPTION"),
            p.Map("KEYRANGE", k => new KeyRange(
                k.Required("NAME"), k.Attr("STARTRANGE"), k.Attr("ENDRANGE"), k.NonEmpty("SRCINSTANCENAME"), k.NonEmpty("GROUP"))))),
        e.Map("HASHKEY", h => new HashKey(h.Required("NAME"), h.NonEmpty("GROUP"))),
        e.Map("FLATFILE", SourceTargetBuilder.FlatFile),
        e.NameValues("ATTRIBUTE"),
        e.Position);

    public static ConfigReference ConfigReference(RawElement e) =>
        new(e.Required("REFOBJECTNAME"), e.Required("TYPE"), e.NameValues("ATTRIBUTE"));

    public static SessionComponent Component(RawElement e) => new(
        e.Required("TYPE"),
        e.Required("REFOBJECTNAME"),
        e.Flag("REUSABLE"),
        e.Bool("ISNONE"),
        e.First("TASK") is { } task ? WorkflowBuilder.Task(task) : null,
        e.Map("VALUEPAIR", WorkflowBuilder.ValuePair),
        e.NameValues("ATTRIBUTE"));

    public static SessionExtension Extension(RawElement e) => new(
        e.Required("NAME"),
        e.Required("TYPE"),
        e.Required("SUBTYPE"),
        e.Required("SINSTANCENAME"),
        e.Required("TRANSFORMATIONTYPE"),
        e.NonEmpty("DSQINSTNAME"),
        e.NonEmpty("DSQINSTTYPE"),
        e.Map("CONNECTIONREFERENCE", c => new ConnectionReference(
            c.Required("CNXREFNAME"),
            c.Required("CONNECTIONTYPE"),
            c.Required("CONNECTIONSUBTYPE"),
            c.Required("CONNECTIONNUMBER"),
            c.Required("CONNECTIONNAME"),
            c.NonEmpty("VARIABLE"),
            c.NonEmpty("PARTITIONNAME"),
            c.NameValues("ATTRIBUTE"))),
        e.NameValues("ATTRIBUTE"));
}
