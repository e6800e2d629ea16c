using System.Globalization;

namespace Informatica2Spark.Core.Workflows;

/// <summary>
/// What PowerCenter runs for given task outcomes: the reference the orchestrator targets are checked against. The
/// rules, from the Workflow Basics Guide (WBG, PowerCenter 10.x) and the Advanced Workflow Guide (AWG):
/// <list type="bullet">
/// <item>The Start task runs first. A task is considered once every task its input links leave is resolved (ran, was
/// skipped as disabled, or will not run). A link passes when the task it leaves ran (or was disabled) and its
/// condition is TRUE; a link without a condition always passes, whatever the status of the task it leaves (WBG:
/// Links, Working with Links).</item>
/// <item>With "Treat input links as AND" (the default) a task runs when all its input links pass, with OR when any
/// one does (WBG: Links, Treat Input Links As). A task whose input links do not pass does not run (Status NOTSTARTED),
/// and its output links do not pass, so what depends only on it does not run either.</item>
/// <item>A disabled task is not run: its Status is DISABLED and the workflow runs without it, evaluating the links
/// that leave it, so an unconditional link after it passes and <c>$task.Status = SUCCEEDED</c> does not (WBG: Workflow
/// Tasks, Disabling Tasks; AWG: Workflow Variables, Evaluating Task Status in a Workflow).</item>
/// <item>Variables: Status is NOTSTARTED and every other task variable NULL until the task runs (AWG: Workflow
/// Variables, Predefined Workflow Variables); PrevTaskStatus is the Status of the task before it that ran last; a
/// decision sets Condition; an assignment sets workflow variables in its order (WBG: Decision Task, Assignment Task);
/// a worklet runs its own plan with its own variables, given the values its instance assigns.</item>
/// <item>The workflow (or worklet) fails when a task with "Fail parent if this task fails" fails, when a task with
/// "Fail parent if this task does not run" does not run (or is disabled), or when a Control task fails it; a Control
/// task that stops or aborts its parent (or the top-level workflow) lets no further task start. Otherwise it succeeds,
/// even when tasks failed (WBG: Workflow Tasks, Control Task; informatica.md, Workflows).</item>
/// </list>
/// Tasks are taken in plan order whenever several may start, so the order is one of the orders PowerCenter may run
/// them in, and always the same.
/// </summary>
public static class WorkflowSemantics
{
    /// <summary>
    /// Runs <paramref name="plan"/> with the outcomes of its tasks: keyed by task path (a nested task is
    /// <c>worklet_instance/task</c>, any letter case); a task with no outcome succeeds with zero rows, except an
    /// unsupported task, which fails. Decision, assignment, worklet, control and Start tasks compute their own status.
    /// </summary>
    public static WorkflowRun Run(WorkflowPlan plan, IReadOnlyDictionary<string, TaskOutcome> outcomes)
    {
        var order = new List<string>();
        var results = new List<TaskResult>();
        var outcomeIndex = new Dictionary<string, TaskOutcome>(outcomes, StringComparer.OrdinalIgnoreCase);
        var top = new ContainerRun(plan, string.Empty, outcomeIndex, order, results, Defaults(plan), null, plan);
        var status = top.Run();
        return new WorkflowRun(status, order, results);
    }

