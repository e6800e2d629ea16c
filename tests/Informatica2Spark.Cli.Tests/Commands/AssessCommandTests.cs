using System.Text.Json;
using System.Text.RegularExpressions;
using Informatica2Spark.Cli.Assessment;
using Informatica2Spark.Testing;
using MiniExcelLibs;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

public class AssessCommandTests
{
    /// <summary>The lists of assessment.json that are the workbook's sheets, in sheet order.</summary>
    private static readonly string[] SheetLists = ["folders", "workflows", "sessions", "mappings", "transformations", "expressions", "gaps", "parameters", "connections"];

    [Fact]
    public void Assessment_json_of_testdata_exports_snapshot()
    {
        using var run = ConvertOutput.Assess("testdata/exports");

        Assert.Equal(0, run.Exit);
        Snapshot.Verify(run.Text("assessment.json"), "json");
    }

    [Fact]
    public void Counts_match_the_convert_manifest_of_the_same_inputs()
    {
        using var run = ConvertOutput.Assess("testdata/exports");
        using var converted = ConvertOutput.Run("testdata/exports");

        AssertMatchesManifest(run, converted);
    }

    [Fact]
    public void The_workbook_read_back_has_one_sheet_per_list_with_its_rows()
    {
        using var run = ConvertOutput.Assess("testdata/exports");

        Assert.Equal(0, run.Exit);
        AssertWorkbookMatches(run);
    }

    [Fact]
    public void Two_runs_write_the_same_bytes()
    {
        using var first = ConvertOutput.Assess("testdata/exports");
        using var second = ConvertOutput.Assess("testdata/exports");

        foreach (var name in new[] { "assessment.json", "assessment.html", AssessmentWorkbook.FileName })
        {
            Assert.Equal(File.ReadAllBytes(first.PathOf(name)), File.ReadAllBytes(second.PathOf(name)));
        }
    }

