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
        TaskVariable.Status, TaskVariable.ErrorCode, TaskVariable.ErrorMsg, TaskVariable.StartTime, TaskVariable.EndTime,
        TaskVariable.SrcSuccessRows, TaskVariable.SrcFailedRows, TaskVariable.TgtSuccessRows, TaskVariable.TgtFailedRows, TaskVariable.TotalTransErrors,
    ];

    private readonly OrchestrationInput input;
    private readonly List<DatabricksTaskView> tasks = [];
    private readonly List<string> notes = [];
    private readonly SortedDictionary<string, DatabricksParameterView> parameters = new(StringComparer.Ordinal);
    private readonly HashSet<string> keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Path, string StateKey, PlanTask Task)> flagged = [];

    private DatabricksJobBuilder(OrchestrationInput input) => this.input = input;

    /// <summary>The job of <paramref name="input"/>'s workflow.</summary>
    public static DatabricksJobView Build(OrchestrationInput input) => new DatabricksJobBuilder(input).Build();

    private OrchestrationSettings Settings => input.Settings;

    private DatabricksJobView Build()
    {
        var plan = input.Plan;
        var states = new List<string>();
        Container(plan, string.Empty, new Node(null, true), states);
        var end = Key("workflow__status");
        tasks.Add(Python(end, $"The status of {plan.ObjectPath}: fails when a task with a fail-parent flag failed or did not run (WBG: Workflow Tasks)",
            states.Select(s => new DatabricksDependencyView(s, null)).ToList(), "ALL_DONE", ["end", .. FailFlags(flagged.Where(f => !f.Path.Contains('/')))], 0));

        foreach (var note in plan.Notes)
        {
            notes.Add($"{note.Kind}: {(note.Task is null ? string.Empty : note.Task + ": ")}{note.Message}");
        }

        var schedule = Schedule(plan.Schedule);
        var profile = Settings.Cluster;
        var local = LocalRoot;
        return new DatabricksJobView(
            $"{plan.Folder}.{plan.Name}",
            $"PowerCenter workflow {plan.ObjectPath}, generated by {ToolInfo.Name} {ToolInfo.Version}: each task publishes its task variables (task __state) and each link condition is a chain of condition tasks over them, so a task runs as PowerCenter runs it (docs/workflow-plan.md, Databricks).",
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
                    new("I2S_STATE_PG", "{{secrets/i2s/state_pg}}"),
                    new("I2S_STATE_URL", "{{secrets/i2s/state_pg}}"),
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

    private void Container(WorkflowPlan plan, string prefix, Node start, List<string> states)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
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
            var gate = Gate(plan, task, inputs, nodes);
            var entry = inputs.Select(d => nodes.GetValueOrDefault(d.From)?.StateKey).OfType<string>().Distinct(StringComparer.Ordinal)
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
                Container(worklet.Plan, path + "/", new Node(startKey, gate is BoolConst { Value: true }), inner);
                var innerFlags = flagged.Skip(before).Where(f => f.Path.Count(c => c == '/') == path.Count(c => c == '/') + 1).ToList();
                tasks.Add(Python(stateKey, $"Publishes the Status of worklet {path}: FAILED when a task of it with a fail-parent flag failed or did not run",
                    [new(startKey, null), .. inner.Select(i => new DatabricksDependencyView(i, null))], "ALL_DONE",
                    ["worklet", "--result", Result(key), .. FailFlags(innerFlags)], 0));
                if (worklet.VariableValues.Count > 0)
                {
                    notes.Add($"{path}: the worklet's variable values ({string.Join(", ", worklet.VariableValues.Select(v => v.Variable))}) are not passed to its tasks");
                }
            }
            else
            {
                tasks.Add(Work(task, key, path, description, dependsOn, runIf));
                tasks.Add(Python(stateKey, $"Publishes the task variables of {path}", [new(key, null), .. anchors.Select(a => new DatabricksDependencyView(a, null))],
                    "ALL_DONE", ["state", "--result", Result(key), .. Session(task, plan), .. task.Enabled ? Array.Empty<string>() : ["--disabled"]], 0));
            }

            states.Add(stateKey);
            nodes[task.Name] = new Node(stateKey, gate is BoolConst { Value: true });
            if (task.FailParentIfFails || task.FailParentIfDidNotRun)
            {
                flagged.Add((path, stateKey, task));
            }
        }
    }

    private static string Result(string key) => $"{{{{tasks.{key}.result_state}}}}";

    private IEnumerable<string> Session(PlanTask task, WorkflowPlan plan) =>
        task.Action is SessionAction { JobDirectory: not null } ? ["--job", Model.ObjectPath.Child(plan.ObjectPath, Model.ObjectPath.Session, task.Name)] : [];

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
                        "dotnet", $"{local}/{directory}/driver/publish/{OutputNames.Identifier(task.Name)}.dll",
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

    private BoolExpr Gate(WorkflowPlan plan, PlanTask task, List<PlanDependency> inputs, Dictionary<string, Node> nodes)
    {
        var links = inputs.Select(link =>
        {
            var from = nodes.GetValueOrDefault(link.From);
            BoolExpr ran = from switch
            {
                null => new BoolConst(false),
                { AlwaysRuns: true } => new BoolConst(true),
                _ => new Atom("NOT_EQUAL", Value(from.StateKey!, TaskVariable.Status), NotStarted),
            };
            return AndOf(ran, Condition(plan, task, link, nodes));
        }).ToList();
        if (links.Count == 0)
        {
            return new BoolConst(false);
        }

        return task.InputLinks == InputLinkMode.All ? links.Aggregate(AndOf) : links.Aggregate(OrOf);
    }

    private BoolExpr Condition(WorkflowPlan plan, PlanTask task, PlanDependency link, Dictionary<string, Node> nodes)
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
            return Convert(tree, negate: false, nodes);
        }
        catch (NotSupportedException unsupported)
        {
            notes.Add($"{link.From} -> {link.To}: {unsupported.Message}; the link never passes");
            return new BoolConst(false);
        }
    }

    private BoolExpr Convert(WorkflowExpression expression, bool negate, Dictionary<string, Node> nodes) => expression switch
    {
        LogicalExpression { Operator: LogicalOperator.And } and => negate
            ? OrOf(Convert(and.Left, true, nodes), Convert(and.Right, true, nodes))
            : AndOf(Convert(and.Left, false, nodes), Convert(and.Right, false, nodes)),
        LogicalExpression or => negate
            ? AndOf(Convert(or.Left, true, nodes), Convert(or.Right, true, nodes))
            : OrOf(Convert(or.Left, false, nodes), Convert(or.Right, false, nodes)),
        NotExpression not => Convert(not.Operand, !negate, nodes),
        BooleanLiteral literal => new BoolConst(literal.Value != negate),
        ComparisonExpression comparison => Compare(comparison, negate, nodes),
        _ => throw new NotSupportedException($"{expression.GetType().Name} is not a comparison a condition task can make"),
    };

    private Atom Compare(ComparisonExpression comparison, bool negate, Dictionary<string, Node> nodes)
    {
        var op = negate ? Inverse(comparison.Operator) : comparison.Operator;
        var left = Operand(comparison.Left, nodes);
        var right = Operand(comparison.Right, nodes);
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

    private string Operand(WorkflowExpression operand, Dictionary<string, Node> nodes)
    {
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
                if (nodes.GetValueOrDefault(reference.Task) is not { StateKey: { } state })
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
