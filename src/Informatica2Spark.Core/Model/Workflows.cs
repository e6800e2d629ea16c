namespace Informatica2Spark.Core.Model;

/// <summary><c>TASK</c>: Command, Assignment, Decision, Email, Timer, Control, Event, Start ...</summary>
public sealed record TaskDefinition(
    string Name,
    string Type,
    bool Reusable,
    string? Description,
    IReadOnlyList<AttributeValue> Attributes,
    IReadOnlyList<ValuePair> ValuePairs,
    TimerSettings? Timer,
    TextPosition Position) : IModelObject;

/// <summary><c>TIMER</c> of a Timer task.</summary>
public sealed record TimerSettings(string TimerType, IReadOnlyList<AttributeValue> Attributes);

/// <summary><c>SCHEDULER</c>: how a workflow is started.</summary>
public sealed record Scheduler(
    string Name,
    bool Reusable,
    string? Description,
    string? ScheduleType,
    IReadOnlyList<AttributeValue> Options,
    TextPosition Position) : IModelObject;

/// <summary>What workflows and worklets share: tasks, nested objects, instances, links and variables.</summary>
public interface IWorkflowContainer : IModelObject
{
    IReadOnlyList<TaskDefinition> Tasks { get; }

    IReadOnlyList<Session> Sessions { get; }

    IReadOnlyList<Worklet> Worklets { get; }

    IReadOnlyList<TaskInstance> TaskInstances { get; }

    IReadOnlyList<WorkflowLink> Links { get; }

    IReadOnlyList<WorkflowVariable> Variables { get; }

    IReadOnlyList<AttributeValue> Attributes { get; }
}

/// <summary><c>WORKFLOW</c>.</summary>
public sealed record Workflow(
    string Name,
    string? Description,
    string? ServerName,
    string? SchedulerName,
    bool? IsValid,
    bool? IsEnabled,
    Scheduler? Scheduler,
    IReadOnlyList<TaskDefinition> Tasks,
    IReadOnlyList<Session> Sessions,
    IReadOnlyList<Worklet> Worklets,
    IReadOnlyList<TaskInstance> TaskInstances,
    IReadOnlyList<WorkflowLink> Links,
    IReadOnlyList<WorkflowVariable> Variables,
    IReadOnlyList<AttributeValue> Attributes,
    TextPosition Position) : IWorkflowContainer;

/// <summary><c>WORKLET</c>: reusable at folder level, or non-reusable inside a workflow or worklet.</summary>
public sealed record Worklet(
    string Name,
    bool Reusable,
    bool? IsValid,
    string? Description,
    IReadOnlyList<TaskDefinition> Tasks,
    IReadOnlyList<Session> Sessions,
    IReadOnlyList<Worklet> Worklets,
    IReadOnlyList<TaskInstance> TaskInstances,
    IReadOnlyList<WorkflowLink> Links,
    IReadOnlyList<WorkflowVariable> Variables,
    IReadOnlyList<AttributeValue> Attributes,
    TextPosition Position) : IWorkflowContainer;

/// <summary><c>TASKINSTANCE</c>: a task, session or worklet placed in a workflow, with its overrides.</summary>
public sealed record TaskInstance(
    string Name,
    string TaskName,
    string TaskType,
    bool Reusable,
    bool IsEnabled,
    bool? TreatInputLinksAsAnd,
    bool? FailParentIfInstanceFails,
    bool? FailParentIfInstanceDidNotRun,
    string? Description,
    IReadOnlyList<AttributeValue> Attributes,
    IReadOnlyList<WorkflowVariable> Variables,
    IReadOnlyList<ValuePair> ValuePairs,
    ConfigReference? ConfigReference,
    IReadOnlyList<SessionComponent> Components,
    IReadOnlyList<SessionExtension> Extensions,
    TextPosition Position) : IModelObject;

/// <summary><c>WORKFLOWLINK</c>: an execution edge; an empty condition is unconditional.</summary>
public sealed record WorkflowLink(string FromTask, string ToTask, string? Condition, TextPosition Position);

/// <summary><c>WORKFLOWVARIABLE</c>: user-defined or built-in (task status and the like).</summary>
public sealed record WorkflowVariable(
    string Name,
    string? DataType,
    string? DefaultValue,
    bool UserDefined,
    bool IsPersistent,
    bool IsNull,
    string? Description);
