using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings;

/// <summary>
/// A Source Qualifier of two relational sources of one database (TG: Source Qualifier > Default Query; Joining
/// Source Data; User-Defined Joins; Source Filter; Select Distinct): one query pushed to the database joins them. The
/// user-defined join is an inner join, so the employee with a NULL department has no row; the source filter drops
/// employee 1; Select Distinct keeps one of the two identical (bob, sales) rows. Without a user-defined join the
/// sources are joined on their primary key-foreign key relationship (EMP.DEPTNO references DEPT.DEPTNO).
/// </summary>
public sealed class SourceQualifierPlanTests
{
    [Theory]
    [InlineData("m_sq_user_join")]
    [InlineData("m_sq_key_join")]
    public void Several_sources_are_joined_in_one_pushed_query(string mapping)
    {
        var plan = PlanCases.Plan("source_qualifier_joins.xml", mapping);
        PlanCases.VerifyScript(plan, mapping);
        var read = Assert.Single(plan.Reads);
        Assert.Equal(["EMP", "DEPT"], read.Sources);
        var rows = PlanCases.Run(plan, "T_NAMES", "ENAME, DNAME",
            ("EMP", ["EMPNO DECIMAL(10,0)", "ENAME VARCHAR", "DEPTNO DECIMAL(10,0)"], ["1, 'ann', 10", "2, 'bob', 10", "3, 'bob', 10", "4, 'cyd', NULL"]),
            ("DEPT", ["DEPTNO DECIMAL(10,0)", "DNAME VARCHAR"], ["10, 'sales'", "NULL, 'nulldept'"]));
        string[] expected = mapping == "m_sq_user_join" ? ["bob|sales"] : ["ann|sales", "bob|sales", "bob|sales"];
        Assert.Equal(expected, rows);
    }
}
