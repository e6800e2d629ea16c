using System.Text;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;
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

    /// <summary>
    /// A session whose conversion throws (here: its files cannot be handed to the output) ends the run with that error,
    /// whatever the workers' timing: the progress report of its export counts it as failed instead of reading its empty slot.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void A_session_whose_files_cannot_be_written_ends_the_run_with_that_error(int workers)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var progress = new List<ConversionProgress>();
            var request = new ConversionRequest(new ConversionOptions(), TemplateSet.Create(), _ => (new ParameterInputs(), []))
            {
                MaxParallel = workers,
                Output = new FailingSink("s_m_load_gl"),
                Progress = p =>
                {
                    lock (progress)
                    {
                        progress.Add(p);
                    }
                },
            };
            var input = new ExportInput("direct_loads.xml", () => File.OpenRead(Path.Combine(RepositoryPaths.TestData, "exports", "direct_loads.xml")));

            var error = Assert.Throws<IOException>(() => ConversionRun.Run([input], request));

            Assert.StartsWith("cannot write ", error.Message, StringComparison.Ordinal);
            var export = Assert.Single(progress.OfType<ExportConverted>());
            Assert.Equal(2, export.Sessions);
            Assert.Equal(1, export.Failed);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Sessions_that_run_one_mapping_share_its_plan_also_when_the_mapping_is_in_another_input(int workers)
    {
        // sales_orders.xml with two more sessions of m_stage_customers, whose mapping only stage_customers_mapping.xml holds.
        var sales = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "exports", "sales_orders.xml"));
        var once = Twice(sales, sales.LastIndexOf("<SESSION ", sales.IndexOf("MAPPINGNAME=\"m_stage_customers\"", StringComparison.Ordinal), StringComparison.Ordinal), "</SESSION>");
        var more = Twice(once, once.LastIndexOf("<TASKINSTANCE ", once.IndexOf("TASKNAME=\"s_m_stage_customers\"", StringComparison.Ordinal), StringComparison.Ordinal), "/>");
        Assert.NotEqual(sales, more);
        var mapping = File.ReadAllBytes(Path.Combine(RepositoryPaths.TestData, "exports", "stage_customers_mapping.xml"));
        var request = new ConversionRequest(new ConversionOptions(), TemplateSet.Create(), _ => (new ParameterInputs(), [])) { MaxParallel = workers, KeepDetails = true };

        var result = ConversionRun.Run(
            [new ExportInput("sales_orders.xml", () => new MemoryStream(Encoding.UTF8.GetBytes(more))), new ExportInput("stage_customers_mapping.xml", () => new MemoryStream(mapping))],
            request);

        var staged = result.Sessions.Where(s => s.Input == "sales_orders.xml" && s.Detail?.Job.Plan?.Mapping == "m_stage_customers").ToList();
        Assert.Equal(3, staged.Count);
        Assert.All(staged, s => Assert.Same(staged[0].Detail!.Job.Plan, s.Detail!.Job.Plan));
        Assert.All(staged, s => Assert.Equal(staged[0].Detail!.Job.Script.Split('\n').Skip(1), s.Detail!.Job.Script.Split('\n').Skip(1)));
    }

    /// <summary>
    /// <paramref name="xml"/> with the element that starts at <paramref name="start"/> and ends with <paramref name="end"/>
    /// followed by two copies of it, its s_m_stage_customers renamed s_m_stage_customers2 and s_m_stage_customers3.
    /// </summary>
    private static string Twice(string xml, int start, string end)
    {
        var element = xml[start..(xml.IndexOf(end, start, StringComparison.Ordinal) + end.Length)];
        string Renamed(string suffix) => element.Replace("\"s_m_stage_customers\"", $"\"s_m_stage_customers{suffix}\"", StringComparison.Ordinal);
        return xml.Replace(element, element + Renamed("2") + Renamed("3"), StringComparison.Ordinal);
    }

    /// <summary>Throws for every file of the session directory named, takes the others.</summary>
    private sealed class FailingSink(string session) : IOutputSink
    {
        public void Write(OutputFile file)
        {
            if (file.RelativePath.Contains("/" + session + "/", StringComparison.Ordinal))
            {
                throw new IOException("cannot write " + file.RelativePath);
            }
        }
    }

    private static ConversionResult Convert(string export)
    {
        var input = new ExportInput("export.xml", () => new MemoryStream(Encoding.UTF8.GetBytes(export)));
        var request = new ConversionRequest(new ConversionOptions(), TemplateSet.Create(), _ => (new ParameterInputs(), []));
        return ConversionRun.Run([input], request);
    }
}
