using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Xml;
using BenchmarkDotNet.Running;
using Informatica2Spark.Benchmarks.Synthetic;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Validation;

namespace Informatica2Spark.Benchmarks;

/// <summary>
/// <c>generate --size-mb N [--seed S] --out FILE</c> writes the synthetic export; <c>repeat --corpus DIR --size-mb N
/// --out FILE</c> writes the real-shaped one (<see cref="CorpusRepeater"/>);
/// <c>bare FILE</c>, <c>read FILE</c> and <c>validate FILE</c> each measure one pass in this process and print one
/// JSON line (run each in a fresh process for an honest peak memory); <c>bdn</c> runs the BenchmarkDotNet suite.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: generate --size-mb N [--seed S] --out FILE | repeat --corpus DIR --size-mb N --out FILE | bare FILE | read FILE | validate FILE | bdn [args]");
            return 2;
        }

        switch (args[0])
        {
            case "generate":
                var size = long.Parse(Option(args, "--size-mb") ?? "200", CultureInfo.InvariantCulture) * 1024 * 1024;
                var seed = int.Parse(Option(args, "--seed") ?? "42", CultureInfo.InvariantCulture);
                using (var output = File.Create(Option(args, "--out") ?? throw new ArgumentException("--out FILE is required")))
                {
                    new ExportGenerator(size, seed).Write(output);
                }

                return 0;
            case "repeat":
                var corpus = Option(args, "--corpus") ?? throw new ArgumentException("--corpus DIR is required");
                var exports = Directory.EnumerateFiles(corpus).Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).ToList();
                using (var output = File.Create(Option(args, "--out") ?? throw new ArgumentException("--out FILE is required")))
                {
                    var copies = new CorpusRepeater(exports, long.Parse(Option(args, "--size-mb") ?? "200", CultureInfo.InvariantCulture) * 1024 * 1024).Write(output);
                    Console.Error.WriteLine($"{copies} copies of {exports.Count} exports");
                }

                return 0;
            case "bare":
                return Measure("bare", args[1], BarePass);
            case "read":
                return Measure("read", args[1], path =>
                {
                    using var stream = Open(path);
                    var sink = new CountingSink();
                    var outcome = ExportReader.Read(stream, path, sink);
                    return sink.Objects + outcome.Diagnostics.Count;
                });
            case "read-no-schema":
                return Measure("read-no-schema", args[1], path =>
                {
                    using var stream = Open(path);
                    var sink = new CountingSink();
                    return ExportReader.Read(stream, path, sink, new ExportReaderOptions { ValidateSchema = false }).Diagnostics.Count + sink.Objects;
                });
            case "index":
                return Measure("index", args[1], path =>
                {
                    using var stream = Open(path);
                    var builder = new Core.Validation.References.ReferenceIndexBuilder(path);
                    return ExportReader.Read(stream, path, builder).Diagnostics.Count + builder.Index.Folders.Count;
                });
            case "validate":
                return Measure("validate", args[1], path => ExportValidation.Run([new ExportInput(path, () => Open(path))]).Diagnostics.Count);
            case "bdn":
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
                return 0;
            default:
                Console.Error.WriteLine($"unknown mode {args[0]}");
                return 2;
        }
    }

    /// <summary>Reads every node and every attribute value, without validation: the floor for any reader.</summary>
    public static long BarePass(string path)
    {
        using var stream = Open(path);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true });
        long nodes = 0;
        while (xml.Read())
        {
            nodes++;
            if (xml.NodeType == XmlNodeType.Element && xml.MoveToFirstAttribute())
            {
                do
                {
                    nodes += xml.Value.Length > 0 ? 1 : 0;
                }
                while (xml.MoveToNextAttribute());
                xml.MoveToElement();
            }
        }

        return nodes;
    }

    private static FileStream Open(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    private static int Measure(string mode, string path, Func<string, long> pass)
    {
        var bytes = new FileInfo(path).Length;
        var clock = Stopwatch.StartNew();
        var result = pass(path);
        clock.Stop();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            mode,
            bytes,
            seconds = Math.Round(clock.Elapsed.TotalSeconds, 3),
            mbPerSecond = Math.Round(bytes / 1048576.0 / clock.Elapsed.TotalSeconds, 1),
            peakWorkingSetMb = process.PeakWorkingSet64 / 1048576,
            allocatedMb = GC.GetTotalAllocatedBytes() / 1048576,
            result,
        }));
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private sealed class CountingSink : IExportSink
    {
        public long Objects { get; private set; }

        public void OnDocument(string path, string? creationDate, string? repositoryVersion, string? encoding)
        {
        }

        public void OnRepository(string name, string? version, string? codePage, string? databaseType, TextPosition position)
        {
        }

        public void OnFolderStart(FolderHeader folder)
        {
        }

        public void OnObject(FolderHeader folder, IModelObject item) => Objects++;

        public void OnFolderEnd(FolderHeader folder)
        {
        }
    }
}