    private static Dictionary<string, object?> Defaults(WorkflowPlan plan)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var variable in plan.Variables)
        {
            values[variable.Name] = variable.IsNull || variable.DefaultValue is null ? null
                : IsNumeric(variable.DataType) && decimal.TryParse(variable.DefaultValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
                : variable.DefaultValue;
        }

        return values;
    }

    private static bool IsNumeric(string? dataType) =>
        dataType is not null && (dataType.Contains("int", StringComparison.OrdinalIgnoreCase) || dataType.Contains("double", StringComparison.OrdinalIgnoreCase)
            || dataType.Contains("decimal", StringComparison.OrdinalIgnoreCase) || dataType.Contains("real", StringComparison.OrdinalIgnoreCase));

    private enum State
    {
        Pending,
        Ran,
        Disabled,
        NotRun,
    }

    /// <summary>The run of one workflow or worklet plan.</summary>
    private sealed class ContainerRun(
        WorkflowPlan plan, string prefix, Dictionary<string, TaskOutcome> outcomes, List<string> order, List<TaskResult> results,
        Dictionary<string, object?> variables, ContainerRun? parent, WorkflowPlan top) : IWorkflowValues
    {
        private readonly Dictionary<string, State> _states = plan.Tasks.ToDictionary(t => t.Name, _ => State.Pending, StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, RanTask> _ran = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _ranOrder = [];
        private bool _failed;
        private TaskRunStatus? _halted;

        /// <summary>Set when a Control task stops or aborts the top-level workflow: nothing more starts anywhere.</summary>
        private TaskRunStatus? TopHalt { get; set; }

        private ContainerRun Root => parent?.Root ?? this;

        public TaskRunStatus Run()
        {
            var firstResult = results.Count;
            while (plan.Tasks.FirstOrDefault(t => _states[t.Name] == State.Pending && plan.InputsOf(t.Name).All(d => Resolved(d.From))) is { } task)
            {
                Consider(task);
            }

            foreach (var task in plan.Tasks.Where(t => _states[t.Name] == State.Pending))
            {
                _states[task.Name] = State.NotRun; // unreachable from Start, or on a cycle
            }

            // Results in plan order, each worklet followed by its own tasks (already added by its nested run).
            var nested = results.GetRange(firstResult, results.Count - firstResult);
            results.RemoveRange(firstResult, results.Count - firstResult);
            foreach (var task in plan.Tasks)
            {
                results.Add(new TaskResult(prefix + task.Name, Status(task.Name)));
                var inner = prefix + task.Name + "/";
                results.AddRange(nested.Where(r => r.Task.StartsWith(inner, StringComparison.OrdinalIgnoreCase)));
            }

            if (_halted is { } halted)
            {
                return halted;
            }

            var failed = _failed || plan.Tasks.Any(t =>
                (t.FailParentIfFails && Status(t.Name) == TaskRunStatus.Failed)
                || (t.FailParentIfDidNotRun && _states[t.Name] is State.NotRun or State.Disabled));
            return failed ? TaskRunStatus.Failed : TaskRunStatus.Succeeded;
        }

        private bool Resolved(string task) => !_states.TryGetValue(task, out var state) || state != State.Pending;

        private void Consider(PlanTask task)
        {
            if (_halted is not null || Root.TopHalt is not null)
            {
                _states[task.Name] = State.NotRun;
                return;
            }

            var inputs = plan.InputsOf(task.Name).ToList();
            bool runs;
            if (inputs.Count == 0)
            {
                runs = task.Kind == TaskKind.Start;
            }
            else
            {
                var passes = inputs.Select(Passes).ToList();
                runs = task.InputLinks == InputLinkMode.All ? passes.All(p => p) : passes.Any(p => p);
            }

            if (!runs)
            {
                _states[task.Name] = State.NotRun;
                return;
            }

            var previous = inputs.Select(d => d.From).Where(_ran.ContainsKey).OrderBy(f => _ranOrder.IndexOf(f)).LastOrDefault();
            var prevStatus = previous is null ? (TaskRunStatus?)null : _ran[previous].Status;
            if (!task.Enabled)
            {
                _states[task.Name] = State.Disabled;
                _ran[task.Name] = new RanTask(TaskRunStatus.Disabled, null, null, prevStatus);
                _ranOrder.Add(task.Name);
                return;
            }

            order.Add(prefix + task.Name);
            var ran = Execute(task, prevStatus);
            _states[task.Name] = State.Ran;
            _ran[task.Name] = ran;
            _ranOrder.Add(task.Name);
        }

        private bool Passes(PlanDependency link)
        {
            if (!_states.TryGetValue(link.From, out var from) || from is not (State.Ran or State.Disabled))
            {
                return false;
            }

            if (link.Condition is null)
            {
                return true;
            }

            if (link.Condition.Tree is not { } tree)
            {
                return false;
            }

            try
            {
                return WorkflowEvaluator.Holds(tree, this);
            }
            catch (WorkflowEvaluationException)
            {
                return false;
            }
        }

        private RanTask Execute(PlanTask task, TaskRunStatus? prevStatus)
        {
            var path = prefix + task.Name;
            var given = outcomes.GetValueOrDefault(path);
            switch (task.Action)
            {
                case StartAction:
                    return new RanTask(TaskRunStatus.Succeeded, null, null, prevStatus);
                case DecisionAction decision:
                    return new RanTask(given?.Status ?? TaskRunStatus.Succeeded, given, decision.Condition?.Tree is { } tree ? Try(() => WorkflowEvaluator.Truth(WorkflowEvaluator.Evaluate(tree, this))) : null, prevStatus);
                case AssignmentAction assignment:
                    if (assignment.Condition?.Tree is not { } condition || Try(() => WorkflowEvaluator.Holds(condition, this)) == true)
                    {
                        foreach (var value in assignment.Assignments.Where(a => a.Value.Tree is not null))
                        {
                            variables[value.Variable] = Try(() => WorkflowEvaluator.Evaluate(value.Value.Tree!, this));
                        }
                    }

                    return new RanTask(given?.Status ?? TaskRunStatus.Succeeded, given, null, prevStatus);
                case WorkletAction worklet:
                    var inner = new Dictionary<string, object?>(Defaults(worklet.Plan), StringComparer.OrdinalIgnoreCase);
                    foreach (var value in worklet.VariableValues.Where(v => v.Value.Tree is not null))
                    {
                        inner[value.Variable] = Try(() => WorkflowEvaluator.Evaluate(value.Value.Tree!, this));
                    }

                    var nested = new ContainerRun(worklet.Plan, path + "/", outcomes, order, results, inner, this, top);
                    return new RanTask(nested.Run(), given, null, prevStatus);
                case ControlAction control:
                    return Control(control.Option, prevStatus);
                case UnsupportedAction:
                    return new RanTask(given?.Status ?? TaskRunStatus.Failed, given, null, prevStatus);
                default:
                    return new RanTask(given?.Status ?? TaskRunStatus.Succeeded, given, null, prevStatus);
            }
        }

        private RanTask Control(ControlOption option, TaskRunStatus? prevStatus)
        {
            switch (option)
            {
                case ControlOption.FailMe:
                    return new RanTask(TaskRunStatus.Failed, null, null, prevStatus);
                case ControlOption.FailParent:
                    _failed = true;
                    break;
                case ControlOption.StopParent:
                    _halted = TaskRunStatus.Stopped;
                    break;
                case ControlOption.AbortParent:
                    _halted = TaskRunStatus.Aborted;
                    break;
                case ControlOption.FailTopLevelWorkflow:
                    Root._failed = true;
                    break;
                case ControlOption.StopTopLevelWorkflow:
                    Root.TopHalt = TaskRunStatus.Stopped;
                    Root._halted = TaskRunStatus.Stopped;
                    _halted ??= TaskRunStatus.Stopped;
                    break;
                default:
                    Root.TopHalt = TaskRunStatus.Aborted;
                    Root._halted = TaskRunStatus.Aborted;
                    _halted ??= TaskRunStatus.Aborted;
                    break;
            }

            return new RanTask(TaskRunStatus.Succeeded, null, null, prevStatus);
        }

        private static T? Try<T>(Func<T> evaluate)
        {
            try
            {
                return evaluate();
            }
            catch (WorkflowEvaluationException)
            {
                return default;
            }
        }

        private TaskRunStatus Status(string task) => _states[task] switch
        {
            State.Ran => _ran[task].Status,
            State.Disabled => TaskRunStatus.Disabled,
            _ => TaskRunStatus.NotStarted,
        };

        public object? Task(string task, TaskVariable variable)
        {
            if (!_ran.TryGetValue(task, out var ran))
            {
                return variable == TaskVariable.Status ? TaskRunStatus.NotStarted : null;
            }

            var outcome = ran.Outcome ?? TaskOutcome.Of(ran.Status);
            return variable switch
            {
                TaskVariable.Status => ran.Status,
                TaskVariable.PrevTaskStatus => ran.PrevTaskStatus,
                TaskVariable.Condition => ran.Condition,
                _ when ran.Status == TaskRunStatus.Disabled => null,
                TaskVariable.ErrorCode => (decimal)outcome.ErrorCode,
                TaskVariable.ErrorMsg => outcome.ErrorMessage ?? string.Empty,
                _ when plan.Task(task)?.Kind != TaskKind.Session => null,
                TaskVariable.SrcSuccessRows => (decimal)outcome.SrcSuccessRows,
                TaskVariable.SrcFailedRows => (decimal)outcome.SrcFailedRows,
                TaskVariable.TgtSuccessRows => (decimal)outcome.TgtSuccessRows,
                TaskVariable.TgtFailedRows => (decimal)outcome.TgtFailedRows,
                TaskVariable.TotalTransErrors => (decimal)outcome.TotalTransErrors,
                TaskVariable.FirstErrorCode => (decimal)outcome.ErrorCode,
                TaskVariable.FirstErrorMsg => outcome.ErrorMessage ?? string.Empty,
                _ => null,
            };
        }

        public object? Variable(string name) => variables.GetValueOrDefault(name);

        public object? BuiltIn(string name) => name.ToUpperInvariant() switch
        {
            "$PMWORKFLOWNAME" => top.Name,
            "$PMFOLDERNAME" => top.Folder,
            _ => null,
        };
    }

    private sealed record RanTask(TaskRunStatus Status, TaskOutcome? Outcome, bool? Condition, TaskRunStatus? PrevTaskStatus);
}

/// <summary>
/// How a task ends in a <see cref="WorkflowSemantics.Run"/>: its Status and the task variables a session publishes
/// (AWG: Workflow Variables, Task-Specific Variables).
/// </summary>
public sealed record TaskOutcome(
    TaskRunStatus Status,
    long SrcSuccessRows = 0,
    long SrcFailedRows = 0,
    long TgtSuccessRows = 0,
    long TgtFailedRows = 0,
    long TotalTransErrors = 0,
    long ErrorCode = 0,
    string? ErrorMessage = null)
{
    /// <summary>An outcome with this status and no rows.</summary>
    public static TaskOutcome Of(TaskRunStatus status) => new(status);
}

/// <summary>
/// The result of a run: the workflow's status (Succeeded, Failed, Stopped, Aborted), the tasks that ran in the order
/// they started (paths, nested <c>worklet/task</c>), and every task's final status in plan order.
/// </summary>
public sealed record WorkflowRun(TaskRunStatus Status, IReadOnlyList<string> RunOrder, IReadOnlyList<TaskResult> Tasks);

/// <summary>One task's final status: NOTSTARTED when it did not run, DISABLED when disabled.</summary>
public sealed record TaskResult(string Task, TaskRunStatus Status);
