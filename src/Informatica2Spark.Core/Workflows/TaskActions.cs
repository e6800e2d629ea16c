namespace Informatica2Spark.Core.Workflows;

/// <summary>What one task does, typed by its kind (WBG: Workflow Tasks). Each <see cref="TaskKind"/> has one record.</summary>
public abstract record TaskAction;

/// <summary>The Start task: every workflow and worklet has one, and it does nothing but start the links that leave it.</summary>
public sealed record StartAction : TaskAction;

/// <summary>A session run: the session's name, its mapping, the occurrence's object path and the directory of its generated job.</summary>
/// <param name="Session">The session (definition) the instance runs.</param>
/// <param name="Mapping">The mapping the session runs, when the session is in the export.</param>
/// <param name="ObjectPath">The occurrence's object path (<c>FOLDER/WF:wf/WL:instance/ST:instance</c>): the job's
/// <c>job.objectPath</c>, under which its driver publishes its task variables in the run-state store.</param>
/// <param name="JobDirectory">The generated job's directory relative to the output root (<c>FOLDER/WF/SESSION</c>), with its
/// <c>submit.sh</c>; null when this conversion did not generate the session (not selected, or its conversion failed).</param>
public sealed record SessionAction(string Session, string? Mapping, string ObjectPath, string? JobDirectory) : TaskAction;

/// <summary>
/// A Command task: shell commands run one after the other in their order (<c>EXECORDER</c>). With
/// <paramref name="FailTaskIfAnyCommandFails"/> the task fails when any command fails, and the remaining commands
/// still run only when it is off (WBG: Command Task, "Fail task if any command fails").
/// </summary>
public sealed record CommandAction(IReadOnlyList<PlanCommand> Commands, bool FailTaskIfAnyCommandFails) : TaskAction;

/// <summary>One command of a Command task: its name and the shell text as written (service variables unresolved).</summary>
public sealed record PlanCommand(string Name, string Command);

/// <summary>
/// A worklet instance: the worklet's own plan (tasks, links, variables), nested, and the values the instance assigns
/// to the worklet's variables before it starts (its <c>VALUEPAIR</c>s; WBG: Worklets, Overriding Worklet Variables).
/// </summary>
public sealed record WorkletAction(WorkflowPlan Plan, IReadOnlyList<PlanAssignment> VariableValues) : TaskAction;

/// <summary>
/// An Assignment task: values computed in order and assigned to workflow variables, when its optional condition
/// holds (WBG: Assignment Task).
/// </summary>
public sealed record AssignmentAction(IReadOnlyList<PlanAssignment> Assignments, WorkflowCondition? Condition) : TaskAction;

/// <summary>
/// One assignment: <paramref name="Variable"/> (<c>$$NAME</c>) takes the value of <paramref name="Value"/>, an
/// expression of the transformation language parsed like a link condition.
/// </summary>
public sealed record PlanAssignment(string Variable, WorkflowCondition Value);

/// <summary>
/// A Decision task: evaluates its condition and sets <c>$decision.Condition</c> to the result (TRUE, FALSE, or NULL
/// when the condition is NULL), which the links after it read (WBG: Decision Task). An empty condition is null here:
/// the task then always succeeds and its Condition is NULL.
/// </summary>
public sealed record DecisionAction(WorkflowCondition? Condition) : TaskAction;

/// <summary>
/// A Timer task: waits until an absolute time (given, or held by a date/time workflow variable) or for a time
/// relative to the previous task, the parent workflow or worklet, or the top-level workflow (WBG: Timer Task).
/// </summary>
/// <param name="Mode">What the wait is measured from.</param>
/// <param name="At">The absolute time as written (<c>MM/DD/YYYY HH:MM</c>) for <see cref="TimerMode.AbsoluteTime"/>.</param>
/// <param name="Variable">The date/time variable for <see cref="TimerMode.AbsoluteVariable"/>.</param>
/// <param name="Offset">The wait for the relative modes.</param>
public sealed record TimerAction(TimerMode Mode, string? At, string? Variable, TimeSpan? Offset) : TaskAction;

/// <summary><c>TIMERTYPE</c> of a Timer task.</summary>
public enum TimerMode
{
    AbsoluteTime,
    AbsoluteVariable,
    RelativeToPreviousTask,
    RelativeToParentWorkflow,
    RelativeToTopLevelWorkflow,
}

/// <summary>
/// An Event-Wait task: waits for a user-defined event raised in the workflow, or for a file to appear (a predefined
/// "file watch" event) (WBG: Event-Wait Task).
/// </summary>
/// <param name="UserEvent">The user-defined event waited for, if any.</param>
/// <param name="FileWatch">The file whose arrival is the event, if any.</param>
/// <param name="DeleteFileWatch">Whether the file is deleted once seen.</param>
public sealed record EventWaitAction(string? UserEvent, string? FileWatch, bool DeleteFileWatch) : TaskAction;

/// <summary>An Event-Raise task: raises a user-defined event the workflow's event-wait tasks wait for (WBG: Event-Raise Task).</summary>
public sealed record EventRaiseAction(string? UserEvent) : TaskAction;

/// <summary>An Email task: recipients, subject and text as written (<c>%w</c>-style variables unresolved) (WBG: Sending Email).</summary>
public sealed record EmailAction(string? To, string? Subject, string? Text) : TaskAction;

/// <summary>A Control task: fails, stops or aborts itself, its parent or the top-level workflow (WBG: Control Task).</summary>
public sealed record ControlAction(ControlOption Option) : TaskAction;

/// <summary>"Control Option" of a Control task.</summary>
public enum ControlOption
{
    FailMe,
    FailParent,
    StopParent,
    AbortParent,
    FailTopLevelWorkflow,
    StopTopLevelWorkflow,
    AbortTopLevelWorkflow,
}

/// <summary>A task the plan cannot represent: the TYPE the export names and why; the plan's notes repeat it.</summary>
public sealed record UnsupportedAction(string Type, string Reason) : TaskAction;
