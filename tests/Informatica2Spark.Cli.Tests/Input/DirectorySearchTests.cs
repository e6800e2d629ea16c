using System.Text.Json;
using Informatica2Spark.Cli.Tests.Commands;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Input;

/// <summary>
/// A directory input is searched without following symbolic links to directories, so a link back into the directory
/// (<c>dir/loop -&gt; dir</c>) neither loops nor repeats a file; a file reached by two names is one input; a finding
/// about the directory names it.
/// </summary>
public sealed class DirectorySearchTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("i2s-search-").FullName;

    [Fact]
    public void A_link_back_into_the_directory_is_not_followed_and_each_file_is_converted_once()
    {
        var exports = Exports();
        Directory.CreateSymbolicLink(Path.Combine(exports, "loop"), exports);

        var (exit, stdout, _) = CliRunner.Run("validate", exports);
        Assert.Equal((0, "0 errors, 0 warnings, 0 infos in 1 file\n"), (exit, stdout));

        using var output = ConvertOutput.Run(exports);
        using var manifest = JsonDocument.Parse(output.Text("i2s-manifest.json"));
        Assert.Equal(["direct_loads.xml"], manifest.RootElement.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("path").GetString()));
        Assert.Equal(2, manifest.RootElement.GetProperty("sessions").GetArrayLength());
    }

    [Fact]
    public void A_link_to_a_directory_elsewhere_is_not_searched_but_one_given_is()
    {
        var exports = Exports();
        var elsewhere = Directory.CreateDirectory(Path.Combine(_directory, "elsewhere")).FullName;
        File.Copy(Path.Combine(RepositoryPaths.Root, "testdata", "exports", "sales_orders.xml"), Path.Combine(elsewhere, "sales_orders.xml"));
        var link = Path.Combine(exports, "linked");
        Directory.CreateSymbolicLink(link, elsewhere);

        Assert.EndsWith("in 1 file\n", CliRunner.Run("validate", exports).Stdout, StringComparison.Ordinal);
        Assert.EndsWith("in 1 file\n", CliRunner.Run("validate", link).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_directly_through_links_and_in_its_directory_is_one_input()
    {
        var exports = Exports();
        Directory.CreateSymbolicLink(Path.Combine(_directory, "via"), exports);
        File.CreateSymbolicLink(Path.Combine(_directory, "link.xml"), Path.Combine(exports, "direct_loads.xml"));

        var (exit, stdout, _) = CliRunner.Run("validate", Path.Combine(_directory, "link.xml"), exports, Path.Combine(_directory, "via", "direct_loads.xml"));

        Assert.Equal((0, "0 errors, 0 warnings, 0 infos in 1 file\n"), (exit, stdout));
    }

    [Fact]
    public void A_directory_without_exports_is_named_in_its_finding()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_directory, "empty")).FullName;

        var (exit, stdout, _) = CliRunner.Run("validate", empty);

        Assert.Equal(3, exit);
        Assert.StartsWith("empty/: error I2S0001: the directory holds no .xml exports\n", stdout, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>A directory holding a copy of one testdata export.</summary>
    private string Exports()
    {
        var exports = Directory.CreateDirectory(Path.Combine(_directory, "exports")).FullName;
        File.Copy(Path.Combine(RepositoryPaths.Root, "testdata", "exports", "direct_loads.xml"), Path.Combine(exports, "direct_loads.xml"));
        return exports;
    }
}