    [Fact]
    public void The_page_is_self_contained_and_holds_every_table_and_chart()
    {
        using var run = ConvertOutput.Assess("testdata/exports");
        var page = run.Text("assessment.html");
        using var json = JsonDocument.Parse(run.Text("assessment.json"));

        // No external script, style, font or image: the page names no URL at all.
        Assert.DoesNotMatch(new Regex(@"https?://|<link\b|<(img|script|iframe|embed|object)\b[^>]*\s(src|data)=|@import|url\(\s*['""]?(?!#)", RegexOptions.IgnoreCase), page);
        Assert.Equal(4, Regex.Matches(page, "<svg ").Count);

        // Chart text is laid out with the embedded font whatever the machine has, so every label is there and named so.
        var families = Regex.Matches(page, "<text [^>]*font-family=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Regex.Matches(page, "<text ").Count, families.Count);
        Assert.Contains(families, f => f.Length > 0);
        Assert.All(families, f => Assert.Equal("DejaVu Sans, sans-serif", f));
        Assert.Matches(new Regex(@"<text [^>]*>\s*FINANCE\s*</text>"), page);
        var tables = TableRows(page);
        Assert.Equal(Length(json, "mappings"), tables["mappings"]);
        Assert.Equal(Length(json, "gaps"), tables["gaps"]);
        Assert.Equal(Length(json, "folders"), tables["folders"]);
        Assert.Equal(json.RootElement.GetProperty("overview").GetProperty("sourcesByDatabaseType").GetArrayLength(), tables["sources-by-type"]);
        Assert.Equal(Length(json, "mappings"), Regex.Matches(page, "<details class=\"mapping\">").Count);
        Assert.Contains("No effort figures were given", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Effort_figures_give_each_mapping_the_figure_of_its_bucket_with_their_source()
    {
        using var run = AssessWithEffort("effort:\n  unit: person-days\n  source: wave 1 actuals\n  simple: 0.5\n  medium: 2\n  complex: 5\n  veryComplex: 12\n");

        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Text("assessment.json"));
        var figures = new Dictionary<string, double> { ["simple"] = 0.5, ["medium"] = 2, ["complex"] = 5, ["veryComplex"] = 12 };
        var mappings = json.RootElement.GetProperty("mappings").EnumerateArray().ToList();
        Assert.NotEmpty(mappings);
        foreach (var mapping in mappings)
        {
            Assert.Equal(figures[mapping.GetProperty("complexity").GetProperty("bucket").GetString()!], mapping.GetProperty("effort").GetDouble());
        }

        Assert.Equal(mappings.Sum(m => m.GetProperty("effort").GetDouble()), json.RootElement.GetProperty("overview").GetProperty("effort").GetDouble(), 6);
        Assert.Equal("wave 1 actuals", json.RootElement.GetProperty("effort").GetProperty("source").GetString());
        Assert.Contains("from: <strong>wave 1 actuals</strong>", run.Text("assessment.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Effort_figures_without_a_bucket_are_a_usage_error()
    {
        using var run = AssessWithEffort("effort:\n  unit: days\n  source: guess\n  simple: 1\n  medium: 2\n  complex: 3\n");

        Assert.Equal(2, run.Exit);
        Assert.Contains("the effort section lacks veryComplex", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(run.Directory));
    }

    [ChromiumFact]
    public void The_page_opens_in_headless_chromium_without_console_errors_and_shows_its_tables_and_charts()
    {
        using var run = ConvertOutput.Assess("testdata/exports");
        using var json = JsonDocument.Parse(run.Text("assessment.json"));

        // The console check sees a page's errors: a page that throws is reported.
        var broken = Path.Combine(run.Directory, "broken.html");
        File.WriteAllText(broken, "<!DOCTYPE html><html><body><script>throw new Error('assessment-check');</script></body></html>");
        Assert.Contains(HeadlessChromium.ConsoleLines(HeadlessChromium.DumpDom(broken).Stderr), l => l.Contains("assessment-check", StringComparison.Ordinal));

        var (dom, stderr) = HeadlessChromium.DumpDom(run.PathOf("assessment.html"));
        Assert.Empty(HeadlessChromium.ConsoleLines(stderr));
        var tables = TableRows(dom);
        Assert.Equal(Length(json, "mappings"), tables["mappings"]);
        Assert.Equal(Length(json, "gaps"), tables["gaps"]);
        Assert.Equal(4, Regex.Matches(dom, "<svg ").Count);

        // Clicking the score header sorts the mappings by score, ascending, then descending on a second click.
        var clicked = Path.Combine(run.Directory, "clicked.html");
        File.WriteAllText(clicked, run.Text("assessment.html").Replace("</body>", """
            <script>
            var th = Array.prototype.find.call(document.querySelectorAll('#mappings th'), function (h) { return h.textContent === 'score'; });
            var scores = function () { return Array.prototype.map.call(document.querySelectorAll('#mappings tbody tr'), function (r) { return r.cells[th.cellIndex].textContent; }).join(','); };
            th.click();
            document.body.setAttribute('data-ascending', scores());
            th.click();
            document.body.setAttribute('data-descending', scores());
            </script>
            </body>
            """, StringComparison.Ordinal));
        var (sorted, sortErrors) = HeadlessChromium.DumpDom(clicked);
        Assert.Empty(HeadlessChromium.ConsoleLines(sortErrors));
        var expected = json.RootElement.GetProperty("mappings").EnumerateArray().Select(m => m.GetProperty("complexity").GetProperty("score").GetInt32()).Order().ToList();
        Assert.Equal(string.Join(",", expected), Regex.Match(sorted, "data-ascending=\"([^\"]*)\"").Groups[1].Value);
        Assert.Equal(string.Join(",", Enumerable.Reverse(expected)), Regex.Match(sorted, "data-descending=\"([^\"]*)\"").Groups[1].Value);

        var png = Path.Combine(run.Directory, "assessment.png");
        var shot = HeadlessChromium.Screenshot(run.PathOf("assessment.html"), png);
        Assert.Empty(HeadlessChromium.ConsoleLines(shot));
        Assert.True(new FileInfo(png).Length > 10_000, $"the screenshot is {new FileInfo(png).Length} bytes");
    }

    [CorpusFact]
    public void The_corpus_assessment_writes_three_files_whose_counts_match_the_convert_manifest()
    {
        using var run = ConvertOutput.Assess("../shared/corpus/xml");
        using var converted = ConvertOutput.Run("../shared/corpus/xml");

        Assert.True(run.Exit is 0, $"exit {run.Exit}: {run.Stderr}");
        Assert.Equal(["assessment.html", "assessment.json", "assessment.xlsx"], Directory.EnumerateFiles(run.Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        AssertMatchesManifest(run, converted);
        AssertWorkbookMatches(run);
    }

    /// <summary>The run's figures, sessions and instances by verdict are the manifest's.</summary>
    private static void AssertMatchesManifest(ConvertOutput run, ConvertOutput converted)
    {
        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Text("assessment.json"));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(converted.Directory, "i2s-manifest.json")));
        var figures = json.RootElement.GetProperty("automation");
        Assert.Equal(manifest.RootElement.GetProperty("automation").ToString(), figures.ToString());

        var sessions = manifest.RootElement.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("objectPath").GetString()).ToList();
        Assert.Equal(sessions, json.RootElement.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("objectPath").GetString()));

        // The instances of the mappings sessions run, row by row, are the manifest's instance figures.
        var runMappings = json.RootElement.GetProperty("mappings").EnumerateArray().Where(m => m.GetProperty("runByASession").GetBoolean())
            .Select(m => (m.GetProperty("input").GetString(), m.GetProperty("folder").GetString(), m.GetProperty("name").GetString())).ToHashSet();
        var counted = json.RootElement.GetProperty("transformations").EnumerateArray()
            .Where(t => t.GetProperty("counted").GetBoolean() && runMappings.Contains((t.GetProperty("input").GetString(), t.GetProperty("folder").GetString(), t.GetProperty("mapping").GetString()))).ToList();
        Assert.Equal(figures.GetProperty("instances").GetInt32(), counted.Count);
        foreach (var verdict in new[] { "translated", "approximated", "unsupported" })
        {
            Assert.Equal(figures.GetProperty(verdict).GetInt32(), counted.Count(t => t.GetProperty("verdict").GetString() == verdict));
        }
    }

    /// <summary>The workbook read back with MiniExcel: the sheets in order, each with one row per item of its list in assessment.json.</summary>
    private static void AssertWorkbookMatches(ConvertOutput run)
    {
        using var json = JsonDocument.Parse(run.Text("assessment.json"));
        var workbook = run.PathOf(AssessmentWorkbook.FileName);
        Assert.Equal(SheetLists, MiniExcel.GetSheetNames(workbook));
        foreach (var sheet in SheetLists)
        {
            var rows = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
            Assert.True(Length(json, sheet) == rows.Count, $"sheet {sheet}: {rows.Count} rows, assessment.json has {Length(json, sheet)}");
        }

        // Every sheet has its header row frozen and an autofilter over its rows.
        using (var package = System.IO.Compression.ZipFile.OpenRead(workbook))
        {
            var sheets = package.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).ToList();
            Assert.Equal(SheetLists.Length, sheets.Count);
            foreach (var sheet in sheets)
            {
                using var reader = new StreamReader(sheet.Open());
                var xml = reader.ReadToEnd();
                Assert.Contains("<x:pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>", xml, StringComparison.Ordinal);
                Assert.Contains("<x:autoFilter ref=\"A1:", xml, StringComparison.Ordinal);
            }
        }

        var mappings = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "mappings").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(json.RootElement.GetProperty("mappings").EnumerateArray().Select(m => m.GetProperty("name").GetString()), mappings.Select(m => m["Mapping"]?.ToString()));
    }

