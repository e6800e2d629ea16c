using Informatica2Spark.Core.Emit.Templates;

namespace Informatica2Spark.Core.Emit.Orchestration;

/// <summary><c>--orchestrator none</c> (the default): each workflow gets its <c>workflow.yaml</c> and nothing else.</summary>
public sealed class NoneTarget : IOrchestratorTarget
{
    public string Name => OrchestratorTargets.None;

    public string Description => "workflow.yaml only: the plan of each workflow, for any orchestrator";

    public IReadOnlyList<OutputFile> Emit(OrchestrationInput input, TemplateSet templates) => [];
}
