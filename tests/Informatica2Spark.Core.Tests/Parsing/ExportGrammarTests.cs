using System.Xml;
using System.Xml.Schema;
using Informatica2Spark.Core.Parsing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parsing;

public class ExportGrammarTests
{
    [Fact]
    public void The_embedded_schema_builds_a_table_of_every_global_element()
    {
        var grammar = ExportGrammar.Instance;
        Assert.Equal(ExportSchema.SchemaSet.GlobalElements.Count, grammar.Roots.Count);
        var folder = grammar.Roots["FOLDER"];
        Assert.Equal(["NAME"], folder.Required.Select(a => a.Name));
        Assert.Equal(["SHARED", "NOTSHARED"], folder.Attributes["SHARED"].Values!);
        Assert.Null(grammar.Roots["FLATFILE"].Content);
    }

    [Fact]
    public void A_sequence_with_an_optional_choice_and_a_required_slot_becomes_an_automaton()
    {
        var grammar = Build("""
            <xs:element name="R"><xs:complexType><xs:sequence>
              <xs:element ref="A" minOccurs="0"/>
              <xs:choice minOccurs="0" maxOccurs="unbounded"><xs:element ref="B"/><xs:element ref="C"/></xs:choice>
              <xs:element ref="D" maxOccurs="unbounded"/>
            </xs:sequence></xs:complexType></xs:element>
            <xs:element name="A"><xs:complexType/></xs:element>
            <xs:element name="B"><xs:complexType/></xs:element>
            <xs:element name="C"><xs:complexType/></xs:element>
            <xs:element name="D"><xs:complexType/></xs:element>
            """);
        var states = grammar.Roots["R"].Content!.States;
        Assert.Equal(["A", "B", "C", "D"], states[0].Expected);
        Assert.False(states[0].MayEnd);
        var afterB = states[states[0].Next["B"].State];
        Assert.Equal(["B", "C", "D"], afterB.Expected);
        var afterD = states[afterB.Next["D"].State];
        Assert.True(afterD.MayEnd);
        Assert.Equal(["D"], afterD.Expected);
    }

    [Theory]
    [InlineData("pattern facet", """<xs:element name="R"><xs:complexType><xs:attribute name="X"><xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="[A-Z]+"/></xs:restriction></xs:simpleType></xs:attribute></xs:complexType></xs:element>""")]
    [InlineData("integer attribute", """<xs:element name="R"><xs:complexType><xs:attribute name="X" type="xs:int"/></xs:complexType></xs:element>""")]
    [InlineData("default value", """<xs:element name="R"><xs:complexType><xs:attribute name="X" type="xs:string" default="A"/></xs:complexType></xs:element>""")]
    [InlineData("text content", """<xs:element name="R" type="xs:string"/>""")]
    [InlineData("mixed content", """<xs:element name="R"><xs:complexType mixed="true"><xs:sequence><xs:element name="A" minOccurs="0"/></xs:sequence></xs:complexType></xs:element>""")]
    [InlineData("nested sequence", """<xs:element name="R"><xs:complexType><xs:sequence><xs:element name="A"><xs:complexType/></xs:element><xs:sequence maxOccurs="2"><xs:element name="B"><xs:complexType/></xs:element></xs:sequence></xs:sequence></xs:complexType></xs:element>""")]
    [InlineData("bounded repetition", """<xs:element name="R"><xs:complexType><xs:sequence><xs:element name="A" maxOccurs="3"><xs:complexType/></xs:element></xs:sequence></xs:complexType></xs:element>""")]
    [InlineData("attribute wildcard", """<xs:element name="R"><xs:complexType><xs:anyAttribute processContents="skip"/></xs:complexType></xs:element>""")]
    [InlineData("all group", """<xs:element name="R"><xs:complexType><xs:all><xs:element name="A"><xs:complexType/></xs:element><xs:element name="B"><xs:complexType/></xs:element></xs:all></xs:complexType></xs:element>""")]
    public void A_schema_construct_the_table_cannot_check_fails_when_the_table_is_built(string what, string declarations)
    {
        var error = Assert.Throws<NotSupportedException>(() => Build(declarations));
        Assert.True(error.Message.Contains("<R>", StringComparison.Ordinal), what + ": " + error.Message);
    }

    private static ExportGrammar Build(string declarations)
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" elementFormDefault=\"qualified\">" + declarations + "</xs:schema>"));
        set.Add(null, reader);
        set.Compile();
        return new ExportGrammar(set);
    }
}
