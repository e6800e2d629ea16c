using System.Collections.Concurrent;
using Informatica2Spark.Core.Emit;

namespace Informatica2Spark.Cli.Output;

/// <summary>
/// <c>convert --check</c>: compares each file of the run with the file at the same path under the output directory as
/// soon as it is converted (<see cref="IOutputSink"/>, from any worker thread), so neither the run's files nor the
/// directory's are held; <see cref="Finish"/> adds the directory's files the run does not write.
/// </summary>
internal sealed class OutputComparison(string directory) : IOutputSink
{
    private readonly string _directory = Path.GetFullPath(directory);
    private readonly bool _exists = Directory.Exists(directory);
    private readonly ConcurrentBag<string> _drifted = [];
    private readonly ConcurrentBag<string> _missing = [];

    public void Write(OutputFile file)
    {
        var path = Path.Combine(_directory, file.RelativePath);
        if (!_exists || !File.Exists(path))
        {
            _missing.Add(file.RelativePath);
        }
        else if (new FileInfo(path).Length != file.Content.Length || !File.ReadAllBytes(path).AsSpan().SequenceEqual(file.Content))
        {
            _drifted.Add(file.RelativePath);
        }
    }

    /// <summary>The drift once the run has handed on every file of <paramref name="expected"/>.</summary>
    public OutputDrift Finish(OutputSet expected)
    {
        var paths = expected.Entries.Select(e => e.RelativePath).ToHashSet(StringComparer.Ordinal);
        var extra = _exists
            ? Directory.EnumerateFiles(_directory, "*", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(_directory, p).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(p => !paths.Contains(p))
            : [];
        return OutputDrift.Of(_drifted, _missing, extra);
    }
}
