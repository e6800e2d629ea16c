using System.Text;
using System.Xml;
using System.Xml.Schema;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parsing;

/// <summary>
/// The reader's grammar check against System.Xml's own XSD validation of the same schema, used as the oracle: both must
/// report findings at the same (line, column, severity), one for one.
/// </summary>
public class GrammarCheckOracleTests
{
    static GrammarCheckOracleTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> CorpusFiles() => ExportSchemaTests.CorpusFiles();

    public static TheoryData<string> TestDataFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.TestData, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.TestData, file));
        }

        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_corpus_export_has_the_findings_of_the_library(string fileName) =>
        AssertSameFindings(File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "xml", fileName)));

    [Theory]
    [MemberData(nameof(TestDataFiles))]
    public void Every_testdata_export_has_the_findings_of_the_library(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.TestData, relativePath));
        var ours = Read(bytes);
        if (!ours.IsReadable)
        {
            // Unreadable input (broken/*) reports only its one fatal diagnostic, never schema findings.
            Assert.DoesNotContain(ours.Diagnostics, IsSchemaFinding);
            return;
        }

        AssertSameFindings(bytes);
    }

    [Theory]
    [InlineData("undeclared attribute", "<SESSION NAME=\"s\" MAPPINGNAME=\"m\" REUSABLE=\"YES\" COLOR=\"blue\"/>", "<SESSION> has an attribute COLOR the export grammar does not declare")]
    [InlineData("namespaced attribute", "<SESSION xmlns:x=\"urn:x\" NAME=\"s\" MAPPINGNAME=\"m\" REUSABLE=\"YES\" x:COLOR=\"blue\"/>", "<SESSION> has an attribute x:COLOR")]
    [InlineData("missing required attribute", "<SESSION NAME=\"s\" REUSABLE=\"YES\"/>", "<SESSION> lacks the required attribute MAPPINGNAME")]
    [InlineData("two missing required attributes", "<TARGET><TARGETFIELD NAME=\"a\"/></TARGET>", "<TARGETFIELD> lacks the required attribute PRECISION")]
    [InlineData("bad enumeration", "<SESSION NAME=\"s\" MAPPINGNAME=\"m\" REUSABLE=\"MAYBE\"/>", "<SESSION> REUSABLE='MAYBE' is not one of YES, NO")]
    [InlineData("enumeration is case-sensitive", "<SESSION NAME=\"s\" MAPPINGNAME=\"m\" REUSABLE=\"yes\"/>", "REUSABLE='yes' is not one of YES, NO")]
    [InlineData("element not allowed in parent", "<MAPPING NAME=\"m\"><SESSION NAME=\"s\" MAPPINGNAME=\"m\" REUSABLE=\"YES\"/></MAPPING>", "<MAPPING> does not allow <SESSION> here; expected one of <TRANSFORMATION>, <INSTANCE>")]
    [InlineData("element out of sequence order", "<SOURCE NAME=\"s\" DATABASETYPE=\"Oracle\"><SOURCEFIELD NAME=\"a\" DATATYPE=\"x\" PRECISION=\"1\"/><FLATFILE/></SOURCE>", "<SOURCE> does not allow <FLATFILE> here")]
    [InlineData("maxOccurs=1 element twice", "<SOURCE NAME=\"s\" DATABASETYPE=\"Oracle\"><FLATFILE/><FLATFILE/></SOURCE>", "<SOURCE> does not allow <FLATFILE> here")]
    [InlineData("choice taken twice", "<SOURCE NAME=\"s\" DATABASETYPE=\"Oracle\"><ERPSRCINFO/><ERPSRCINFO/></SOURCE>", "<SOURCE> does not allow <ERPSRCINFO> here")]
    [InlineData("missing required child", "<SCHEDULER NAME=\"s\" REUSABLE=\"YES\"></SCHEDULER>", "<SCHEDULER> ends before its required content; expected <SCHEDULEINFO>")]
    [InlineData("missing required child, empty tag", "<SCHEDULER NAME=\"s\" REUSABLE=\"YES\"/>", "<SCHEDULER> ends before its required content")]
    [InlineData("missing required repeated child", "<TARGET NAME=\"t\" DATABASETYPE=\"Oracle\"><TARGETINDEX NAME=\"i\"></TARGETINDEX></TARGET>", "<TARGETINDEX> ends before its required content; expected <TARGETINDEXFIELD>")]
    [InlineData("text in element content", "<SESSION NAME=\"s\" MAPPINGNAME=\"m\" REUSABLE=\"YES\">hello</SESSION>", "<SESSION> does not allow text content")]
    [InlineData("text in empty content", "<SOURCE NAME=\"s\" DATABASETYPE=\"Oracle\"><SOURCEFIELD NAME=\"a\" DATATYPE=\"x\" PRECISION=\"1\">hello</SOURCEFIELD></SOURCE>", "<SOURCEFIELD> does not allow text content")]
    [InlineData("white CDATA in empty content", "<SOURCE NAME=\"s\" DATABASETYPE=\"Oracle\"><FLATFILE><![CDATA[ ]]></FLATFILE></SOURCE>", "<FLATFILE> does not allow text content")]
    [InlineData("text in the folder", "hello<SESSION NAME=\"s\" MAPPINGNAME=\"m\" REUSABLE=\"YES\"/>", "<FOLDER> does not allow text content")]
    [InlineData("unknown element", "<UNKNOWNTHING NAME=\"x\"><CHILD/></UNKNOWNTHING>", "<FOLDER> contains <UNKNOWNTHING>, an element the export grammar does not declare")]
    [InlineData("unknown nested element", "<MAPPING NAME=\"m\"><INSTANCE NAME=\"i\"><NOPE/></INSTANCE></MAPPING>", "<INSTANCE> contains <NOPE>")]
    [InlineData("element in empty content", "<SOURCE NAME=\"s\" DATABASETYPE=\"Oracle\"><FLATFILE><X/><Y/></FLATFILE></SOURCE>", "<FLATFILE> contains <X>, an element the export grammar does not declare; it holds no elements")]
    [InlineData("element in a namespace", "<x:SESSION xmlns:x=\"urn:x\" NAME=\"s\" MAPPINGNAME=\"m\" REUSABLE=\"YES\"/>", "<FOLDER> contains <SESSION>, an element the export grammar does not declare")]
    [InlineData("findings after a misplaced child",
        "<MAPPING NAME=\"m\"><CONNECTOR/><INSTANCE NAME=\"i\" BAD=\"1\"><TRANSFORMATION/></INSTANCE><MAPPINGVARIABLE/>text</MAPPING>" +
        "<MAPPING NAME=\"m2\" BAD=\"1\"/><SCHEDULER NAME=\"s\" REUSABLE=\"YES\"><FOO/></SCHEDULER>", "<MAPPING> does not allow <INSTANCE> here")]
    [InlineData("a folder object outside the folder", "</FOLDER><SESSION NAME=\"s\" MAPPINGNAME=\"m\" REUSABLE=\"YES\"/><FOLDER NAME=\"G\">", "<REPOSITORY> does not allow <SESSION> here; expected <FOLDER>")]
    public void A_crafted_violation_has_the_findings_of_the_library(string what, string folderContent, string message)
    {
        var bytes = Export(folderContent);
        var findings = Read(bytes).Diagnostics.Where(IsSchemaFinding).ToList();
        Assert.True(findings.Any(f => f.Message.Contains(message, StringComparison.Ordinal)), what + ":\n" + string.Join("\n", findings));
        AssertSameFindings(bytes);
    }

    [Fact]
    public void Violations_of_the_document_repository_and_folder_elements_have_the_findings_of_the_library()
    {
        var bytes = Encoding.UTF8.GetBytes(
            "<POWERMART COLOR=\"x\"><REPOSITORY VERSION=\"1\">text<FOLDER SHARED=\"X\">" +
            "<SESSION NAME=\"s\" MAPPINGNAME=\"m\" REUSABLE=\"YES\"/></FOLDER><FOLDER NAME=\"E\"/></REPOSITORY></POWERMART>");
        var messages = Read(bytes).Diagnostics.Where(IsSchemaFinding).Select(f => f.Message).ToList();
        Assert.Contains("<POWERMART> has an attribute COLOR the export grammar does not declare", messages);
        Assert.Contains("<REPOSITORY> lacks the required attribute NAME", messages);
        Assert.Contains("<REPOSITORY> does not allow text content", messages);
        Assert.Contains("<FOLDER> SHARED='X' is not one of SHARED, NOTSHARED", messages);
        AssertSameFindings(bytes);
    }

    [Fact]
    public void Findings_carry_the_object_path_of_the_element_they_are_about()
    {
        var findings = Read(Export("<SESSION NAME=\"s_bad\" REUSABLE=\"MAYBE\"/><MAPPING NAME=\"m\"><INSTANCE NAME=\"i\" COLOR=\"x\"/></MAPPING>"))
            .Diagnostics.Where(IsSchemaFinding).ToList();
        Assert.Equal(["F/ST:s_bad", "F/ST:s_bad", "F/M:m/I:i"], findings.Select(f => f.Location.ObjectPath));
    }

    /// <summary>
    /// The one documented difference: a document element in a foreign namespace. The library then checks nothing but warns
    /// that it has no schema for each element and attribute; the grammar check says so once, at the document element.
    /// </summary>
    [Fact]
    public void A_document_element_in_a_namespace_is_one_warning_where_the_library_warns_for_every_node()
    {
        var bytes = Encoding.UTF8.GetBytes("<POWERMART xmlns=\"urn:x\"><REPOSITORY NAME=\"R\"><FOLDER NAME=\"F\"/></REPOSITORY></POWERMART>");
        var ours = Findings(Read(bytes).Diagnostics);
        var library = LibraryFindings(bytes);
        Assert.Equal([(1, 2, Severity.Warning)], ours);
        Assert.True(library.Count > 1 && library.All(f => f.Severity == Severity.Warning) && library[0] == ours[0], string.Join(", ", library));
    }

    private static void AssertSameFindings(byte[] bytes)
    {
        var outcome = Read(bytes);
        Assert.True(outcome.IsReadable, string.Join("\n", outcome.Diagnostics));
        var ours = Findings(outcome.Diagnostics);
        var library = LibraryFindings(bytes);
        Assert.True(library.SequenceEqual(ours),
            $"library:\n  {string.Join("\n  ", library)}\ngrammar check:\n  {string.Join("\n  ", outcome.Diagnostics.Where(IsSchemaFinding))}");
    }

    private static bool IsSchemaFinding(Diagnostic d) =>
        d.Code == DiagnosticCodes.SchemaViolation.Code || d.Code == DiagnosticCodes.SchemaWarning.Code;

    private static List<(int Line, int Column, Severity Severity)> Findings(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Where(IsSchemaFinding).Select(d => (d.Location.Line, d.Location.Column, d.Severity)).Order()];

    private static ExportReadOutcome Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var result = ExportReader.ReadDocument(stream, "oracle.xml", new ExportReaderOptions { MaxSchemaDiagnostics = int.MaxValue });
        return new ExportReadOutcome(result.IsReadable, result.Diagnostics);
    }

    /// <summary>System.Xml's XSD validation with the reader's own settings (whitespace, comments and processing instructions ignored).</summary>
    private static List<(int Line, int Column, Severity Severity)> LibraryFindings(byte[] bytes)
    {
        var findings = new List<(int, int, Severity)>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            ValidationType = ValidationType.Schema,
            Schemas = ExportSchema.SchemaSet,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
        };
        settings.ValidationEventHandler += (_, e) => findings.Add((e.Exception.LineNumber, e.Exception.LinePosition,
            e.Severity == XmlSeverityType.Error ? Severity.Error : Severity.Warning));
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        while (reader.Read())
        {
        }

        return [.. findings.Order()];
    }

    private static byte[] Export(string folderContent) => Encoding.UTF8.GetBytes(
        "<POWERMART>\n<REPOSITORY NAME=\"R\">\n<FOLDER NAME=\"F\">\n" + folderContent + "\n</FOLDER>\n</REPOSITORY>\n</POWERMART>");
}
