using System.Text;
using System.Text.Json;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Pipeline;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>
/// <c>i2s convert</c> over many exports: one broken export is reported with its place and the others are converted,
/// progress goes to stderr as one plain line per folder when output is redirected, and never into the report.
/// </summary>
public sealed class BatchConversionTests : IDisposable
{
    private readonly string _exports = Path.Combine(Path.GetTempPath(), "i2s-batch-" + Guid.NewGuid().ToString("N"));

    public BatchConversionTests()
    {
        Directory.CreateDirectory(_exports);
        foreach (var export in new[] { "sales_orders.xml", "direct_loads.xml", "multi_folder.xml" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, "testdata/exports", export), Path.Combine(_exports, export));
        }
    }

    public void Dispose() => Directory.Delete(_exports, recursive: true);

    [Theory]
    [InlineData("truncated.xml", "I2S0011")]
    [InlineData("not-well-formed.xml", "I2S0003")]
    public void A_broken_export_among_good_ones_is_reported_and_the_rest_is_converted(string broken, string code)
    {
        File.Copy(Path.Combine(RepositoryPaths.Root, "testdata/broken", broken), Path.Combine(_exports, "b_" + broken));
        using var alone = ConvertOutput.Run(Path.Combine(RepositoryPaths.Root, "testdata/exports/sales_orders.xml"), Path.Combine(RepositoryPaths.Root, "testdata/exports/direct_loads.xml"), Path.Combine(RepositoryPaths.Root, "testdata/exports/multi_folder.xml"), "--root", RepositoryPaths.Root);

        using var output = ConvertOutput.Run(_exports, "--root", _exports, "--max-parallel", "2");

        Assert.Equal(ExitCodes.UnreadableInput, output.Exit);
        var line = output.Stderr.Split('\n').Single(l => l.Contains("not converted", StringComparison.Ordinal));
        Assert.Matches($@"^i2s: \[\d/4\] not converted: b_{broken}:\d+:\d+: error {code}: ", line);

        // Every session of the good exports is converted as it would be without the broken one.
        var sessions = JsonDocument.Parse(output.Files()["i2s-manifest.json"]).RootElement.GetProperty("sessions");
        var expected = JsonDocument.Parse(alone.Files()["i2s-manifest.json"]).RootElement.GetProperty("sessions");
        static IEnumerable<string> Entries(JsonElement sessions) =>
            sessions.EnumerateArray().Select(s => $"{s.GetProperty("objectPath").GetString()} {s.GetProperty("status").GetString()}").Order(StringComparer.Ordinal);
        Assert.Equal(Entries(expected), Entries(sessions));
    }

    [Fact]
    public void Redirected_progress_is_one_plain_line_per_folder_on_stderr_and_stays_out_of_the_json_report()
    {
        using var output = ConvertOutput.Run(_exports, "--root", _exports, "--format", "json");

        Assert.True(output.Exit is 0 or 1, output.Stderr);
        var lines = output.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("i2s: [", StringComparison.Ordinal)).ToList();

        // One line per folder that has sessions: the folders of the manifest, each with its export and count.
        var folders = JsonDocument.Parse(output.Files()["i2s-manifest.json"]).RootElement.GetProperty("sessions").EnumerateArray()
            .GroupBy(s => (Input: s.GetProperty("input").GetString(), Folder: s.GetProperty("folder").GetString()))
            .Select(g => $"{g.Key.Input} {g.Key.Folder}: {Informatica2Spark.Core.Reporting.Counted.Of(g.Count(), "session")}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(folders, lines.Select(l => l[(l.IndexOf("] ", StringComparison.Ordinal) + 2)..].Split(", ")[0]).Order(StringComparer.Ordinal));
        Assert.All(lines, l => Assert.Matches(@"^i2s: \[[1-3]/3\] ", l));

        // The report is the JSON document alone, and the same without progress.
        using var quiet = ConvertOutput.Run(_exports, "--root", _exports, "--format", "json", "--verbosity", "quiet");
        Assert.Empty(quiet.Stderr);
        JsonDocument.Parse(output.Stdout).Dispose();
        Assert.Equal(quiet.Scrubbed(quiet.Stdout), output.Scrubbed(output.Stdout));
    }

    [Fact]
    public void An_export_whose_reading_throws_is_reported_as_I2S0808_and_the_others_are_converted()
    {
        var good = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "testdata/exports/direct_loads.xml"));
        var inputs = new[]
        {
            new ExportInput("a_defect.xml", () => new ThrowingStream()),
            new ExportInput("b_good.xml", () => new MemoryStream(good)),
        };
        var reports = new List<ConversionProgress>();
        var request = new ConversionRequest(new ConversionOptions(), TemplateSet.Create(), _ => (new ParameterInputs(), []))
        {
            Progress = report => { lock (reports) { reports.Add(report); } },
        };

        var result = ConversionRun.Run(inputs, request);

        var failure = Assert.Single(result.FailedExports);
        Assert.Equal("a_defect.xml", failure.Input);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "I2S0808");
        Assert.Equal("a_defect.xml", diagnostic.Location.File);
        Assert.NotEmpty(result.Sessions);
        Assert.All(result.Sessions, s => Assert.Equal("b_good.xml", s.Input));
        Assert.Contains(reports, r => r is ExportConverted { Input: "a_defect.xml", Problem.Code: "I2S0808" });
        Assert.Contains(reports, r => r is ExportConverted { Input: "b_good.xml", Problem: null });
        Assert.Equal(result.Sessions.Count, reports.OfType<SessionConverted>().Count());
    }

    /// <summary>Stands for a defect in reading: a stream that fails with an exception no input problem raises.</summary>
    private sealed class ThrowingStream : MemoryStream
    {
        public ThrowingStream()
            : base(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><POWERMART>"))
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("simulated defect");

        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("simulated defect");
    }
}
