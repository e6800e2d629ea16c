using Informatica2Spark.Core.Parameters;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parameters;

public class ParameterSubstitutionTests
{
    private static readonly ResolvedParameter[] Parameters =
    [
        new("$$LOAD_DATE", "2026-03-01", ParameterLayer.Session, "p.prm:3"),
        new("$$LOAD_DATE_TO", "2026-03-31", ParameterLayer.Session, "p.prm:4"),
        new("$$WHERE", "STATUS = '$$STATE'", ParameterLayer.Session, "p.prm:5"),
        new("$PMSourceFileDir", "$PMRootDir/SrcFiles", ParameterLayer.System, "service process directory", IsRunTime: true),
        new("$DBConnection_Src", null, null, null),
    ];

    [Fact]
    public void Constants_are_substituted_and_longer_names_are_not_cut()
    {
        var result = ParameterSubstitution.Apply("WHERE D >= '$$load_date' AND D <= '$$LOAD_DATE_TO'", Parameters);

        Assert.Equal("WHERE D >= '2026-03-01' AND D <= '2026-03-31'", result.Text);
        Assert.Empty(result.RunTime);
        Assert.Empty(result.Unresolved);
    }

    [Fact]
    public void A_value_mentioning_a_parameter_stays_literal()
    {
        var result = ParameterSubstitution.Apply("SELECT * FROM T WHERE $$WHERE", Parameters);

        Assert.Equal("SELECT * FROM T WHERE STATUS = '$$STATE'", result.Text);
        Assert.Empty(result.Unresolved);
    }

    [Fact]
    public void Run_time_and_unresolved_names_stay_in_place_and_are_listed()
    {
        var result = ParameterSubstitution.Apply("$PMSourceFileDir/in_$$LOAD_DATE.dat via $DBConnection_Src and $$NOWHERE", Parameters);

        Assert.Equal("$PMSourceFileDir/in_2026-03-01.dat via $DBConnection_Src and $$NOWHERE", result.Text);
        Assert.Equal(["$PMSourceFileDir"], result.RunTime);
        Assert.Equal(["$DBConnection_Src", "$$NOWHERE"], result.Unresolved);
    }
}
