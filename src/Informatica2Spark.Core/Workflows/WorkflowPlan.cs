namespace Informatica2Spark.Core.Workflows;

/// <summary>
/// What a PowerCenter workflow or worklet orders, in a form orchestrators can be generated from: its tasks (each with
/// a typed <see cref="TaskAction"/>), one <see cref="PlanDependency"/> per <c>WORKFLOWLINK</c> with its parsed
/// condition, its user-defined variables, its concurrency, its schedule (workflows only) and a note for everything that
/// cannot be carried over as it is. Immutable; lists keep the export's order, so a plan renders the same every time.
/// Semantics follow the Workflow Basics Guide (WBG, PowerCenter 10.x): Workflow Tasks, Links, Worklets, Workflow
/// Variables, Scheduling a Workflow, Workflow Recovery.
/// </summary>
/// <param name="Folder">The repository folder of the workflow.</param>
/// <param name="Name">The workflow's name, or for a nested plan the worklet's name (its definition, not the instance).</param>
/// <param name="Kind">Whether this is a workflow or a worklet placed in one.</param>
/// <param name="ObjectPath">The object path (<c>FOLDER/WF:wf</c>, <c>FOLDER/WF:wf/WL:instance</c>) diagnostics and notes use.</param>
/// <param name="Description">The description written in the export, if any.</param>
/// <param name="Tasks">Every task instance, Start included, in the export's order; names are unique in the plan (any letter case).</param>
/// <param name="Dependencies">One per link of the export, in its order: never merged, never dropped.</param>
/// <param name="Variables">The user-defined workflow or worklet variables.</param>
/// <param name="Events">The user-defined events (<c>WORKFLOWEVENT</c>) event-wait and event-raise tasks name.</param>
/// <param name="Concurrency">Whether runs may overlap and how many (WBG: Configuring Concurrent Workflows).</param>
/// <param name="Schedule">How the workflow is started; null for a worklet, which its parent starts.</param>
/// <param name="Notes">What the plan cannot carry as it is, in the order found: unsupported tasks, unparsable conditions, unmapped schedules.</param>
public sealed record WorkflowPlan(
    string Folder,
    string Name,
    PlanKind Kind,
    string ObjectPath,
    string? Description,
    IReadOnlyList<PlanTask> Tasks,
    IReadOnlyList<PlanDependency> Dependencies,
    IReadOnlyList<PlanVariable> Variables,
    IReadOnlyList<string> Events,
    PlanConcurrency Concurrency,
    PlanSchedule? Schedule,
    IReadOnlyList<PlanNote> Notes)
{
    /// <summary>The task of this name (PowerCenter names compare in any letter case), or null.</summary>
    public PlanTask? Task(string name) => Tasks.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The dependencies that end at <paramref name="task"/> (its input links), in the export's order.</summary>
    public IEnumerable<PlanDependency> InputsOf(string task) => Dependencies.Where(d => d.To.Equals(task, StringComparison.OrdinalIgnoreCase));

    /// <summary>The dependencies that start at <paramref name="task"/> (its output links), in the export's order.</summary>
    public IEnumerable<PlanDependency> OutputsOf(string task) => Dependencies.Where(d => d.From.Equals(task, StringComparison.OrdinalIgnoreCase));

    /// <summary>The plan with every session action (nested ones included) replaced by <paramref name="map"/>'s result.</summary>
    public WorkflowPlan MapSessions(Func<SessionAction, SessionAction> map) => this with
    {
        Tasks = [.. Tasks.Select(t => t.Action switch
        {
            SessionAction s => t with { Action = map(s) },
            WorkletAction w => t with { Action = w with { Plan = w.Plan.MapSessions(map) } },
            _ => t,
        })],
    };

    /// <summary>This plan and every worklet plan nested in it, depth first, in task order.</summary>
    public IEnumerable<WorkflowPlan> SelfAndNested() =>
        Tasks.Select(t => t.Action).OfType<WorkletAction>().SelectMany(w => w.Plan.SelfAndNested()).Prepend(this);
}

