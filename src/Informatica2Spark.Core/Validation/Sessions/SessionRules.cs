using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>
/// The validator's session rules, in the one order their findings are reported: semantic checks of the session's
/// settings, constructs Spark has no exact equivalent for (each with the approximation the generated job uses), then
/// security findings.
/// </summary>
public static class SessionRules
{
    public static RuleSet<SessionInput, Diagnostic> All { get; } = new(
    [
        new CommitIntervalRule(),
        new ResumeWithMappingVariablesRule(),
        new BulkLoadWithUpdatesRule(),
        new TruncateWithUpsertRule(),
        new PartitionKeysRule(),
        new UserDefinedCommitRule(),
        new RejectFileRule(),
        new RowErrorThresholdRule(),
        new SessionCommandsRule(),
        new PrePostSqlRule(),
        new IncrementalAggregationRule(),
        new ConstraintBasedLoadOrderingRule(),
        new PlaintextPasswordInExportRule(),
        new PlaintextPasswordInParameterFileRule(),
    ]);

    public static IReadOnlyList<Diagnostic> Run(SessionInput input) => All.Apply(input);
}
