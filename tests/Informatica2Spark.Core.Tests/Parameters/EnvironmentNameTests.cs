using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Runtime;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parameters;

/// <summary>
/// Generated drivers read per-run parameters from the same environment variables the converter reads them from; the
/// runtime cannot call the converter's code (it is copied into driver projects), so this keeps the two names equal.
/// </summary>
public sealed class EnvironmentNameTests
{
    [Theory]
    [InlineData("$$LOAD_DATE")]
    [InlineData("$InputFile_Customers")]
    [InlineData("$ParamRegion")]
    [InlineData("$DBConnection_Src")]
    [InlineData("$$$OLD_STYLE")]
    public void The_driver_reads_the_variable_the_converter_reads(string parameter)
    {
        Assert.Equal(ParameterEnvironment.VariableName(parameter), JobRun.EnvironmentName(parameter));
    }
}
