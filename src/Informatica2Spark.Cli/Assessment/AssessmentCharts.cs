using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace Informatica2Spark.Cli.Assessment;

/// <summary>
/// The charts of <c>assessment.html</c>, drawn by ScottPlot and exported as SVG (<see cref="Plot.GetSvgXml"/>, which
/// needs no display): bar charts of one or more stacked series over named categories. The SVG is made fit to inline and
/// repeatable: the XML declaration is dropped and ScottPlot's clip-path ids (a process-wide counter) are renamed in
/// order of appearance with the chart's own prefix, and the namespace declarations, which inline SVG does not need, are dropped. Text is
/// laid out with DejaVu Sans, embedded in i2s (a machine without fonts would draw no text at all, and another
/// machine's fonts would move it), and the browser draws it with DejaVu Sans or its own sans-serif.
/// </summary>
internal static partial class AssessmentCharts
{
    /// <summary>One series of a chart: its name in the legend, its colour, one value per category.</summary>
    public sealed record Series(string Name, string Color, IReadOnlyList<double> Values);

    /// <summary>
    /// A bar chart with <paramref name="series"/> stacked over <paramref name="categories"/>, as an inline
    /// <c>&lt;svg&gt;</c> element whose ids start with <paramref name="id"/>; empty categories draw an empty frame.
    /// </summary>
    /// <summary>The family of the embedded font, as the SVG names it.</summary>
    private const string Family = "DejaVu Sans";

    static AssessmentCharts()
    {
        Fonts.FontResolvers.Insert(0, new EmbeddedFont());
        Fonts.Default = Family;
        Fonts.Sans = Family;
    }

    public static string Bars(string id, string title, string valueLabel, IReadOnlyList<string> categories, IReadOnlyList<Series> series, double? maximum = null)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var i = 0; i < categories.Count; i++)
        {
            var bottom = 0.0;
            foreach (var s in series)
            {
                var value = s.Values[i];
                bars.Add(new Bar { Position = i, ValueBase = bottom, Value = bottom + value, FillColor = Color.FromHex(s.Color), LineWidth = 0 });
                bottom += value;
            }
        }

        if (bars.Count > 0)
        {
            plot.Add.Bars(bars);
        }

        if (series.Count > 1)
        {
            foreach (var s in series)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = s.Name, FillColor = Color.FromHex(s.Color) });
            }

            plot.ShowLegend(Alignment.UpperRight);
        }

        var positions = Enumerable.Range(0, categories.Count).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, [.. categories.Select(Short)]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 40;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = categories.Count == 0 ? 20 : 40 + 6 * categories.Max(c => Short(c).Length);
        plot.Axes.Right.MinimumSize = 70;
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsX(-0.6, Math.Max(categories.Count, 1) - 0.4);
        if (maximum is { } max)
        {
            plot.Axes.SetLimitsY(0, max);
        }

        plot.Title(title);
        plot.YLabel(valueLabel);
        var width = Math.Max(560, 120 + 44 * categories.Count);
        return Inline(plot.GetSvgXml(width, 380), id);
    }

    /// <summary>A label of at most 32 characters: a longer one keeps its start and its end, which tell labels apart.</summary>
    private static string Short(string label) => label.Length <= 32 ? label : label[..15] + "…" + label[^16..];

    /// <summary>The SVG without its XML declaration, each clip-path id renamed to <c>{prefix}-{n}</c> in order of appearance.</summary>
    private static string Inline(string svg, string prefix)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var body = start < 0 ? svg : svg[start..];
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        body = ClipId().Replace(body, m =>
        {
            if (!names.TryGetValue(m.Value, out var name))
            {
                name = $"{prefix}-{names.Count.ToString(CultureInfo.InvariantCulture)}";
                names[m.Value] = name;
            }

            return name;
        });
        // Inline SVG in HTML needs no namespace declarations; dropping them leaves the page naming no URL at all.
        body = body.Replace(" xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal)
            .Replace(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", string.Empty, StringComparison.Ordinal);
        body = body.Replace($"font-family=\"{Family}\"", $"font-family=\"{Family}, sans-serif\"", StringComparison.Ordinal);
        return body.Replace("<svg ", $"<svg role=\"img\" id=\"{prefix}\" ", StringComparison.Ordinal).Trim();
    }

    /// <summary>Resolves every font name to the embedded DejaVu Sans, whatever the machine has.</summary>
    private sealed class EmbeddedFont : IFontResolver
    {
        private static readonly SkiaSharp.SKTypeface Typeface = SkiaSharp.SKTypeface.FromStream(
            typeof(EmbeddedFont).Assembly.GetManifestResourceStream("Informatica2Spark.Cli.Assessment.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("the embedded font DejaVuSans.ttf is missing from the i2s assembly"));

        public SkiaSharp.SKTypeface CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) => Typeface;

        public SkiaSharp.SKTypeface CreateTypeface(string fontName, bool bold, bool italic) => Typeface;
    }

    [GeneratedRegex(@"\bcl_[0-9A-Za-z]+\b")]
    private static partial Regex ClipId();
}
