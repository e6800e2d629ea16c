using System.Xml;
using System.Xml.Schema;

namespace Informatica2Spark.Core.Parsing;

/// <summary>The PowerCenter export schema (<c>xsd/powrmart.xsd</c>), embedded in this assembly and compiled once.</summary>
public static class ExportSchema
{
    public const string ResourceName = "Informatica2Spark.Xsd.powrmart.xsd";

    private static readonly Lazy<XmlSchemaSet> Compiled = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The compiled schema set; shared and read-only once compiled.</summary>
    public static XmlSchemaSet SchemaSet => Compiled.Value;

    private static XmlSchemaSet Load()
    {
        using var stream = typeof(ExportSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded schema {ResourceName} is missing from the build.");
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(stream, settings);
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(null, reader);
        set.Compile();
        return set;
    }
}
