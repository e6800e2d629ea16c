using System.Text;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parsing;

/// <summary>Pipelined reading (XML on its own thread, objects built on the caller's) makes the same sink calls and diagnostics as one thread.</summary>
public class ExportReaderPipelineTests
{
    static ExportReaderPipelineTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> TestDataFiles() => GrammarCheckOracleTests.TestDataFiles();

    [Theory]
    [MemberData(nameof(TestDataFiles))]
    public void Pipelined_reading_makes_the_calls_and_diagnostics_of_one_thread(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.TestData, relativePath));
        var (oneThread, oneThreadOutcome) = Read(bytes, pipelined: false);
        var (pipelined, pipelinedOutcome) = Read(bytes, pipelined: true);

        Assert.Equal(oneThread.Calls, pipelined.Calls);
        Assert.Equal(oneThreadOutcome.IsReadable, pipelinedOutcome.IsReadable);
        Assert.Equal(oneThreadOutcome.Diagnostics, pipelinedOutcome.Diagnostics);
        var caller = Environment.CurrentManagedThreadId;
        Assert.All(pipelined.Threads, thread => Assert.Equal(caller, thread));
    }

    [Fact]
    public void A_truncated_export_still_reports_one_diagnostic_after_the_objects_read_before_it()
    {
        var bytes = Encoding.UTF8.GetBytes(
            "<POWERMART><REPOSITORY NAME=\"R\"><FOLDER NAME=\"F\"><SESSION NAME=\"s\" MAPPINGNAME=\"m\" REUSABLE=\"YES\"/><SESSION NAME=\"t\"");
        var (sink, outcome) = Read(bytes, pipelined: true);

        Assert.False(outcome.IsReadable);
        Assert.Equal("I2S0011", Assert.Single(outcome.Diagnostics).Code);
        Assert.Equal(["document", "repository R", "start F", "Session s"], sink.Calls);
    }

    [Fact]
    public void A_failing_sink_stops_the_reading_thread_and_its_exception_reaches_the_caller()
    {
        var content = string.Concat(Enumerable.Range(0, 2000).Select(i => $"<SESSION NAME=\"s{i}\" MAPPINGNAME=\"m\" REUSABLE=\"YES\"/>"));
        var bytes = Encoding.UTF8.GetBytes("<POWERMART><REPOSITORY NAME=\"R\"><FOLDER NAME=\"F\">" + content + "</FOLDER></REPOSITORY></POWERMART>");
        var sink = new RecordingSink { FailAt = 10 };

        var error = Assert.Throws<InvalidOperationException>(() =>
            ExportReader.Read(new MemoryStream(bytes), "x.xml", sink, new ExportReaderOptions { Pipelined = true }));

        Assert.Equal("sink failed", error.Message);
        Assert.Equal(10, sink.Calls.Count);
    }

    private static (RecordingSink Sink, ExportReadOutcome Outcome) Read(byte[] bytes, bool pipelined)
    {
        var sink = new RecordingSink();
        var outcome = ExportReader.Read(new MemoryStream(bytes), "x.xml", sink, new ExportReaderOptions { Pipelined = pipelined });
        return (sink, outcome);
    }

    private sealed class RecordingSink : IExportSink
    {
        public List<string> Calls { get; } = [];

        public List<int> Threads { get; } = [];

        public int FailAt { get; init; } = int.MaxValue;

        public void OnDocument(string path, string? creationDate, string? repositoryVersion, string? encoding) =>
            Record("document");

        public void OnRepository(string name, string? version, string? codePage, string? databaseType, TextPosition position) =>
            Record($"repository {name}");

        public void OnFolderStart(FolderHeader folder) => Record("start " + folder.Name);

        public void OnObject(FolderHeader folder, IModelObject item) => Record($"{item.GetType().Name} {item.Name}");

        public void OnFolderEnd(FolderHeader folder) => Record("end " + folder.Name);

        private void Record(string call)
        {
            if (Calls.Count == FailAt)
            {
                throw new InvalidOperationException("sink failed");
            }

            Calls.Add(call);
            Threads.Add(Environment.CurrentManagedThreadId);
        }
    }
}
