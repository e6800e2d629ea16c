using System.Text;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parameters;

public class ParameterFileTests
{
    internal static ParameterFile Load(string name)
    {
        var path = Path.Combine(RepositoryPaths.TestData, "params", name);
        using var reader = new StreamReader(path);
        var (file, diagnostics) = ParameterFileParser.Parse(reader, "testdata/params/" + name);
        Assert.Empty(diagnostics);
        return file;
    }

    private static readonly SessionScope SalesOrders = new("SALES", "wf_sales", [], "s_m_sales_orders", "IS_SALES", "node01");

    [Fact]
    public void Every_heading_form_is_understood()
    {
        var scopes = Load("sales.prm").Sections.Select(s => s.Scope).ToList();

        Assert.Equal(
            [ParameterScopeKind.Global, ParameterScopeKind.Service, ParameterScopeKind.ServiceNode, ParameterScopeKind.Workflow,
             ParameterScopeKind.Worklet, ParameterScopeKind.Session, ParameterScopeKind.Session, ParameterScopeKind.Session,
             ParameterScopeKind.Session, ParameterScopeKind.Session],
            scopes.Select(s => s.Kind));
        Assert.Equal(("IS_SALES", "node01"), (scopes[2].Service, scopes[2].Node));
        Assert.Equal(["wl_housekeeping"], scopes[4].Worklets);
        Assert.Equal((null, null, "s_m_sales_orders"), (scopes[5].Folder, scopes[5].Workflow, scopes[5].Session));
        Assert.Equal(("SALES", null), (scopes[6].Folder, scopes[6].Workflow));
        Assert.Equal(("SALES", "wf_sales", "s_m_purge_rejects"), (scopes[8].Folder, scopes[8].Workflow, scopes[8].Session));
        Assert.Equal(["wl_housekeeping"], scopes[8].Worklets);
    }

    [Fact]
    public void Entries_keep_name_value_line_and_mapplet_scope()
    {
        var section = Load("sales.prm").Sections.Single(s => s.Heading == "SALES.WF:wf_sales.ST:s_m_sales_orders");

        Assert.Equal(28, section.Line);
        var where = section.Entries.Single(e => e.Name == "$$where_clause");
        Assert.Equal("STATUS = 'OPEN' AND REGION='EU'", where.Value);
        var mapplet = section.Entries.Single(e => e.MappletScope is not null);
        Assert.Equal(("mplt_clean_name", "$$CASE_MODE", "UPPER"), (mapplet.MappletScope, mapplet.Name, mapplet.Value));
        Assert.Equal(string.Empty, section.Entries.Single(e => e.Name == "$$EMPTY").Value);
        Assert.Equal(35, section.Entries.Single(e => e.Name == "$$EMPTY").Line);
    }

    [Fact]
    public void The_most_specific_section_wins_and_names_ignore_case()
    {
        var resolved = ParameterFileLookup.Resolve([Load("sales.prm")], SalesOrders).ToDictionary(r => r.Winner.Name, StringComparer.OrdinalIgnoreCase);

        Assert.Equal("ORA_SALES_PROD", resolved["$dbconnection_src"].Winner.Value);
        Assert.Equal(2, resolved["$DBConnection_Src"].Shadowed.Count);
        Assert.Equal("2026-03-01", resolved["$$LOAD_DATE"].Winner.Value);
        Assert.Equal(3, resolved["$$LOAD_DATE"].Shadowed.Count);
        Assert.Equal("0.92", resolved["$$EUR_RATE"].Winner.Value);
        Assert.Equal("node01", resolved["$$BATCH_NODE"].Winner.Value);
        Assert.Equal("2026-11-22", resolved["$$RUN_DATE"].Winner.Value);
        Assert.False(resolved.ContainsKey("$$PURGE_DAYS"));
        Assert.Equal("testdata/params/sales.prm:31", resolved["$$LOAD_DATE"].Winner.Origin);
    }

    [Fact]
    public void Worklet_sections_apply_to_sessions_inside_the_worklet()
    {
        var purge = new SessionScope("SALES", "wf_sales", ["wl_housekeeping"], "s_m_purge_rejects");
        var resolved = ParameterFileLookup.Resolve([Load("sales.prm")], purge).ToDictionary(r => r.Winner.Name);

        Assert.Equal("7", resolved["$$PURGE_DAYS"].Winner.Value);
        Assert.Equal("30", Assert.Single(resolved["$$PURGE_DAYS"].Shadowed).Value);
        Assert.Equal("2026-02-01", resolved["$$LOAD_DATE"].Winner.Value);
    }

    [Fact]
    public void A_later_file_wins_at_equal_scope()
    {
        var resolved = ParameterFileLookup.Resolve([Load("sales.prm"), Load("sales_override.prm")], SalesOrders).ToDictionary(r => r.Winner.Name);

        Assert.Equal(("2026-04-01", "testdata/params/sales_override.prm:2"), (resolved["$$LOAD_DATE"].Winner.Value, resolved["$$LOAD_DATE"].Winner.Origin));
        Assert.Equal("0.92", resolved["$$EUR_RATE"].Winner.Value);
    }

