using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>
/// A session or workflow name far longer than a file name may be converts like any other: every file and folder named
/// after it is shortened by the one rule of OutputNames, the same on every run.
/// </summary>
public sealed class LongNameTests : IDisposable
{
    private static readonly string Session = "s_" + new string('s', 240);
    private static readonly string Workflow = "wf_" + new string('w', 240);
    private readonly string _export;

    public LongNameTests()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "exports", "direct_loads.xml"))
            .Replace("\"s_m_load_gl\"", $"\"{Session}\"", StringComparison.Ordinal)
            .Replace("\"wf_finance\"", $"\"{Workflow}\"", StringComparison.Ordinal);
        _export = Path.Combine(Directory.CreateTempSubdirectory("i2s-long-").FullName, "long_names.xml");
        File.WriteAllText(_export, text);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_export)!, recursive: true);

    [Fact]
    public void A_session_and_workflow_with_names_of_240_characters_convert_to_shortened_file_names()
    {
        using var output = ConvertOutput.Run(_export);

        Assert.True(output.Exit is 0 or 1, output.Stderr);
        var files = output.Files().Keys.ToList();
        var project = Assert.Single(files, f => f.EndsWith(".csproj", StringComparison.Ordinal) && f.Contains("/s_sss", StringComparison.Ordinal));
        Assert.All(project.Split('/'), segment => Assert.True(Path.GetFileNameWithoutExtension(segment).Length <= 100, segment));
        var directory = project[..project.IndexOf("/driver/", StringComparison.Ordinal)];
        Assert.Contains(directory + "/job.yaml", files);
        Assert.Contains(directory + "/submit.sh", files);
        Assert.Equal(directory.Split('/')[2], Path.GetFileNameWithoutExtension(project));
        Assert.Contains(directory.Split('/')[0] + "/" + directory.Split('/')[1] + "/workflow.yaml", files);
        Assert.Contains($"driver/publish/{Path.GetFileNameWithoutExtension(project)}.dll", output.Text(directory + "/submit.sh"), StringComparison.Ordinal);

        using var again = ConvertOutput.Run(_export);
        Assert.Equal(files, again.Files().Keys);
    }
}
