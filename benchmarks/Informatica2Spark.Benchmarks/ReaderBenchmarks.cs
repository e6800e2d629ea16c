using BenchmarkDotNet.Attributes;
using Informatica2Spark.Benchmarks.Synthetic;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Validation;

namespace Informatica2Spark.Benchmarks;

/// <summary>Micro comparison on a 5 MB synthetic export: bare XmlReader pass against i2s validation.</summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "i2s-bdn-5mb.xml");
        using var output = File.Create(_path);
        new ExportGenerator(5L * 1024 * 1024, seed: 42).Write(output);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public long BareXmlReader() => Program.BarePass(_path);

    [Benchmark]
    public int Validate() => ExportValidation.Run([new ExportInput(_path, () => File.OpenRead(_path))]).Diagnostics.Count;
}
