using System.Text;
using Informatica2Spark.Core.Emit.Orchestration;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Core.Workflows;

namespace Informatica2Spark.Core.Tests.Emit.Orchestration;

/// <summary>Small workflow plans for the orchestration tests, written as PowerCenter's Workflow Manager would save them.</summary>
public static class DatabricksCases
{
    public const string Folder = "SALES";

    public static PlanTask Start { get; } = Task("Start", TaskKind.Start);

    public static PlanTask Session(string name, bool enabled = true, InputLinkMode links = InputLinkMode.All, bool failParentIfFails = false, bool failParentIfDidNotRun = false) =>
        Task(name, TaskKind.Session, enabled, links, failParentIfFails, failParentIfDidNotRun);

    public static PlanTask Command(string name, params string[] commands) =>
        Task(name, TaskKind.Command) with { Action = new CommandAction([.. commands.Select((c, i) => new PlanCommand($"cmd{i + 1}", c))], true) };

    public static PlanTask Worklet(string name, WorkflowPlan plan) => Task(name, TaskKind.Worklet) with { Action = new WorkletAction(plan, []) };

    public static PlanTask Task(string name, TaskKind kind, bool enabled = true, InputLinkMode links = InputLinkMode.All, bool failParentIfFails = false, bool failParentIfDidNotRun = false) =>
        new(name, name, kind, false, enabled, links, failParentIfFails, failParentIfDidNotRun, PlanRetry.None, null, kind switch
        {
            TaskKind.Start => new StartAction(),
            TaskKind.Session => new SessionAction(name, "m_" + name, $"{Folder}/WF:wf_test/ST:{name}", $"{Folder}/wf_test/{name}"),
            _ => new UnsupportedAction(kind.ToString(), "test"),
        });

    /// <summary>A link; <paramref name="text"/> is the condition as written, <paramref name="tree"/> its parse.</summary>
    public static PlanDependency Link(string from, string to, string? text = null, WorkflowExpression? tree = null) =>
        new(from, to, text is null ? null : new WorkflowCondition(text, tree, null), 0);

    public static WorkflowPlan Workflow(string name, IReadOnlyList<PlanTask> tasks, IReadOnlyList<PlanDependency> links, IReadOnlyList<PlanVariable>? variables = null) =>
        new(Folder, name, PlanKind.Workflow, $"{Folder}/WF:{name}", null, tasks, links, variables ?? [], [], PlanConcurrency.Single, PlanSchedule.OnDemand, []);

    public static WorkflowPlan WorkletPlan(string instance, IReadOnlyList<PlanTask> tasks, IReadOnlyList<PlanDependency> links) =>
        new(Folder, instance, PlanKind.Worklet, $"{Folder}/WF:wf_test/WL:{instance}", null, tasks, links, [], [], PlanConcurrency.Single, null, []);

    public static ComparisonExpression Status(string task, TaskRunStatus status, ComparisonOperator op = ComparisonOperator.Equal) =>
        new(op, new TaskVariableReference(task, TaskVariable.Status), new StatusLiteral(status));

    public static ComparisonExpression RowsAre(string task, ComparisonOperator op, decimal value, TaskVariable variable = TaskVariable.TgtSuccessRows) =>
        new(op, new TaskVariableReference(task, variable), new NumberLiteral(value));

    public static LogicalExpression And(WorkflowExpression left, WorkflowExpression right) => new(LogicalOperator.And, left, right);

    public static LogicalExpression Or(WorkflowExpression left, WorkflowExpression right) => new(LogicalOperator.Or, left, right);

    /// <summary>The job JSON the databricks target writes for <paramref name="plan"/>.</summary>
    public static string JobJson(WorkflowPlan plan) =>
        Encoding.UTF8.GetString(new DatabricksTarget().Emit(new OrchestrationInput(plan, $"{Folder}/{plan.Name}"), TemplateSet.Create())
            .Single(f => f.RelativePath.EndsWith(DatabricksTarget.JobFile, StringComparison.Ordinal)).Content);
}
