using Informatica2Spark.Core.Mappings.Plan;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings;

/// <summary>
/// Lookup (TG: Lookup Transformation > Lookup Condition; Lookup Properties > Lookup policy on multiple match; Lookup
/// Query > Overriding the ORDER BY Statement; Default Values). LKP_CUST looks up CUSTOMERS on CUST_ID = IN_CUST_ID:
/// customer 1 has two rows ('b', 2) and ('a', 1), so first and last are taken in the order of the lookup ports
/// (CUST_ID, NAME, SEQ); a customer row with a NULL CUST_ID matches the order with a NULL CUST_ID (the condition
/// matches NULL to NULL); customer 3 has no row, so NAME gives its default value 'NONE' and SEQ NULL.
/// </summary>
public sealed class LookupPlanTests
{
    private static readonly (string, string[], string[]) Orders =
        ("ORDERS", ["ORDER_ID DECIMAL(10,0)", "CUST_ID DECIMAL(10,0)", "MAX_SEQ DECIMAL(10,0)"], ["100, 1, 1", "101, 2, 9", "102, NULL, 9", "103, 3, 9"]);

    private static (string, string[], string[]) Customers(string lookup) =>
        (lookup, ["CUST_ID DECIMAL(10,0)", "NAME VARCHAR", "SEQ DECIMAL(10,0)"], ["1, 'b', 2", "1, 'a', 1", "NULL, 'nullcust', 5", "2, 'solo', 3"]);

    private static readonly string[] Others = ["101|2|solo|3", "102|NULL|nullcust|5", "103|3|NONE|NULL"];

    [Theory]
    [InlineData("m_lookup_first")]
    [InlineData("m_lookup_last")]
    [InlineData("m_lookup_any")]
    [InlineData("m_lookup_error")]
    [InlineData("m_lookup_all")]
    [InlineData("m_lookup_range")]
    public void Connected_lookups_give_the_documented_rows(string mapping)
    {
        var plan = PlanCases.Plan("lookups.xml", mapping);
        PlanCases.VerifyScript(plan, mapping);
        var rows = PlanCases.Run(plan, "T_ORDERS", "ORDER_ID, NAME", Orders, Customers("LKP_CUST"));

        // Columns: ORDER_ID|CUST_ID|NAME|SEQ.
        string[] expected = mapping switch
        {
            // Use First Value (and Use Any Value, which may return any match): the first row in the lookup ports' order.
            "m_lookup_first" or "m_lookup_any" => ["100|1|a|1", .. Others],
            "m_lookup_last" => ["100|1|b|2", .. Others],
            // Report Error: the row with several matches is a row error, skipped and counted.
            "m_lookup_error" => Others,
            // Use All Values: an active lookup returns a row per match.
            "m_lookup_all" => ["100|1|a|1", "100|1|b|2", .. Others],
            // SEQ <= IN_MAX_SEQ leaves one row of customer 1 for order 100 (MAX_SEQ 1), whatever the policy.
            _ => ["100|1|a|1", .. Others],
        };
        Assert.Equal(expected, rows);
        Assert.Equal(mapping == "m_lookup_error" ? 1 : 0, plan.Rejects.Count);
        var read = Assert.Single(plan.Lookups);
        Assert.Equal(["CUST_ID", "NAME", "SEQ"], read.Columns);
        Assert.Equal(new LookupRead("LKP_CUST", "LKP_CUST__lookup", read.Columns, LookupSourceKind.Relational, "CUSTOMERS", null, null, "$Source"), read);
    }

    /// <summary>
    /// TG: Lookup > Unconnected Lookup Transformations: :LKP.LKP_CUST_NAME(arg) returns the return port NAME of the
    /// last matching row, or its default 'NONE' when none matches; the two calls with CUST_ID share one join, the
    /// call with V_NEXT (CUST_ID + 1, a variable port computed first) has its own. NULL + 1 is NULL, which matches
    /// the customer row with a NULL CUST_ID.
    /// </summary>
    [Fact]
    public void Unconnected_lookup_calls_are_joins_in_the_calling_step()
    {
        var plan = PlanCases.Plan("lookups.xml", "m_lookup_unconnected");
        PlanCases.VerifyScript(plan);
        var rows = PlanCases.Run(plan, "T_NAMES", "ORDER_ID", Orders, Customers("LKP_CUST_NAME"));

        // Columns: ORDER_ID|O_NAME|O_NEXT_NAME|O_LABEL.
        Assert.Equal(["100|b|solo|#b", "101|solo|NONE|#solo", "102|nullcust|nullcust|#nullcust", "103|NONE|NONE|#NONE"], rows);
        var lookup = Assert.Single(plan.Instances, i => i.Instance == "LKP_CUST_NAME");
        Assert.Equal(2, lookup.Notes.Count(n => n.StartsWith("called by EXP_NAMES as :LKP.LKP_CUST_NAME(", StringComparison.Ordinal)));
    }
}
