using System.Diagnostics;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parsing;

/// <summary>Real exports cut short or corrupted still give one located input diagnostic, never an exception or a hang.</summary>
public class DamagedCorpusTests
{
    public static TheoryData<string> CorpusFiles() => ExportSchemaTests.CorpusFiles();

    [CorpusTheory]
    [MemberData(nameof(CorpusFiles))]
    public void Truncated_and_corrupted_exports_fail_cleanly(string fileName)
    {
        var original = File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "xml", fileName));
        var damaged = new List<(string Kind, byte[] Bytes)>
        {
            ("cut at 10%", original[..(original.Length / 10)]),
            ("cut at 50%", original[..(original.Length / 2)]),
            ("cut at 93%", original[..(int)(original.Length * 0.93)]),
            ("stray '<' in the middle", Corrupt(original)),
        };

        foreach (var (kind, bytes) in damaged)
        {
            using var stream = new MemoryStream(bytes);
            var clock = Stopwatch.StartNew();
            var outcome = ExportReader.Read(stream, fileName, NullSink.Instance);

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{fileName} {kind}: took {clock.Elapsed}");
            if (!outcome.IsReadable)
            {
                var diagnostic = Assert.Single(outcome.Diagnostics);
                Assert.True(diagnostic.IsUnreadableInput(), $"{fileName} {kind}: {diagnostic}");
                Assert.True(diagnostic.Location.Line > 0, $"{fileName} {kind}: {diagnostic}");
            }
        }
    }

    private static byte[] Corrupt(byte[] original)
    {
        var copy = (byte[])original.Clone();
        copy[copy.Length / 2] = (byte)'<';
        return copy;
    }
}