    [Fact]
    public void Resolution_table_snapshot()
    {
        var table = new StringBuilder();
        foreach (var (winner, shadowed) in ParameterFileLookup.Resolve([Load("sales.prm"), Load("sales_override.prm")], SalesOrders))
        {
            var name = winner.MappletScope is null ? winner.Name : winner.MappletScope + "." + winner.Name;
            table.Append($"{name} = '{winner.Value}' from {winner.Origin}");
            if (shadowed.Count > 0)
            {
                table.Append(" (shadows ").AppendJoin(", ", shadowed.Select(s => $"'{s.Value}' from {s.Origin}")).Append(')');
            }

            table.Append('\n');
        }

        Snapshot.Verify(table.ToString(), "txt");
    }

    [Fact]
    public void Broken_files_report_each_problem_with_its_line()
    {
        var (file, diagnostics) = ParameterFileParser.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "params", "broken.prm")), "broken.prm");

        Assert.Equal(["I2S0302 broken.prm:1", "I2S0301 broken.prm:2", "I2S0303 broken.prm:5"],
            diagnostics.Select(d => $"{d.Code} {d.Location.File}:{d.Location.Line}"));
        var section = Assert.Single(file.Sections);
        Assert.Equal(["LOAD_DATE", "$$OK"], section.Entries.Select(e => e.Name));
    }

    [Fact]
    public void Nested_worklet_headings_apply_to_their_worklet_path()
    {
        var (file, diagnostics) = ParameterFileParser.Parse(
            "[F.WF:wf.WT:outer]\r\n$$A=outer\r\n[F.WF:wf.WT:outer.WT:inner]\r\n$$A=inner\r\n[F.WF:wf.WT:outer.WT:inner.ST:s]\r\n$$B=session\r\n", "nested.prm");
        Assert.Empty(diagnostics);
        Assert.Equal(["outer", "inner"], file.Sections[1].Scope.Worklets);
        Assert.Equal((ParameterScopeKind.Session, "s"), (file.Sections[2].Scope.Kind, file.Sections[2].Scope.Session));

        var inner = ParameterFileLookup.Resolve([file], new SessionScope("F", "wf", ["outer", "inner"], "s")).ToDictionary(r => r.Winner.Name);
        Assert.Equal(("inner", "session"), (inner["$$A"].Winner.Value, inner["$$B"].Winner.Value));
        var outerOnly = ParameterFileLookup.Resolve([file], new SessionScope("F", "wf", ["outer"], "s")).ToDictionary(r => r.Winner.Name);
        Assert.Equal("outer", outerOnly["$$A"].Winner.Value);
        Assert.False(outerOnly.ContainsKey("$$B"));
    }

    [Theory]
    [InlineData("[Service:]")]
    [InlineData("[F.WF:w.ST:s.WT:x]")]
    [InlineData("[F.ST:s]")]
    [InlineData("[WF:w]")]
    [InlineData("[F..s]")]
    [InlineData("[]")]
    public void Malformed_headings_are_reported(string heading)
    {
        var (file, diagnostics) = ParameterFileParser.Parse(heading + "\n$$A=1\n", "x.prm");
        Assert.Empty(file.Sections);
        Assert.Equal("I2S0301", Assert.Single(diagnostics).Code);
    }

    [CorpusFact]
    public void The_real_parameter_file_parses_and_resolves_both_connections_of_each_session()
    {
        var path = Path.Combine(RepositoryPaths.Corpus, "params", "gudiseva__arvind.prm");
        Assert.Contains("\r\n", File.ReadAllText(path), StringComparison.Ordinal);
        using var reader = new StreamReader(path);
        var (file, diagnostics) = ParameterFileParser.Parse(reader, "corpus/params/gudiseva__arvind.prm");
        Assert.Empty(diagnostics);
        Assert.Equal(8, file.Sections.Count);
        Assert.All(file.Sections, s =>
        {
            Assert.Equal(ParameterScopeKind.Session, s.Scope.Kind);
            Assert.Equal(["$DBConnection_Src", "$DBConnection_Tgt"], s.Entries.Select(e => e.Name));
        });

        using var export = File.OpenRead(Path.Combine(RepositoryPaths.TestData, "exports", "arvind_scenarios.xml"));
        var document = ExportReader.ReadDocument(export, "arvind_scenarios.xml").Document!;
        var occurrences = SessionOccurrences.Of(document);
        Assert.Equal(file.Sections.Select(s => s.Scope.Session).Order(StringComparer.Ordinal), occurrences.Select(o => o.Name).Order(StringComparer.Ordinal));
        var folder = document.Folders.Single();
        foreach (var occurrence in occurrences)
        {
            var section = file.Sections.Single(s => s.Scope.Applies(occurrence.Scope()));
            var report = SessionParameters.Resolve(document.Path, folder, occurrence, new ParameterInputs { Files = [file] });
            var resolved = report.Resolution.Parameters.ToDictionary(p => p.Name);
            foreach (var name in new[] { "$DBConnection_Src", "$DBConnection_Tgt" })
            {
                var entry = section.Entries.Single(e => e.Name == name);
                Assert.Equal((entry.Value, ParameterLayer.Session), (resolved[name].Value, resolved[name].Layer));
                Assert.Equal($"corpus/params/gudiseva__arvind.prm:{entry.Line}", resolved[name].Origin);
                Assert.Contains(report.Usages, u => u.Name == name && u.Kind == ParameterUsageKind.ConnectionVariable);
            }

            Assert.DoesNotContain(report.Resolution.Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Error);
        }
    }
}