    /// <summary>Each table of a page by id with the rows of its body, checked against its <c>data-rows</c>.</summary>
    private static Dictionary<string, int> TableRows(string page)
    {
        var tables = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match table in Regex.Matches(page, "<table id=\"(?<id>[^\"]+)\" data-rows=\"(?<rows>[0-9]+)\"[^>]*>(?<body>.*?)</table>", RegexOptions.Singleline))
        {
            var rows = Regex.Matches(table.Groups["body"].Value, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Sum(b => Regex.Matches(b.Groups[1].Value, "<tr[ >]").Count);
            Assert.Equal(int.Parse(table.Groups["rows"].Value, System.Globalization.CultureInfo.InvariantCulture), rows);
            tables[table.Groups["id"].Value] = rows;
        }

        return tables;
    }

    /// <summary>Assesses testdata/exports with <c>--effort</c> given a file holding <paramref name="yaml"/>.</summary>
    private static ConvertOutput AssessWithEffort(string yaml)
    {
        var effort = Path.Combine(Path.GetTempPath(), $"i2s-effort-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(effort, yaml);
        try
        {
            return ConvertOutput.Assess("testdata/exports", "--effort", effort);
        }
        finally
        {
            File.Delete(effort);
        }
    }

    private static int Length(JsonDocument json, string list) => json.RootElement.GetProperty(list).GetArrayLength();
}