/// <summary>Whether a plan is a workflow (started by a schedule or on demand) or a worklet (started by its parent).</summary>
public enum PlanKind
{
    Workflow,
    Worklet,
}

/// <summary>
/// One task instance of a workflow or worklet.
/// </summary>
/// <param name="Name">The instance name, which links and <c>$task.Variable</c> references use.</param>
/// <param name="TaskName">The task (definition) the instance runs: a session, worklet or task name.</param>
/// <param name="Kind">What the task does; <see cref="Action"/> holds its settings.</param>
/// <param name="Reusable">Whether the definition is reusable (defined at folder level).</param>
/// <param name="Enabled">False for a disabled instance (<c>ISENABLED="NO"</c>): PowerCenter does not run it (WBG: Disabling Tasks).</param>
/// <param name="InputLinks">How its input links combine (<c>TREAT_INPUTLINK_AS_AND</c>, default AND; WBG: Links, Treat Input Links As).</param>
/// <param name="FailParentIfFails">"Fail parent if this task fails": its failure fails the workflow or worklet (WBG: Workflow Tasks, general tab).</param>
/// <param name="FailParentIfDidNotRun">"Fail parent if this task does not run".</param>
/// <param name="Retry">The recovery strategy and the automatic attempts it gets (WBG: Workflow Recovery).</param>
/// <param name="Description">The instance's description, else the definition's, if any.</param>
/// <param name="Action">The typed settings of the task's kind.</param>
public sealed record PlanTask(
    string Name,
    string TaskName,
    TaskKind Kind,
    bool Reusable,
    bool Enabled,
    InputLinkMode InputLinks,
    bool FailParentIfFails,
    bool FailParentIfDidNotRun,
    PlanRetry Retry,
    string? Description,
    TaskAction Action);

/// <summary>The kinds of workflow task (WBG: Workflow Tasks); <see cref="Unsupported"/> is any other TYPE an export names.</summary>
public enum TaskKind
{
    Start,
    Session,
    Command,
    Worklet,
    Assignment,
    Decision,
    Timer,
    EventWait,
    EventRaise,
    Email,
    Control,
    Unsupported,
}

/// <summary>How a task's input links combine: all must pass (AND, the default) or any one (OR).</summary>
public enum InputLinkMode
{
    All,
    Any,
}

/// <summary>
/// A task's recovery: its strategy and how many automatic attempts a terminated task gets. PowerCenter restarts a
/// task only when the workflow has "Automatically recover terminated tasks" set and the task's strategy is restart
/// or resume, up to "Maximum automatic recovery attempts" (default 5) (WBG: Workflow Recovery, Automatically
/// Recovering Terminated Tasks).
/// </summary>
/// <param name="Strategy">The task's "Recovery Strategy".</param>
/// <param name="Attempts">Automatic attempts after the first run; 0 when PowerCenter would not retry.</param>
public sealed record PlanRetry(RecoveryStrategy Strategy, int Attempts)
{
    /// <summary>The default: fail the task and continue the workflow, no retry.</summary>
    public static PlanRetry None { get; } = new(RecoveryStrategy.FailTaskAndContinue, 0);
}

/// <summary>"Recovery Strategy" of a task: <c>Fail task and continue workflow</c>, <c>Restart task</c>, <c>Resume from last checkpoint</c>.</summary>
public enum RecoveryStrategy
{
    FailTaskAndContinue,
    RestartTask,
    ResumeFromLastCheckpoint,
}

/// <summary>
/// One <c>WORKFLOWLINK</c>: <paramref name="To"/> may start once <paramref name="From"/> has run and the condition
/// holds; a link without a condition always passes (WBG: Links).
/// </summary>
/// <param name="From">The task the link leaves (instance name as the export writes it).</param>
/// <param name="To">The task the link enters.</param>
/// <param name="Condition">The parsed condition, or null for an unconditional link.</param>
/// <param name="Line">The link's line in its export (0 when unknown).</param>
public sealed record PlanDependency(string From, string To, WorkflowCondition? Condition, int Line);

