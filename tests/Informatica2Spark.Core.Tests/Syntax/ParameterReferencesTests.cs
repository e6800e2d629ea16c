using Informatica2Spark.Syntax;
using Xunit;

namespace Informatica2Spark.Core.Tests.Syntax;

/// <summary>
/// The one definition of parameter reference syntax (Advanced Workflow Guide, Parameter Files; Parameters and
/// Variables in Sessions), used by the converter, the validator and generated drivers alike.
/// </summary>
public sealed class ParameterReferencesTests
{
    private static string Names(string text, ReferenceContext context = ReferenceContext.Text) =>
        string.Join(" ", ParameterReferences.Find(text, context).Select(r => r.Name));

    [Theory]
    [InlineData("WHERE D > '$$LOAD_DATE' AND T = '$$$SessStartTime'", "$$LOAD_DATE $$$SessStartTime")]
    [InlineData("$PMSourceFileDir/in_$InputFile_Orders.dat", "$PMSourceFileDir $InputFile_Orders")]
    [InlineData("SELECT * FROM $PMSQ_ORDERS@TableName WHERE 1=1", "$PMSQ_ORDERS@TableName")]
    [InlineData("$Source and $Target are connections", "")]
    [InlineData("$$$$FOUR $ $1 $$9 costs $$", "")]
    [InlineData("a$$X_1b", "$$X_1b")]
    [InlineData("$$$OTHER is not the session start", "")]
    [InlineData("no reference, SYSDATE is bare", "")]
    [InlineData("", "")]
    public void References_in_text(string text, string expected) => Assert.Equal(expected, Names(text));

    [Fact]
    public void Shell_variables_in_commands_are_not_parameters()
    {
        var command = "ls $PMSourceFileDir/*.dat | while read file; do mv $file $PMTargetFileDir/$$BATCH_$HOME; done; echo $InputFile_A $ParamX $DBConnection_Src $PMSessionLogFile $LookupFile_L $BadFile_B $OutputFile_O";

        Assert.Equal("$PMSourceFileDir $PMTargetFileDir $$BATCH_ $InputFile_A $ParamX $DBConnection_Src $PMSessionLogFile $LookupFile_L $BadFile_B $OutputFile_O",
            Names(command, ReferenceContext.Command));
        Assert.Contains("$file", Names(command), StringComparison.Ordinal);
    }

    [Fact]
    public void Expressions_also_name_the_bare_built_ins()
    {
        Assert.Equal("$$CUTOFF SESSSTARTTIME SYSDATE", Names("IIF($$CUTOFF < SESSSTARTTIME, SYSDATE, MY_SYSDATE_PORT)", ReferenceContext.Expression));
        Assert.Equal("$$CUTOFF", Names("IIF($$CUTOFF < SESSSTARTTIME, SYSDATE)"));
        Assert.Equal("sysdate WorkflowStartTime", Names("ADD_TO_DATE(sysdate, 'DD', 1) > WorkflowStartTime AND SYSDATE_X = 1", ReferenceContext.Expression));
    }

    [Fact]
    public void Replacing_is_one_pass_and_leaves_unknown_names()
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["$$A"] = "$$B", ["$$B"] = "b" };

        Assert.Equal("$$B b $$C", ParameterReferences.Replace("$$a $$B $$C", n => values.GetValueOrDefault(n)));
    }

    [Fact]
    public void Kinds_of_names()
    {
        Assert.True(ParameterReferences.IsMappingName("$$X"));
        Assert.False(ParameterReferences.IsMappingName("$$$SessStartTime"));
        Assert.True(ParameterReferences.IsSessionParameterName("$dbconnection_src"));
        Assert.False(ParameterReferences.IsSessionParameterName("$file"));
        Assert.True(ParameterReferences.IsReference("$DBConnection_Src"));
        Assert.False(ParameterReferences.IsReference("x$DBConnection_Src"));
    }
}
