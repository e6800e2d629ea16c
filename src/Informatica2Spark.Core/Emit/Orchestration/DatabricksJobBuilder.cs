using System.Globalization;
using System.Text;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Workflows;

namespace Informatica2Spark.Core.Emit.Orchestration;

/// <summary>
/// Turns a workflow plan into a Databricks job (Jobs API 2.1) that runs what PowerCenter runs for the same task
/// outcomes (WBG: Links, Treat Input Links As, Disabling Tasks, Worklets; informatica.md, Workflows and Orchestrators).
/// Databricks treats an excluded (skipped) dependency as successful and excludes a task only when all its
/// dependencies are excluded (Databricks: Configure task dependencies, Run if), so run_if alone cannot say "the task
/// before did not run". The job therefore never lets exclusion decide a PowerCenter link:
/// <list type="bullet">
/// <item>every PowerCenter task T has a publisher task <c>T__state</c> (run_if ALL_DONE, after T and after the tasks
/// T's own gate starts from, so it always runs) that sets T's task variables as task values: Status SUCCEEDED,
/// FAILED, DISABLED or NOTSTARTED (T excluded), and for a session its row counts, read from the run-state store;</item>
/// <item>T's gate (its input links, each "the task before ran (Status is not NOTSTARTED) and the condition holds",
/// combined with AND or OR as Treat Input Links As says) is a chain of condition tasks over those task values: AND
/// continues on the true branch, OR on the false branch, so exactly one exit of the chain fires; T depends on the
/// true exits with run_if AT_LEAST_ONE_SUCCESS and is excluded when a false exit fires;</item>
/// <item>numbers are compared as numbers: ordering operators are Databricks' numeric ones, and for EQUAL_TO and
/// NOT_EQUAL (string comparisons) the publisher writes counts as integers and literals are written in their shortest
/// decimal form, so equal numbers are equal strings;</item>
/// <item>a final task <c>workflow__status</c> (the job's only leaf) fails the run when a task with "Fail parent if this
/// task fails" failed or one with "Fail parent if this task does not run" did not run; otherwise the run succeeds, as
/// PowerCenter's workflow does when tasks failed.</item>
/// </list>
/// Worklets are inlined: their tasks are prefixed by the worklet instance, their Start is a task gated by the
/// worklet's input links, and the worklet's own Status (FAILED by its fail-parent flags) is published when all its
/// tasks are done.
/// </summary>
public sealed class DatabricksJobBuilder
{
    /// <summary>The job cluster's key.</summary>
    public const string ClusterKey = "i2s";

    /// <summary>The task script every Python task runs, relative to the output root.</summary>
    public const string TaskScript = TaskStateModule.Directory + "/i2s_databricks_task.py";

    /// <summary>The suffix of a task's publisher.</summary>
    public const string StateSuffix = "__state";

    private const string Main = "org.apache.spark.deploy.dotnet.DotnetRunner";
    private const string NotStarted = "NOTSTARTED";

    private static readonly HashSet<TaskVariable> Published =
    [
        TaskVariable.Status, TaskVariable.PrevTaskStatus, TaskVariable.Condition, TaskVariable.ErrorCode, TaskVariable.ErrorMsg, TaskVariable.StartTime, TaskVariable.EndTime,
        TaskVariable.SrcSuccessRows, TaskVariable.SrcFailedRows, TaskVariable.TgtSuccessRows, TaskVariable.TgtFailedRows, TaskVariable.TotalTransErrors,
    ];

