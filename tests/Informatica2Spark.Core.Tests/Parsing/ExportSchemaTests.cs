using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Schema;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parsing;

public partial class ExportSchemaTests
{
    static ExportSchemaTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        if (RepositoryPaths.CorpusAvailable)
        {
            foreach (var file in RepositoryPaths.CorpusExports)
            {
                data.Add(Path.GetFileName(file));
            }
        }
        else
        {
            data.Add("(corpus absent)");
        }

        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_corpus_export_is_valid(string fileName)
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.Corpus, "xml", fileName));
        var findings = Validate(stream);
        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => fileName + ":" + f)));
    }

    [Fact]
    public void A_minimal_export_is_valid() => Assert.Empty(Validate(Minimal(string.Empty)));

    [Fact]
    public void A_small_export_with_source_mapping_session_and_workflow_is_valid() => Assert.Empty(Validate(Minimal(
        "<SOURCE NAME=\"S\" DATABASETYPE=\"Oracle\"><SOURCEFIELD NAME=\"ID\" DATATYPE=\"number\" PRECISION=\"10\"/></SOURCE>" +
        "<MAPPING NAME=\"m\"><INSTANCE NAME=\"S\" TYPE=\"SOURCE\" TRANSFORMATION_NAME=\"S\" TRANSFORMATION_TYPE=\"Source Definition\"/></MAPPING>" +
        "<SESSION NAME=\"s_m\" MAPPINGNAME=\"m\" REUSABLE=\"YES\"><ATTRIBUTE NAME=\"Commit Interval\" VALUE=\"10000\"/></SESSION>" +
        "<WORKFLOW NAME=\"wf\"><TASK NAME=\"Start\" TYPE=\"Start\" REUSABLE=\"NO\"/>" +
        "<TASKINSTANCE NAME=\"Start\" TASKNAME=\"Start\" TASKTYPE=\"Start\" REUSABLE=\"NO\"/>" +
        "<TASKINSTANCE NAME=\"s_m\" TASKNAME=\"s_m\" TASKTYPE=\"Session\" REUSABLE=\"YES\"/>" +
        "<WORKFLOWLINK FROMTASK=\"Start\" TOTASK=\"s_m\"/></WORKFLOW>")));

    [Fact]
    public void Attributes_the_grammar_does_not_declare_are_rejected()
    {
        var findings = Validate(Minimal("<SESSION NAME=\"s\" MAPPINGNAME=\"m\" REUSABLE=\"YES\" COLOR=\"blue\"/>"));
        Assert.Contains(findings, f => f.Contains("COLOR", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<SESSION NAME=\"s\" MAPPINGNAME=\"m\" REUSABLE=\"MAYBE\"/>", "REUSABLE")]
    [InlineData("<SESSION NAME=\"s\" REUSABLE=\"YES\"/>", "MAPPINGNAME")]
    [InlineData("<UNKNOWNTHING NAME=\"x\"/>", "UNKNOWNTHING")]
    [InlineData("<SOURCE NAME=\"s\" DATABASETYPE=\"Oracle\"><SOURCEFIELD NAME=\"a\"/><FLATFILE/></SOURCE>", "FLATFILE")]
    [InlineData("<SHORTCUT NAME=\"x\" REPOSITORYNAME=\"r\" REFOBJECTNAME=\"o\" REFERENCETYPE=\"LOCAL\" OBJECTTYPE=\"WORKFLOW\" FOLDERNAME=\"f\"/>", "OBJECTTYPE")]
    public void Violations_of_the_grammar_are_rejected(string folderContent, string mentioned)
    {
        var findings = Validate(Minimal(folderContent));
        Assert.NotEmpty(findings);
        Assert.Contains(findings, f => f.Contains(mentioned, StringComparison.Ordinal));
    }

    [ReferenceFact]
    public void Every_dtd_element_and_required_attribute_is_in_the_schema()
    {
        var dtd = CommentPattern().Replace(File.ReadAllText(Path.Combine(RepositoryPaths.Reference, "powrmart.dtd")), string.Empty);
        var dtdElements = ElementPattern().Matches(dtd).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var schema = ExportSchema.SchemaSet;
        var xsdElements = schema.GlobalElements.Names.Cast<XmlQualifiedName>().Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(dtdElements.Order(StringComparer.Ordinal), xsdElements.Order(StringComparer.Ordinal));

        foreach (Match attlist in AttlistPattern().Matches(dtd))
        {
            var element = (XmlSchemaElement)schema.GlobalElements[new XmlQualifiedName(attlist.Groups[1].Value)]!;
            var type = (XmlSchemaComplexType)element.ElementSchemaType!;
            foreach (Match required in RequiredPattern().Matches(attlist.Groups[2].Value))
            {
                var use = type.AttributeUses[new XmlQualifiedName(required.Groups[1].Value)] as XmlSchemaAttribute;
                Assert.True(use?.Use == XmlSchemaUse.Required, $"{attlist.Groups[1].Value}/@{required.Groups[1].Value} must be required");
            }
        }
    }

    private static MemoryStream Minimal(string folderContent) => new(Encoding.UTF8.GetBytes(
        "<POWERMART><REPOSITORY NAME=\"R\"><FOLDER NAME=\"F\">" + folderContent + "</FOLDER></REPOSITORY></POWERMART>"));

    private static List<string> Validate(Stream stream)
    {
        var findings = new List<string>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = ExportSchema.SchemaSet,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
        };
        settings.ValidationEventHandler += (_, e) =>
            findings.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Severity}: {e.Message}");
        using var reader = XmlReader.Create(stream, settings);
        while (reader.Read())
        {
        }

        return findings;
    }

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"<!ELEMENT\s+(\S+)")]
    private static partial Regex ElementPattern();

    [GeneratedRegex(@"<!ATTLIST\s+(\S+)(.*?)>", RegexOptions.Singleline)]
    private static partial Regex AttlistPattern();

    [GeneratedRegex(@"([A-Za-z_][\w.\-]*)\s+(?:CDATA|\([^)]*\))\s+#REQUIRED")]
    private static partial Regex RequiredPattern();
}
