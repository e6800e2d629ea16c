using Informatica2Spark.Syntax;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parameters;

/// <summary>The one mapping of parameter names to environment variables, which converter and drivers share.</summary>
public sealed class EnvironmentNameTests
{
    [Theory]
    [InlineData("$$LOAD_DATE", "I2S_PARAM__LOAD_DATE")]
    [InlineData("$InputFile_Customers", "I2S_PARAM_InputFile_Customers")]
    [InlineData("$ParamRegion", "I2S_PARAM_ParamRegion")]
    [InlineData("$DBConnection_Src", "I2S_PARAM_DBConnection_Src")]
    [InlineData("$$$OLD_STYLE", "I2S_PARAM___OLD_STYLE")]
    [InlineData("$PMSRC@TableName", "I2S_PARAM_PMSRC_TableName")]
    public void Parameters_map_to_shell_safe_variables_and_back(string parameter, string variable)
    {
        Assert.Equal(variable, ParameterEnvironmentNames.VariableName(parameter));
        if (!parameter.Contains('@'))
        {
            Assert.Equal(parameter, ParameterEnvironmentNames.ParameterName(variable));
        }
    }

    [Theory]
    [InlineData("PATH")]
    [InlineData("I2S_PARAM_")]
    [InlineData("I2S_PARAM___")]
    public void Other_variables_are_not_parameters(string variable) => Assert.Null(ParameterEnvironmentNames.ParameterName(variable));
}
