using System.Globalization;
using System.Net;
using System.Text;
using Informatica2Spark.Core.Assessment;
using Informatica2Spark.Core.Mappings.Plan;

namespace Informatica2Spark.Cli.Assessment;

/// <summary>
/// <c>assessment.html</c>: one self-contained page (inline CSS, inline script, charts as inline SVG; it names no
/// external URL) of an <see cref="Core.Assessment.Assessment"/>: the overview, the complexity model and the effort
/// figures with their source, the folders, charts (automation per folder, transformation types by count and verdict, complexity
/// distribution, gaps by kind), the mappings in a table sortable by any column (click its header), the gaps, and the
/// lineage of every mapping. Every table has an id and a <c>data-rows</c> attribute with its row count.
/// </summary>
internal static class AssessmentPage
{
    public const string FileName = "assessment.html";

    private const string Translated = "#2e7d32";
    private const string Approximated = "#f9a825";
    private const string Unsupported = "#c62828";
    private const string Neutral = "#1565c0";

    public static string Write(Core.Assessment.Assessment a)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>i2s assessment</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>Migration assessment</h1>\n<p class=\"muted\">").Append(E($"{a.Tool.Name} {a.Tool.Version}; inputs: {string.Join(", ", a.Inputs)}")).Append("</p>\n");
        Overview(html, a);
        Model(html, a);
        Charts(html, a);
        Mappings(html, a);
        Gaps(html, a);
        Lineage(html, a);
        html.Append("<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Overview(StringBuilder html, Core.Assessment.Assessment a)
    {
        var o = a.Overview;
        var f = a.Automation;
        html.Append("<h2>Overview</h2>\n");
        Table(html, "overview", ["what", "count"],
        [
            ["folders", N(o.Folders)], ["workflows", N(o.Workflows)], ["sessions", N(o.Sessions)], ["mappings", N(o.Mappings)],
            ["transformation instances (counted)", N(o.Transformations)], ["expressions", N(o.Expressions)], ["gaps", N(o.Gaps)],
            ["instances translated or approximated (mappings sessions run)", $"{N(f.Translated + f.Approximated)} of {N(f.Instances)} ({P(f.InstancePercent)})"],
            ["target loads translated", $"{N(f.TargetLoadsTranslated)} of {N(f.TargetLoads)} ({P(f.TargetLoadPercent)})"],
        ]);
        html.Append("<h3>Folders</h3>\n");
        Table(html, "folders", ["input", "folder", "workflows", "sessions", "mappings", "instances", "automation %"],
            [.. a.Folders.Select(f => new[] { f.Input, f.Name, N(f.Workflows), N(f.Sessions), N(f.Mappings), N(f.Automation.Instances), f.Automation.InstancePercent is { } p ? D(p) : string.Empty })], sortable: true);
        html.Append("<div class=\"row\">\n<div>\n<h3>Sources by database type</h3>\n");
        Table(html, "sources-by-type", ["database type", "definitions"], [.. o.SourcesByDatabaseType.Select(t => new[] { t.Name, N(t.Count) })]);
        html.Append("</div>\n<div>\n<h3>Targets by database type</h3>\n");
        Table(html, "targets-by-type", ["database type", "definitions"], [.. o.TargetsByDatabaseType.Select(t => new[] { t.Name, N(t.Count) })]);
        html.Append("</div>\n</div>\n");
    }

    private static void Model(StringBuilder html, Core.Assessment.Assessment a)
    {
        var m = a.Complexity;
        html.Append("<h2>Complexity and effort model</h2>\n<p>A mapping's complexity score is the sum of these points over its countable features; "
            + "the score falls in a bucket by the thresholds below (docs/assessment.md).</p>\n");
        Table(html, "complexity-model", ["feature", "points"],
        [
            ["each transformation instance (Source Qualifiers and mapplet boundaries left out)", N(m.PerTransformation)],
            ["each distinct transformation type", N(m.PerTransformationType)],
            ["each started 100 characters of expression text", N(m.PerExpressionChars100)],
            ["each lookup", N(m.PerLookup)],
            ["each SQL override (Sql Query, Lookup Sql Override)", N(m.PerSqlOverride)],
            ["each approximated instance", N(m.PerApproximated)],
            ["each unsupported instance", N(m.PerUnsupported)],
        ]);
        html.Append("<p>Buckets: simple up to ").Append(N(m.Thresholds[0])).Append(", medium up to ").Append(N(m.Thresholds[1]))
            .Append(", complex up to ").Append(N(m.Thresholds[2])).Append(", very complex above.</p>\n");
        if (a.Effort is { } e)
        {
            html.Append("<p>Effort per mapping, in ").Append(E(e.Unit)).Append(", from: <strong>").Append(E(e.Source)).Append("</strong>.</p>\n");
            Table(html, "effort-figures", ["bucket", E(e.Unit)],
            [
                ["simple", D(e.Simple)], ["medium", D(e.Medium)], ["complex", D(e.Complex)], ["very complex", D(e.VeryComplex)],
                ["total over the mappings", D(a.Overview.Effort ?? 0)],
            ]);
        }
        else
        {
            html.Append("<p>No effort figures were given, so no effort is estimated: i2s has none of its own, since no public source gives them. "
                + "Give per-bucket figures with their source in an <code>--effort</code> file (docs/assessment.md).</p>\n");
        }
    }

    private static void Charts(StringBuilder html, Core.Assessment.Assessment a)
    {
        html.Append("<h2>Charts</h2>\n<div class=\"charts\">\n");
        html.Append(AssessmentCharts.Bars("chart-folders", "Instances translated or approximated per folder", "%",
            [.. a.Folders.Select(f => a.Folders.Count(o => o.Name.Equals(f.Name, StringComparison.OrdinalIgnoreCase)) > 1 ? $"{f.Name} ({Path.GetFileNameWithoutExtension(f.Input)})" : f.Name)], [new("automation", Neutral, [.. a.Folders.Select(f => f.Automation.InstancePercent ?? 0)])], 100)).Append('\n');
        var kinds = a.Overview.TransformationsByType;
        html.Append(AssessmentCharts.Bars("chart-types", "Transformation types by count and verdict", "instances", [.. kinds.Select(k => k.Type)],
        [
            new("translated", Translated, [.. kinds.Select(k => (double)k.Translated)]),
            new("approximated", Approximated, [.. kinds.Select(k => (double)k.Approximated)]),
            new("unsupported", Unsupported, [.. kinds.Select(k => (double)k.Unsupported)]),
        ])).Append('\n');
        html.Append(AssessmentCharts.Bars("chart-complexity", "Mappings by complexity", "mappings",
            [.. a.Overview.MappingsByComplexity.Select(b => b.Name)], [new("mappings", Neutral, [.. a.Overview.MappingsByComplexity.Select(b => (double)b.Count)])])).Append('\n');
        html.Append(AssessmentCharts.Bars("chart-gaps", "Gaps by kind", "gaps",
            [.. a.Overview.GapsByKind.Select(g => g.Name)], [new("gaps", Unsupported, [.. a.Overview.GapsByKind.Select(g => (double)g.Count)])])).Append('\n');
        html.Append("</div>\n");
    }

    private static void Mappings(StringBuilder html, Core.Assessment.Assessment a)
    {
        html.Append("<h2>Mappings</h2>\n<p class=\"muted\">Click a column header to sort.</p>\n");
        var header = new List<string> { "input", "folder", "mapping", "sessions", "instances", "automation %", "translated", "approximated", "unsupported", "score", "complexity" };
        if (a.Effort is { } e)
        {
            header.Add("effort (" + e.Unit + ")");
        }

        header.Add("gaps");
        Table(html, "mappings", header, [.. a.Mappings.Select(m =>
        {
            var row = new List<string>
            {
                m.Input, m.Folder, m.Name, N(m.Sessions.Count), N(m.Automation.Instances), m.Automation.InstancePercent is { } p ? D(p) : string.Empty,
                N(m.Automation.Translated), N(m.Automation.Approximated), N(m.Automation.Unsupported), N(m.Complexity.Score), AssessmentBuilder.Name(m.Complexity.Bucket),
            };
            if (m.Effort is { } effort)
            {
                row.Add(D(effort));
            }

            row.Add(string.Join("\n", m.Gaps));
            return row.ToArray();
        })], sortable: true);
    }

    private static void Gaps(StringBuilder html, Core.Assessment.Assessment a)
    {
        html.Append("<h2>Gaps</h2>\n");
        Table(html, "gaps", ["input", "folder", "mapping", "kind", "object", "code", "reason"],
            [.. a.Gaps.Select(g => new[] { g.Input, g.Folder, g.Mapping ?? string.Empty, AssessmentBuilder.Name(g.Kind), g.Object, g.Code ?? string.Empty, g.Reason })], sortable: true);
    }

    private static void Lineage(StringBuilder html, Core.Assessment.Assessment a)
    {
        html.Append("<h2>Lineage</h2>\n<p class=\"muted\">Per mapping and target load: the sources read, the transformation instances on the way (verdict in colour), and each target field's ports back to where its value is made.</p>\n");
        var verdicts = a.Transformations.ToLookup(t => (t.Input, t.Folder, t.Mapping, t.Instance));
        html.Append("<div id=\"lineage\" data-rows=\"").Append(N(a.Mappings.Count)).Append("\">\n");
        foreach (var m in a.Mappings)
        {
            html.Append("<details class=\"mapping\">\n<summary>").Append(E($"{m.Folder}/{m.Name}")).Append(" <span class=\"muted\">").Append(E(m.Input)).Append("</span></summary>\n");
            foreach (var load in m.Lineage)
            {
                html.Append("<p class=\"flow\">");
                html.Append(string.Join(", ", load.Sources.Select(s => $"<span class=\"node source\">{E(s)}</span>")));
                foreach (var step in load.Path)
                {
                    var verdict = verdicts[(m.Input, m.Folder, m.Name, step)].FirstOrDefault()?.Verdict;
                    html.Append(" → <span class=\"node ").Append(verdict is { } v ? v.ToString().ToLowerInvariant() : "other").Append("\">").Append(E(step)).Append("</span>");
                }

                html.Append(" → <span class=\"node target\">").Append(E(load.Target)).Append("</span>");
                html.Append(load.Translated ? string.Empty : $" <span class=\"refused\">refused: {E(load.Refusal ?? string.Empty)}</span>").Append("</p>\n");
                if (load.Columns.Count > 0)
                {
                    html.Append("<table class=\"columns\"><thead><tr><th>target field</th><th>from (nearest first)</th><th>made from</th></tr></thead><tbody>\n");
                    foreach (var column in load.Columns)
                    {
                        html.Append("<tr><td>").Append(E(column.Field)).Append("</td><td>").Append(E(string.Join(" ← ", column.From))).Append("</td><td>").Append(E(string.Join(", ", column.Origins))).Append("</td></tr>\n");
                    }

                    html.Append("</tbody></table>\n");
                }
            }

            html.Append("</details>\n");
        }

        html.Append("</div>\n");
    }

    private static void Table(StringBuilder html, string id, IReadOnlyList<string> header, IReadOnlyList<string[]> rows, bool sortable = false)
    {
        html.Append("<table id=\"").Append(id).Append("\" data-rows=\"").Append(N(rows.Count)).Append('"').Append(sortable ? " class=\"sortable\"" : string.Empty).Append(">\n<thead><tr>");
        foreach (var cell in header)
        {
            html.Append("<th>").Append(E(cell)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(E(cell).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string P(double? percent) => percent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";

    private const string Style = """
        body { font-family: sans-serif; margin: 1.5em; color: #222; }
        h1, h2 { border-bottom: 1px solid #ccc; padding-bottom: .2em; }
        .muted { color: #666; font-size: .9em; }
        table { border-collapse: collapse; margin: .5em 0 1em; font-size: .9em; }
        th, td { border: 1px solid #ccc; padding: .25em .5em; text-align: left; vertical-align: top; }
        th { background: #f0f0f0; }
        table.sortable th { cursor: pointer; }
        table.sortable th.asc::after { content: " ▲"; }
        table.sortable th.desc::after { content: " ▼"; }
        .row { display: flex; gap: 2em; flex-wrap: wrap; }
        .charts { display: flex; flex-wrap: wrap; gap: 1em; }
        .charts svg { border: 1px solid #ddd; }
        .node { padding: .1em .4em; border-radius: .3em; border: 1px solid #999; }
        .node.source, .node.target { background: #e3f2fd; }
        .node.translated { background: #e8f5e9; }
        .node.approximated { background: #fff8e1; }
        .node.unsupported { background: #ffebee; }
        .refused { color: #c62828; }
        details.mapping { margin: .3em 0; }

        """;

    private const string Script = """
        (function () {
          function key(cell) {
            var text = cell.textContent.trim();
            var number = Number(text);
            return text !== '' && !isNaN(number) ? number : text.toLowerCase();
          }
          document.querySelectorAll('table.sortable').forEach(function (table) {
            table.querySelectorAll('th').forEach(function (th, column) {
              th.addEventListener('click', function () {
                var ascending = !th.classList.contains('asc');
                table.querySelectorAll('th').forEach(function (other) { other.classList.remove('asc', 'desc'); });
                th.classList.add(ascending ? 'asc' : 'desc');
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = key(a.cells[column]), y = key(b.cells[column]);
                  var order = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === 'number' ? -1 : 1);
                  return ascending ? order : -order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
              });
            });
          });
        })();

        """;
}
