using System.Text;
using System.Text.Json;
using Informatica2Spark.Cli.Tests.Commands;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Input;

/// <summary>
/// An export holding one value over the limit (16 Mi characters) is one located input error, exit code 3, and the
/// other exports of the run are still validated and converted.
/// </summary>
public sealed class OversizedValueTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("i2s-oversized-").FullName;

    [Fact]
    public void An_export_with_an_oversized_attribute_is_refused_and_the_others_are_converted()
    {
        var huge = Path.Combine(_directory, "huge.xml");
        using (var file = File.Create(huge))
        {
            var prefix = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<POWERMART>\n<REPOSITORY NAME=\"R\">\n<FOLDER NAME=\"F\" DESCRIPTION=\"";
            using var generated = new RepeatedStream(Encoding.UTF8.GetBytes(prefix), "a"u8.ToArray(), (16L << 20) + 1, Encoding.UTF8.GetBytes("\"/></REPOSITORY></POWERMART>"));
            generated.CopyTo(file);
        }

        File.Copy(Path.Combine(RepositoryPaths.Root, "testdata", "exports", "direct_loads.xml"), Path.Combine(_directory, "direct_loads.xml"));
        const string Error = "huge.xml:4:31: error I2S0012: an attribute value here is longer than 16777216 characters as written (an entity reference such as &amp; counts as written), the limit for one value; real exports stay far below this";

        var (exit, stdout, _) = CliRunner.Run("validate", _directory);
        Assert.Equal(ExitCodes.UnreadableInput, exit);
        Assert.Equal([Error, "1 error, 0 warnings, 0 infos in 2 files"], stdout.TrimEnd('\n').Split('\n'));

        using var output = ConvertOutput.Run(_directory);
        Assert.Equal(ExitCodes.UnreadableInput, output.Exit);
        Assert.Contains(Error, output.Stderr, StringComparison.Ordinal);
        using var manifest = JsonDocument.Parse(output.Text("i2s-manifest.json"));
        Assert.Equal(2, manifest.RootElement.GetProperty("sessions").GetArrayLength());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
