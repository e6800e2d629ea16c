using Informatica2Spark.Core.Mappings.Plan;
using Xunit;

namespace Informatica2Spark.Core.Tests.Mappings.Lowerings;

/// <summary>Transformations that are reported with what they hold rather than translated.</summary>
public sealed class ReportedLoweringTests
{
    [Fact]
    public void Transaction_control_is_refused_with_its_condition_and_ports_and_its_load_is_refused()
    {
        var plan = PlanCase.Load("transaction_control_reported");
        var report = plan.Instance("TC_ITEMS");
        Assert.Equal(InstanceStatus.Unsupported, report.Status);
        Assert.Equal(
            "Transaction Control is not translated, port it by hand; it holds inputs (ID, NAME); outputs (ID, NAME); Transaction Control Condition = IIF(ID = 20, TC_COMMIT_BEFORE, TC_CONTINUE_TRANSACTION)",
            report.Notes[0]);
        Assert.False(Assert.Single(plan.Plan.Targets).IsTranslated);
    }
}
