using System.Text;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Pipeline;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Pipeline;

/// <summary>A run converts folders while the export is still being read; a folder whose shortcuts point ahead waits for them.</summary>
public sealed class ConversionRunTests
{
    [Fact]
    public void A_mapping_shortcut_to_a_folder_read_later_still_resolves()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "exports", "multi_folder.xml"));
        var shared = text[text.IndexOf("<FOLDER NAME=\"SHARED_DIM\"", StringComparison.Ordinal)..(text.IndexOf("</FOLDER>", StringComparison.Ordinal) + "</FOLDER>".Length)];
        var reordered = text.Replace(shared + "\n", string.Empty, StringComparison.Ordinal).Replace("</REPOSITORY>", shared + "\n</REPOSITORY>", StringComparison.Ordinal);
        Assert.NotEqual(text, reordered);

        foreach (var export in new[] { text, reordered })
        {
            var result = Convert(export);

            var session = Assert.Single(result.Sessions, s => s.ObjectPath.EndsWith("ST:s_m_load_dim_region", StringComparison.Ordinal));
            Assert.DoesNotContain(session.Diagnostics, d => d.Code == DiagnosticCodes.MappingNotInExport.Code);
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.SessionNotConverted.Code);
        }
    }

    [Fact]
    public void An_export_that_cannot_be_read_converts_nothing_and_says_why()
    {
        var result = Convert("<POWERMART><REPOSITORY NAME=\"R\"><FOLDER NAME=\"F\">");

        Assert.Empty(result.Sessions);
        Assert.True(result.HasUnreadableInput);
        Assert.Equal(["i2s-manifest.json"], result.Outputs.Files.Select(f => f.RelativePath));
    }

    private static ConversionResult Convert(string export)
    {
        var input = new ExportInput("export.xml", () => new MemoryStream(Encoding.UTF8.GetBytes(export)));
        var request = new ConversionRequest(new ConversionOptions(), TemplateSet.Create(), _ => (new ParameterInputs(), []));
        return ConversionRun.Run([input], request);
    }
}
