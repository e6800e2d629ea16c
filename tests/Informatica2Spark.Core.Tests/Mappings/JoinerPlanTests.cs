using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings;

/// <summary>
/// Joiner (TG: Joiner Transformation > Join Types; Defining a Join Condition). EMP is the detail pipeline, DEPT the
/// master (its ports are INPUT/OUTPUT/MASTER), joined on M_DEPTNO = DEPTNO. The inputs hold an employee of department
/// 10 (matched), one of department 99 (no master), one with a NULL department, a department 20 with no employee and a
/// department with a NULL number: a NULL key never matches, so the NULL rows behave as unmatched rows of their side.
/// </summary>
public sealed class JoinerPlanTests
{
    private static readonly (string, string[], string[])[] Inputs =
    [
        ("EMP", ["EMPNO DECIMAL(10,0)", "ENAME VARCHAR", "DEPTNO DECIMAL(10,0)"], ["1, 'ann', 10", "2, 'bob', 99", "3, 'cyd', NULL"]),
        ("DEPT", ["DEPTNO DECIMAL(10,0)", "DNAME VARCHAR"], ["10, 'sales'", "20, 'hr'", "NULL, 'nulldept'"]),
    ];

    [Theory]
    [InlineData("m_join_normal")]
    [InlineData("m_join_master_outer")]
    [InlineData("m_join_detail_outer")]
    [InlineData("m_join_full_outer")]
    public void Join_types_give_the_documented_rows(string mapping)
    {
        var plan = PlanCases.Plan("joiner_types.xml", mapping);
        PlanCases.VerifyScript(plan, mapping);
        var rows = PlanCases.Run(plan, "T_EMP_DEPT", "EMPNO NULLS LAST, DNAME NULLS LAST", Inputs);

        // Columns: EMPNO|ENAME|DEPTNO (detail) | M_DEPTNO|DNAME (master).
        string[] matched = ["1|ann|10|10|sales"];
        string[] detailOnly = ["2|bob|99|NULL|NULL", "3|cyd|NULL|NULL|NULL"];
        string[] masterOnly = ["NULL|NULL|NULL|20|hr", "NULL|NULL|NULL|NULL|nulldept"];
        string[] expected = mapping switch
        {
            // Normal join: only the matching rows; the NULL keys do not match each other.
            "m_join_normal" => matched,
            // Master outer: every detail row, and the master rows that match.
            "m_join_master_outer" => [.. matched, .. detailOnly],
            // Detail outer: every master row, and the detail rows that match.
            "m_join_detail_outer" => [.. matched, .. masterOnly],
            _ => [.. matched, .. detailOnly, .. masterOnly],
        };
        Assert.Equal(expected, rows);
    }
}
