using Informatica2Spark.Syntax;
using Xunit;

namespace Informatica2Spark.Core.Tests.Syntax;

/// <summary>
/// Service process directories default under $PMRootDir and are expanded from each other (Application Service Guide:
/// Configuring $PMRootDir), with a cycle check; other values stay literal.
/// </summary>
public sealed class ServiceProcessVariablesTests
{
    [Fact]
    public void A_directory_takes_its_default_under_the_root()
    {
        var given = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["$PMRootDir"] = "/data" };

        Assert.Equal("/data/SrcFiles", ServiceProcessVariables.Expand("$PMSourceFileDir", n => given.GetValueOrDefault(n)).Value);
        Assert.Equal("$PMRootDir/Cache", ServiceProcessVariables.DefaultOf("$pmcachedir"));
        Assert.Null(ServiceProcessVariables.DefaultOf("$PMRootDir"));
    }

    [Fact]
    public void A_given_directory_is_expanded_and_a_missing_root_is_named()
    {
        var given = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["$PMTargetFileDir"] = "$PMTempDir/out/$$RUN" };

        var result = ServiceProcessVariables.Expand("$PMTargetFileDir", n => given.GetValueOrDefault(n));

        Assert.Equal((null, "$PMRootDir"), (result.Value, string.Join(",", result.Missing)));
        Assert.Equal("$PMRootDir has no value", result.Problem);

        given["$PMRootDir"] = "/srv";
        Assert.Equal("/srv/Temp/out/$$RUN", ServiceProcessVariables.Expand("$PMTargetFileDir", n => given.GetValueOrDefault(n)).Value);
    }

    [Fact]
    public void Variables_that_refer_to_each_other_are_a_cycle()
    {
        var given = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["$PMRootDir"] = "$PMCacheDir/..", ["$PMCacheDir"] = "$PMTempDir/c", ["$PMTempDir"] = "$PMRootDir/t",
        };

        var result = ServiceProcessVariables.Expand("$PMSourceFileDir", n => given.GetValueOrDefault(n));

        Assert.Null(result.Value);
        Assert.Equal("service process variables refer to each other in a cycle: $PMRootDir -> $PMCacheDir -> $PMTempDir -> $PMRootDir", result.Problem);
    }
}