    private readonly OrchestrationInput input;
    private readonly List<DatabricksTaskView> tasks = [];
    private readonly List<string> notes = [];
    private readonly SortedDictionary<string, DatabricksParameterView> parameters = new(StringComparer.Ordinal);
    private readonly HashSet<string> keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Path, string StateKey, PlanTask Task)> flagged = [];
    private readonly List<(string Path, string StateKey, ControlOption Option)> controls = [];

    private DatabricksJobBuilder(OrchestrationInput input) => this.input = input;

    /// <summary>The job of <paramref name="input"/>'s workflow.</summary>
    public static DatabricksJobView Build(OrchestrationInput input) => new DatabricksJobBuilder(input).Build();

    private OrchestrationSettings Settings => input.Settings;

    private DatabricksJobView Build()
    {
        var plan = input.Plan;
        var states = new List<string>();
        Container(plan, string.Empty, new Node(null, true), states, []);
        var end = Key("workflow__status");
        tasks.Add(Python(end, $"The status of {plan.ObjectPath}: fails when a task with a fail-parent flag failed or did not run (WBG: Workflow Tasks)",
            states.Select(s => new DatabricksDependencyView(s, null)).ToList(), "ALL_DONE", ["end", .. FailFlags(flagged.Where(f => !f.Path.Contains('/'))),
                .. Controls(controls.Where(c => c.Option is ControlOption.FailTopLevelWorkflow or ControlOption.StopTopLevelWorkflow or ControlOption.AbortTopLevelWorkflow
                    || !c.Path.Contains('/')))], 0));

        foreach (var note in plan.Notes)
        {
            notes.Add($"{note.Kind}: {(note.Task is null ? string.Empty : note.Task + ": ")}{note.Message}");
        }

        var schedule = Schedule(plan.Schedule);
        var profile = Settings.Cluster;
        var local = LocalRoot;
        return new DatabricksJobView(
            $"{plan.Folder}.{plan.Name}",
            $"PowerCenter workflow {plan.ObjectPath}, generated by {ToolInfo.Name} {ToolInfo.Version}: each task publishes its task variables (task __state) and each link condition is a chain of condition tasks over them, so a task runs as PowerCenter runs it (docs/databricks-jobs.md).",
            plan.Concurrency.MaxActiveRuns ?? 1000,
            schedule,
            plan.Schedule?.Kind == ScheduleKind.Continuous,
            new DatabricksClusterView(
                Settings.DatabricksRuntime,
                Settings.NodeType,
                profile.Executors,
                [
                    new("spark.executor.cores", profile.ExecutorCores.ToString(CultureInfo.InvariantCulture)),
                    new("spark.executor.memory", profile.ExecutorMemoryMb.ToString(CultureInfo.InvariantCulture) + "m"),
                    new("spark.driver.memory", profile.DriverMemoryMb.ToString(CultureInfo.InvariantCulture) + "m"),
                ],
                [
                    new("I2S_STATE_POSTGRES", "{{secrets/i2s/state_postgres}}"),
                    new("I2S_STATE_URL", "{{secrets/i2s/state_postgres}}"),
                    new("PYTHONPATH", $"{local}/{TaskStateModule.Directory}"),
                ],
                $"{Settings.DeployRoot}/{input.Directory}/{DatabricksTarget.InitScript}"),
            [.. parameters.Values],
            tasks,
            notes);
    }

    /// <summary>The deploy root as the cluster's file system sees it (<c>dbfs:/x</c> is <c>/dbfs/x</c>).</summary>
    private string LocalRoot => Settings.DeployRoot.StartsWith("dbfs:/", StringComparison.Ordinal) ? "/dbfs/" + Settings.DeployRoot["dbfs:/".Length..].TrimStart('/') : Settings.DeployRoot;

    /// <summary>
    /// A PowerCenter task as the gates after it see it: the key of its publisher (null for the Start of the workflow,
    /// which always runs) and whether it always runs (its gate is always true).
    /// </summary>
    private sealed record Node(string? StateKey, bool AlwaysRuns);

    /// <summary>
    /// The tasks of one workflow or worklet seen so far, and the values of its variables known at conversion (initial
    /// values, the worklet instance's values, assignments whose value needs nothing a run decides), in plan order.
    /// </summary>
    private sealed class Scope(WorkflowPlan top, Dictionary<string, object?> variables) : IWorkflowValues
    {
        public Dictionary<string, Node> Nodes { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Initial values and the values assignments gave: what assignments compute from.</summary>
        public Dictionary<string, object?> Variables { get; } = variables;

        /// <summary>
        /// The variables an assignment or the worklet instance set at conversion: conditions read these as written
        /// values, and every other variable as a job parameter (its initial value the default, a run may give another).
        /// </summary>
        public HashSet<string> Fixed { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Whether an assignment is being evaluated (every known value) rather than a condition (fixed values only).</summary>
        public bool Assigning { get; set; }

        public object? Task(string task, TaskVariable variable) => throw new WorkflowEvaluationException("a task variable is known only at run time");

        public object? Variable(string name) => (Assigning || Fixed.Contains(name)) && Variables.TryGetValue(name, out var value)
            ? value : throw new WorkflowEvaluationException(name + " is not known at conversion");

        public object? BuiltIn(string name) => name.ToUpperInvariant() switch
        {
            "$PMWORKFLOWNAME" => top.Name,
            "$PMFOLDERNAME" => top.Folder,
            _ => throw new WorkflowEvaluationException(name + " is known only at run time"),
        };

        /// <summary>The value of <paramref name="expression"/> at conversion, or false when a run decides it.</summary>
        public bool TryEvaluate(WorkflowExpression expression, out object? value)
        {
            try
            {
                value = WorkflowEvaluator.Evaluate(expression, this);
                return true;
            }
            catch (WorkflowEvaluationException)
            {
                value = null;
                return false;
            }
        }
    }

    private void Container(WorkflowPlan plan, string prefix, Node start, List<string> states, Dictionary<string, object?> given)
    {
        var variables = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var variable in plan.Variables.Where(v => !v.IsNull && v.DefaultValue is not null))
        {
            variables[variable.Name] = decimal.TryParse(variable.DefaultValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && variable.DataType is { } type && (type.Contains("int", StringComparison.OrdinalIgnoreCase) || type.Contains("double", StringComparison.OrdinalIgnoreCase)
                    || type.Contains("decimal", StringComparison.OrdinalIgnoreCase)) ? number : variable.DefaultValue;
        }

        foreach (var (name, value) in given)
        {
            variables[name] = value;
        }

        var scope = new Scope(input.Plan, variables);
        scope.Fixed.UnionWith(given.Keys);
        var nodes = scope.Nodes;
        foreach (var task in Ordered(plan))
        {
            if (task.Kind == TaskKind.Start)
            {
                nodes[task.Name] = start;
                continue;
            }

            var path = prefix + task.Name;
            var key = Key(prefix.Replace('/', '_') + "_" + task.Name).TrimStart('_');
            var inputs = plan.InputsOf(task.Name).ToList();
            var gate = Gate(plan, task, inputs, scope);
            var entry = inputs.Select(d => scope.Nodes.GetValueOrDefault(d.From)?.StateKey).OfType<string>().Distinct(StringComparer.Ordinal)
                .Select(k => new DatabricksDependencyView(k, null)).ToList();
            var roots = new List<string>();
            var (pass, _) = Compile(gate, new Exit(entry, entry.Count > 0 ? "ALL_DONE" : null), $"{key}__if", roots);
            var anchors = entry.Select(e => e.TaskKey).Concat(roots).ToList();
            var description = $"PowerCenter task {path} ({task.Kind})";
            var dependsOn = pass?.Edges ?? [];
            var runIf = pass?.RunIf;
            if (pass is null)
            {
                notes.Add($"{path}: its input links can never pass; the task never runs");
                continue;
            }

            var stateKey = key + StateSuffix;
            if (task.Action is WorkletAction worklet)
            {
                tasks.Add(Python(key, description + ": starts the worklet's tasks", dependsOn, runIf, ["noop", "--kind", "worklet"], 0));
                var startKey = Key(key + "__start");
                tasks.Add(Python(startKey, $"Publishes whether worklet {path} started", [new(key, null), .. anchors.Select(a => new DatabricksDependencyView(a, null))],
                    "ALL_DONE", ["state", "--result", Result(key)], 0));
                var inner = new List<string>();
                var before = flagged.Count;
                var instanceValues = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                scope.Assigning = true;
                foreach (var assignment in worklet.VariableValues)
                {
                    if (assignment.Value.Tree is { } value && scope.TryEvaluate(value, out var known))
                    {
                        instanceValues[assignment.Variable] = known;
                    }
                }

                scope.Assigning = false;

                Container(worklet.Plan, path + "/", new Node(startKey, gate is BoolConst { Value: true }), inner, instanceValues);
                var depth = path.Count(c => c == '/') + 1;
                var innerFlags = flagged.Skip(before).Where(f => f.Path.Count(c => c == '/') == depth).ToList();
                var innerControls = controls.Where(c => c.Path.StartsWith(path + "/", StringComparison.Ordinal) && c.Path.Count(x => x == '/') == depth
                    && c.Option is ControlOption.FailParent or ControlOption.StopParent or ControlOption.AbortParent).ToList();
                tasks.Add(Python(stateKey, $"Publishes the Status of worklet {path}: FAILED when a task of it with a fail-parent flag failed or did not run",
                    [new(startKey, null), .. inner.Select(i => new DatabricksDependencyView(i, null))], "ALL_DONE",
                    ["worklet", "--result", Result(key), .. FailFlags(innerFlags), .. Controls(innerControls)], 0));
                if (worklet.VariableValues.Any(v => v.Value.Tree is not { } value || !scope.TryEvaluate(value, out _)))
                {
                    notes.Add($"{path}: variable values of the worklet instance that a run decides are not passed to its tasks");
                }
            }
            else if (task.Enabled && task.Action is DecisionAction decision)
            {
                var decisionRoots = new List<string>();
                var (yes, no) = decision.Condition?.Tree is { } tree ? Compile(Convert(tree, path, scope), pass, key + "__when", decisionRoots) : (pass, null);
                var falseKey = Key(key + "__false");
                if (yes is not null)
                {
                    tasks.Add(Python(key, description + ": its condition is TRUE", yes.Edges, yes.RunIf, ["noop", "--kind", "decision"], 0));
                }

                if (no is not null)
                {
                    tasks.Add(Python(falseKey, description + ": its condition is not TRUE", no.Edges, no.RunIf, ["noop", "--kind", "decision"], 0));
                }

                tasks.Add(Python(stateKey, $"Publishes the task variables of {path}, Condition from the branch its condition took",
                    [.. yes is null ? [] : new[] { new DatabricksDependencyView(key, null) }, .. no is null ? [] : new[] { new DatabricksDependencyView(falseKey, null) },
                     .. anchors.Concat(decisionRoots).Select(a => new DatabricksDependencyView(a, null))],
                    "ALL_DONE", ["state", "--result", yes is null ? "excluded" : Result(key), "--decision-false", no is null ? "excluded" : Result(falseKey), .. Prev(plan, inputs, scope)], 0));
            }
            else
            {
                tasks.Add(Work(task, key, path, description, dependsOn, runIf));
                tasks.Add(Python(stateKey, $"Publishes the task variables of {path}", [new(key, null), .. anchors.Select(a => new DatabricksDependencyView(a, null))],
                    "ALL_DONE", ["state", "--result", Result(key), .. Session(task), .. task.Enabled ? Array.Empty<string>() : ["--disabled"], .. Prev(plan, inputs, scope)], 0));
                if (task.Enabled && task.Action is AssignmentAction assignments)
                {
                    Assign(assignments, path, scope);
                }

                if (task.Enabled && task.Action is ControlAction { Option: not ControlOption.FailMe } control)
                {
                    controls.Add((path, stateKey, control.Option));
                }
            }

            states.Add(stateKey);
            nodes[task.Name] = new Node(stateKey, gate is BoolConst { Value: true });
            if (task.FailParentIfFails || task.FailParentIfDidNotRun)
            {
                flagged.Add((path, stateKey, task));
            }
        }
    }

    /// <summary>
    /// <c>--prev STATUS</c> for each input link, in link order: the publisher takes the last that ran as PrevTaskStatus
    /// (AWG Workflow Variables: the status of the task that ran before); the workflow's Start always succeeded.
    /// </summary>
    private static IEnumerable<string> Prev(WorkflowPlan plan, List<PlanDependency> inputs, Scope scope) => inputs.SelectMany(d =>
        scope.Nodes.GetValueOrDefault(d.From) is { StateKey: { } state } ? new[] { "--prev", Value(state, TaskVariable.Status) }
        : scope.Nodes.ContainsKey(d.From) ? ["--prev", "SUCCEEDED"] : []);

    /// <summary>
    /// The values an Assignment task gives, when they need nothing a run decides: the conditions after it read them as
    /// written values (WBG: Assignment Task); a value a run decides makes the variable a job parameter again.
    /// </summary>
    private void Assign(AssignmentAction action, string path, Scope scope)
    {
        if (action.Condition is not null)
        {
            notes.Add($"{path}: the assignment's condition is not evaluated; its values are applied as if it held");
        }

        scope.Assigning = true;
        foreach (var assignment in action.Assignments)
        {
            if (assignment.Value.Tree is { } value && scope.TryEvaluate(value, out var known))
            {
                scope.Variables[assignment.Variable] = known;
                scope.Fixed.Add(assignment.Variable);
            }
            else
            {
                scope.Variables.Remove(assignment.Variable);
                scope.Fixed.Remove(assignment.Variable);
                notes.Add($"{path}: {assignment.Variable} takes a value only a run knows; conditions read the job parameter instead");
            }
        }

        scope.Assigning = false;
    }

    /// <summary>
    /// <c>--fail-if-ran</c> for Control tasks that fail, stop or abort the parent or the top-level workflow (WBG: Control
    /// Task): the parent's status is FAILED once they ran. Tasks already running are not stopped.
    /// </summary>
    private static IEnumerable<string> Controls(IEnumerable<(string Path, string StateKey, ControlOption Option)> found) =>
        found.SelectMany(c => new[] { "--fail-if-ran", c.Path, Value(c.StateKey, TaskVariable.Status) });

    private static string Result(string key) => $"{{{{tasks.{key}.result_state}}}}";

    private static IEnumerable<string> Session(PlanTask task) =>
        task.Action is SessionAction { JobDirectory: not null } session ? ["--job", session.ObjectPath] : [];

    private static IEnumerable<string> FailFlags(IEnumerable<(string Path, string StateKey, PlanTask Task)> flags) => flags.SelectMany(f =>
        (f.Task.FailParentIfFails ? new[] { "--fail-if-failed", f.Path, $"{{{{tasks.{f.StateKey}.values.Status}}}}" } : [])
        .Concat(f.Task.FailParentIfDidNotRun ? new[] { "--fail-if-not-run", f.Path, $"{{{{tasks.{f.StateKey}.values.Status}}}}" } : []));

    /// <summary>The task that does the PowerCenter task's work.</summary>
    private DatabricksTaskView Work(PlanTask task, string key, string path, string description, IReadOnlyList<DatabricksDependencyView> dependsOn, string? runIf)
    {
        var retries = task.Retry.Attempts;
        if (!task.Enabled)
        {
            return Python(key, description + ": disabled, runs nothing (its Status is DISABLED)", dependsOn, runIf, ["noop", "--kind", "disabled"], 0);
        }

        switch (task.Action)
        {
            case SessionAction { JobDirectory: { } directory } session:
                var local = LocalRoot;
                var platform = Settings.Platform;
                return new DatabricksTaskView(key, description + $": the driver of session {session.Session}", dependsOn, runIf, null,
                    new DatabricksJarView(Main,
                    [
                        "dotnet", $"{local}/{directory}/driver/publish/{OutputNames.Project(task.Name)}.dll",
                        "--job", $"{local}/{directory}/job.yaml", "--orchestration-run-id", "{{job.run_id}}",
                    ]),
                    null, retries, [$"{Settings.DeployRoot}/{directory}/driver/publish/{platform.Jar}"]);
            case SessionAction session:
                notes.Add($"{path}: session {session.Session} was not converted; its task fails");
                return Python(key, description + ": not converted, fails", dependsOn, runIf, ["fail", "--reason", $"session {session.Session} was not converted"], 0);
            case CommandAction command:
                return Python(key, description + ": runs its commands in order", dependsOn, runIf,
                    ["command", .. command.FailTaskIfAnyCommandFails ? new[] { "--fail-if-any" } : [], "--", .. command.Commands.Select(c => c.Command)], retries);
            case ControlAction { Option: ControlOption.FailMe } control:
                return Python(key, description + ": fails itself", dependsOn, runIf, ["fail", "--reason", $"control task {path}: {control.Option}"], 0);
            case ControlAction control:
                notes.Add($"{path}: {control.Option} fails the parent's status once the task runs; tasks already running are not stopped");
                return Python(key, description + $": {control.Option}", dependsOn, runIf, ["noop", "--kind", "control"], 0);
            default:
                notes.Add($"{path}: a {task.Kind} task runs nothing on Databricks; it succeeds");
                return Python(key, description + ": runs nothing on Databricks", dependsOn, runIf, ["noop", "--kind", task.Kind.ToString().ToLowerInvariant()], 0);
        }
    }

    private DatabricksTaskView Python(string key, string description, IReadOnlyList<DatabricksDependencyView> dependsOn, string? runIf, IReadOnlyList<string> arguments, int retries) =>
        new(key, description, dependsOn, dependsOn.Count == 0 ? null : runIf, null, null,
            new DatabricksPythonView($"{Settings.DeployRoot}/{TaskScript}", [.. arguments, "--orchestration-run-id", "{{job.run_id}}"]), retries, []);

    /// <summary>A task key unique in the job: letters, digits, '_' and '-' (at most 100 characters).</summary>
    private string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_');
        }

        var key = builder.Length > 90 ? builder.ToString(0, 90) : builder.ToString();
        var unique = key;
        for (var i = 2; !keys.Add(unique); i++)
        {
            unique = $"{key}_{i}";
        }

        return unique;
    }

    // ---- gates: link conditions as boolean trees over published task values

    private abstract record BoolExpr;

    private sealed record BoolConst(bool Value) : BoolExpr;

    private sealed record Atom(string Op, string Left, string Right) : BoolExpr;

    private sealed record And(BoolExpr Left, BoolExpr Right) : BoolExpr;

    private sealed record Or(BoolExpr Left, BoolExpr Right) : BoolExpr;

    private static BoolExpr AndOf(BoolExpr a, BoolExpr b) => (a, b) switch
    {
        (BoolConst { Value: false }, _) or (_, BoolConst { Value: false }) => new BoolConst(false),
        (BoolConst { Value: true }, _) => b,
        (_, BoolConst { Value: true }) => a,
        _ => new And(a, b),
    };

    private static BoolExpr OrOf(BoolExpr a, BoolExpr b) => (a, b) switch
    {
        (BoolConst { Value: true }, _) or (_, BoolConst { Value: true }) => new BoolConst(true),
        (BoolConst { Value: false }, _) => b,
        (_, BoolConst { Value: false }) => a,
        _ => new Or(a, b),
    };

    private BoolExpr Gate(WorkflowPlan plan, PlanTask task, List<PlanDependency> inputs, Scope scope)
    {
        var links = inputs.Select(link =>
        {
            var from = scope.Nodes.GetValueOrDefault(link.From);
            BoolExpr ran = from switch
            {
                null => new BoolConst(false),
                { AlwaysRuns: true } => new BoolConst(true),
                _ => new Atom("NOT_EQUAL", Value(from.StateKey!, TaskVariable.Status), NotStarted),
            };
            return AndOf(ran, Condition(plan, task, link, scope));
        }).ToList();
        if (links.Count == 0)
        {
            return new BoolConst(false);
        }

        return task.InputLinks == InputLinkMode.All ? links.Aggregate(AndOf) : links.Aggregate(OrOf);
    }

    private BoolExpr Condition(WorkflowPlan plan, PlanTask task, PlanDependency link, Scope scope)
    {
        if (link.Condition is null)
        {
            return new BoolConst(true);
        }

        if (link.Condition.Tree is not { } tree)
        {
            notes.Add($"{link.From} -> {link.To}: the condition does not parse ({link.Condition.Error}); the link never passes");
            return new BoolConst(false);
        }

        try
        {
            return Convert(tree, negate: false, scope);
        }
        catch (NotSupportedException unsupported)
        {
            notes.Add($"{link.From} -> {link.To}: {unsupported.Message}; the link never passes");
            return new BoolConst(false);
        }
    }

    private BoolExpr Convert(WorkflowExpression tree, string path, Scope scope)
    {
        try
        {
            return Convert(tree, negate: false, scope);
        }
        catch (NotSupportedException unsupported)
        {
            notes.Add($"{path}: {unsupported.Message}; the condition is taken as FALSE");
            return new BoolConst(false);
        }
    }

    private BoolExpr Convert(WorkflowExpression expression, bool negate, Scope scope) =>
        scope.TryEvaluate(expression, out var known) ? new BoolConst(known is bool truth && truth != negate) : expression switch
    {
        TaskVariableReference { Variable: TaskVariable.Condition } decision => new Atom(negate ? "NOT_EQUAL" : "EQUAL_TO", Operand(decision, scope), "TRUE"),
        LogicalExpression { Operator: LogicalOperator.And } and => negate
            ? OrOf(Convert(and.Left, true, scope), Convert(and.Right, true, scope))
            : AndOf(Convert(and.Left, false, scope), Convert(and.Right, false, scope)),
        LogicalExpression or => negate
            ? AndOf(Convert(or.Left, true, scope), Convert(or.Right, true, scope))
            : OrOf(Convert(or.Left, false, scope), Convert(or.Right, false, scope)),
        NotExpression not => Convert(not.Operand, !negate, scope),
        BooleanLiteral literal => new BoolConst(literal.Value != negate),
        ComparisonExpression comparison => Compare(comparison, negate, scope),
        _ => throw new NotSupportedException($"{expression.GetType().Name} is not a comparison a condition task can make"),
    };

    private Atom Compare(ComparisonExpression comparison, bool negate, Scope scope)
    {
        var op = negate ? Inverse(comparison.Operator) : comparison.Operator;
        var left = Operand(comparison.Left, scope);
        var right = Operand(comparison.Right, scope);
        return new Atom(op switch
        {
            ComparisonOperator.Equal => "EQUAL_TO",
            ComparisonOperator.NotEqual => "NOT_EQUAL",
            ComparisonOperator.Less => "LESS_THAN",
            ComparisonOperator.LessOrEqual => "LESS_THAN_OR_EQUAL",
            ComparisonOperator.Greater => "GREATER_THAN",
            _ => "GREATER_THAN_OR_EQUAL",
        }, left, right);
    }

    private static ComparisonOperator Inverse(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => ComparisonOperator.NotEqual,
        ComparisonOperator.NotEqual => ComparisonOperator.Equal,
        ComparisonOperator.Less => ComparisonOperator.GreaterOrEqual,
        ComparisonOperator.LessOrEqual => ComparisonOperator.Greater,
        ComparisonOperator.Greater => ComparisonOperator.LessOrEqual,
        _ => ComparisonOperator.Less,
    };

    private string Operand(WorkflowExpression operand, Scope scope)
    {
        if (scope.TryEvaluate(operand, out var known))
        {
            return known switch
            {
                null => string.Empty,
                decimal number => Number(number),
                bool truth => truth ? "TRUE" : "FALSE",
                TaskRunStatus status => status == TaskRunStatus.NotStarted ? NotStarted : status.ToString().ToUpperInvariant(),
                _ => System.Convert.ToString(known, CultureInfo.InvariantCulture) ?? string.Empty,
            };
        }

        switch (operand)
        {
            case NumberLiteral number:
                return Number(number.Value);
            case StringLiteral text:
                return text.Value;
            case StatusLiteral status:
                return status.Value == TaskRunStatus.NotStarted ? NotStarted : status.Value.ToString().ToUpperInvariant();
            case NegateExpression { Operand: NumberLiteral negative }:
                return Number(-negative.Value);
            case TaskVariableReference reference when Published.Contains(reference.Variable):
                if (scope.Nodes.GetValueOrDefault(reference.Task) is not { StateKey: { } state })
                {
                    throw new NotSupportedException($"${reference.Task}.{reference.Variable} names a task that publishes nothing before this link");
                }

                return Value(state, reference.Variable);
            case TaskVariableReference reference:
                throw new NotSupportedException($"${reference.Task}.{reference.Variable} is not published on Databricks");
            case WorkflowVariableReference variable:
                var plan = input.Plan;
                var declared = plan.Variables.FirstOrDefault(v => v.Name.Equals(variable.Name, StringComparison.OrdinalIgnoreCase));
                var name = Key("var_" + variable.Name.TrimStart('$'));
                keys.Remove(name);
                parameters[name] = new DatabricksParameterView(name, declared?.DefaultValue ?? string.Empty);
                return $"{{{{job.parameters.{name}}}}}";
            default:
                throw new NotSupportedException($"{operand.GetType().Name} is not a value a condition task can read");
        }
    }

    private static string Value(string stateKey, TaskVariable variable) => $"{{{{tasks.{stateKey}.values.{variable}}}}}";

    /// <summary>The shortest decimal form (<c>12</c>, not <c>12.0</c>): what the publisher writes for the same number.</summary>
    private static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Where a chain continues: dependencies and the run_if that combines them (null: a single one, the default).</summary>
    private sealed record Exit(IReadOnlyList<DatabricksDependencyView> Edges, string? RunIf);

    private static Exit? Merge(Exit? a, Exit? b) =>
        a is null ? b : b is null ? a : new Exit([.. a.Edges, .. b.Edges], "AT_LEAST_ONE_SUCCESS");

    /// <summary>
    /// The condition tasks that decide <paramref name="expression"/>, entered through <paramref name="entry"/>: the exits
    /// taken when it holds and when it does not (null: never).
    /// </summary>
    private (Exit? True, Exit? False) Compile(BoolExpr expression, Exit entry, string name, List<string> roots)
    {
        switch (expression)
        {
            case BoolConst constant:
                return constant.Value ? (entry, null) : (null, entry);
            case Atom atom:
                var key = Key(name);
                if (entry.Edges.Count == 0)
                {
                    roots.Add(key);
                }

                tasks.Add(new DatabricksTaskView(key, $"{atom.Left} {atom.Op} {atom.Right}", entry.Edges, entry.RunIf,
                    new DatabricksConditionView(atom.Op, atom.Left, atom.Right), null, null, 0, []));
                return (new Exit([new(key, "true")], null), new Exit([new(key, "false")], null));
            case And and:
                var (leftTrue, leftFalse) = Compile(and.Left, entry, name, roots);
                if (leftTrue is null)
                {
                    return (null, leftFalse);
                }

                var (bothTrue, rightFalse) = Compile(and.Right, leftTrue, name, roots);
                return (bothTrue, Merge(leftFalse, rightFalse));
            case Or or:
                var (firstTrue, firstFalse) = Compile(or.Left, entry, name, roots);
                if (firstFalse is null)
                {
                    return (firstTrue, null);
                }

                var (secondTrue, neither) = Compile(or.Right, firstFalse, name, roots);
                return (Merge(firstTrue, secondTrue), neither);
            default:
                throw new InvalidOperationException(expression.GetType().Name);
        }
    }

    /// <summary>Tasks in an order where each comes after the tasks its input links leave (export order otherwise).</summary>
    private static IEnumerable<PlanTask> Ordered(WorkflowPlan plan)
    {
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = plan.Tasks.ToList();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(t => plan.InputsOf(t.Name).All(d => done.Contains(d.From) || plan.Task(d.From) is null)) ?? pending[0];
            pending.Remove(next);
            done.Add(next.Name);
            yield return next;
        }
    }

    private DatabricksScheduleView? Schedule(PlanSchedule? schedule)
    {
        if (schedule?.Cron is not { } cron)
        {
            if (schedule?.Note is { } why)
            {
                notes.Add($"schedule: {why}");
            }

            return null;
        }

        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5)
        {
            notes.Add($"schedule: '{cron}' is not a five-field cron expression");
            return null;
        }

        // Quartz: seconds first, day of week 1-7 from Sunday, and '?' in one of day of month and day of week.
        var dayOfWeek = fields[4] == "*" ? "?" : string.Concat(fields[4].Select(c => char.IsAsciiDigit(c) ? (char)(c + 1) : c));
        var dayOfMonth = dayOfWeek == "?" ? fields[2] : "?";
        notes.Add("schedule: PowerCenter runs it in the Integration Service's time zone; the job runs it in UTC");
        return new DatabricksScheduleView($"0 {fields[0]} {fields[1]} {dayOfMonth} {fields[3]} {dayOfWeek}", "UTC");
    }
}
