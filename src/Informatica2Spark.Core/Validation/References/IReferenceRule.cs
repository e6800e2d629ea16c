using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Validation.References;

/// <summary>A check of one kind of cross reference inside one export file.</summary>
public interface IReferenceRule
{
    void Check(ReferenceIndex index, DiagnosticBag diagnostics);
}

/// <summary>The reference rules, in the one order they run.</summary>
public static class ReferenceRules
{
    public static IReadOnlyList<IReferenceRule> All { get; } =
    [
        new ShortcutTargetRule(),
        new SessionMappingRule(),
        new TaskInstanceRule(),
        new WorkflowLinkRule(),
        new ConnectorRule(),
    ];
}