/// <summary>A user-defined workflow or worklet variable (WBG: Workflow Variables, User-Defined Workflow Variables).</summary>
/// <param name="Name">With its dollars: <c>$$LOAD_COUNT</c>.</param>
/// <param name="DataType">As written: <c>integer</c>, <c>string</c>, <c>date/time</c>, <c>double</c>, <c>nstring</c>.</param>
/// <param name="DefaultValue">The initial value, if any.</param>
/// <param name="Persistent">Whether its last value is saved in the repository and starts the next run.</param>
/// <param name="IsNull">Whether the initial value is NULL.</param>
/// <param name="Description">The description, if any.</param>
public sealed record PlanVariable(string Name, string? DataType, string? DefaultValue, bool Persistent, bool IsNull, string? Description);

/// <summary>
/// The concurrency of a workflow or worklet (WBG: Configuring Concurrent Workflows; workflow attributes
/// <c>Allow concurrent run with same run instance name</c>, <c>Allow concurrent run with unique run instance name</c>,
/// <c>Maximum number of concurrent runs</c>; worklet attribute <c>Allow Concurrent Run</c>).
/// </summary>
/// <param name="AllowConcurrentRuns">Whether runs may overlap at all.</param>
/// <param name="SameInstanceName">Concurrent runs may share one run instance name.</param>
/// <param name="UniqueInstanceNames">Concurrent runs must have distinct run instance names.</param>
/// <param name="MaxConcurrentRuns">The limit of runs at a time; null when unlimited (0 in the export) or not concurrent.</param>
public sealed record PlanConcurrency(bool AllowConcurrentRuns, bool SameInstanceName, bool UniqueInstanceNames, int? MaxConcurrentRuns)
{
    /// <summary>One run at a time, PowerCenter's default.</summary>
    public static PlanConcurrency Single { get; } = new(false, false, false, null);

    /// <summary>How many runs may be active at once: 1 unless concurrent runs are allowed; null when unlimited.</summary>
    public int? MaxActiveRuns => AllowConcurrentRuns ? MaxConcurrentRuns : 1;
}

/// <summary>
/// How a workflow is started (WBG: Scheduling a Workflow; <c>SCHEDULEINFO</c>). <see cref="Cron"/> is the five-field
/// cron expression of the schedule where one maps (a daily run at a time, an every-N-minutes or hours repeat); else
/// <see cref="Note"/> says why there is none.
/// </summary>
/// <param name="Kind">On demand, continuous, on service initialization, once, recurring or custom.</param>
/// <param name="Cron">The cron expression (minute hour day-of-month month day-of-week), or null.</param>
/// <param name="Start">The first run's date and time as the export writes them (<c>MM/DD/YYYY HH:MM</c>), if any.</param>
/// <param name="End">When the schedule ends: a date, a number of runs, or never (null).</param>
/// <param name="Note">Why the schedule has no cron expression, or what it does not carry; null when it maps fully.</param>
public sealed record PlanSchedule(ScheduleKind Kind, string? Cron, string? Start, string? End, string? Note)
{
    /// <summary>Run on demand: started by hand or by <c>pmcmd</c>, never by a clock.</summary>
    public static PlanSchedule OnDemand { get; } = new(ScheduleKind.OnDemand, null, null, null, null);
}

/// <summary><c>SCHEDULETYPE</c> of <c>SCHEDULEINFO</c> and, for a timed run, of <c>SCHEDULEOPTIONS</c>.</summary>
public enum ScheduleKind
{
    OnDemand,
    Continuous,
    OnServerInit,
    Once,
    Recurring,
    Custom,
}

/// <summary>Something of the workflow a plan cannot carry as it is, with the task it concerns (null for the workflow).</summary>
public sealed record PlanNote(NoteKind Kind, string? Task, string Message);

/// <summary>
/// What a note reports: a construct without a translation (<see cref="Unsupported"/>), an input that is wrong
/// (<see cref="Error"/>: an unparsable condition, a link to an unknown task), or a behaviour kept approximately.
/// </summary>
public enum NoteKind
{
    Unsupported,
    Error,
    Approximation,
}
