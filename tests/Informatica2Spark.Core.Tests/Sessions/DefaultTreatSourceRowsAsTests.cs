using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Tests.Parsing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Sessions;

/// <summary>
/// Treat source rows as, when a session does not set it: "If the mapping for the session contains an Update Strategy
/// transformation, this field is marked Data Driven by default" (Workflow Basics Guide, Session Properties), else Insert.
/// </summary>
public sealed class DefaultTreatSourceRowsAsTests
{
    [Theory]
    [InlineData("mappings/update_strategy_reject.xml", TreatSourceRowsAs.DataDriven)]
    [InlineData("mappings/router_default_null.xml", TreatSourceRowsAs.Insert)]
    public void The_session_made_for_a_mapping_treats_rows_as_its_update_strategy_asks(string export, TreatSourceRowsAs expected)
    {
        var document = ExportReaderTests.Read(export);
        var repository = Assert.Single(document.Repositories);
        var folder = Assert.Single(repository.Folders);
        var occurrence = Assert.Single(SessionOccurrences.OfUnrunMappings(document, repository.Name, folder));

        var (config, _) = SessionConfigBuilder.Build(document, folder, occurrence);

        Assert.Equal(expected, config.Execution.TreatSourceRowsAs.Value);
    }
}
