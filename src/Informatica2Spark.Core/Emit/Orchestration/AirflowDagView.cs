using System.Globalization;
using System.Text;
using Informatica2Spark.Core.Workflows;

namespace Informatica2Spark.Core.Emit.Orchestration;

/// <summary>
/// What <c>airflow_dag.py.hbs</c> renders for one workflow, every value already a Python literal or expression:
/// the DAG's settings, the task groups of worklets, one operator per task plus one ShortCircuitOperator gate per link
/// (and a marker per link into a task whose input links are ORed), the dependencies, the conditions, and the plan's
/// scopes the evaluation helpers read. See docs/workflow-plan.md, "Airflow".
/// </summary>
public sealed class AirflowDagView
{
    /// <summary>The task id of the task that decides the workflow's status and so the DAG run's.</summary>
    public const string WorkflowStatusId = "i2s__workflow_status";

    /// <summary>The task id, inside a worklet's group, of the task that decides the worklet's status.</summary>
    public const string WorkletStatusId = "i2s__status";

    /// <summary>The task id, inside a worklet's group, of its entry: it computes the values the instance gives the worklet's variables.</summary>
    public const string WorkletEntryId = "i2s__start";

    private readonly List<GroupLine> _groups = [];
    private readonly List<ConditionLine> _conditions = [];
    private readonly List<OperatorLine> _tasks = [];
    private readonly List<EdgeLine> _edges = [];
    private readonly StringBuilder _scopes = new();
    private readonly OrchestrationInput _input;
    private int _variables;

    public AirflowDagView(OrchestrationInput input)
    {
        _input = input;
        var plan = input.Plan;
        Workflow = plan.Name;
        Folder = plan.Folder;
        DagId = PythonCode.String(PythonCode.Id($"i2s__{plan.Folder}__{plan.Name}"));
        WorkflowName = PythonCode.String(plan.Name);
        FolderName = PythonCode.String(plan.Folder);
        Description = PythonCode.String($"PowerCenter workflow {plan.Folder}/{plan.Name}" + (plan.Description is { } d ? ": " + d.ReplaceLineEndings(" ") : string.Empty));
        var schedule = plan.Schedule ?? PlanSchedule.OnDemand;
        Schedule = schedule.Kind switch
        {
            ScheduleKind.Continuous => PythonCode.String("@continuous"),
            ScheduleKind.Once => PythonCode.String("@once"),
            _ => PythonCode.Optional(schedule.Cron),
        };
        StartDate = StartOf(schedule.Start);
        MaxActiveRuns = schedule.Kind == ScheduleKind.Continuous ? "1" : plan.Concurrency.MaxActiveRuns?.ToString(CultureInfo.InvariantCulture);
        Notes = [.. plan.SelfAndNested().SelectMany(p => p.Notes.Select(n => $"{p.Name}{(n.Task is null ? string.Empty : "/" + n.Task)}: {n.Message}".ReplaceLineEndings(" ")))];
        if (plan.SelfAndNested().Any(p => p.Variables.Any(v => v.Persistent)))
        {
            Notes = [.. Notes, "persistent workflow variables start each DAG run from their default: Airflow keeps no value between runs here"];
        }

        _scopes.Append("{\n");
        var root = new Scope(plan, string.Empty, null);
        Render(root);
        var statusVar = Var(WorkflowStatusId);
        _tasks.Add(new OperatorLine(statusVar, "PythonOperator", PythonCode.String(WorkflowStatusId), "None",
            [new("python_callable", "I2S.scope_status"), new("op_kwargs", $"{{\"scope\": {PythonCode.String(string.Empty)}}}"), new("trigger_rule", "TriggerRule.ALL_DONE")]));
        _edges.AddRange(root.Ends.Select(e => new EdgeLine(e, statusVar)));
        _scopes.Append('}');
    }

    public string Workflow { get; }

    public string Folder { get; }

    public string DagId { get; }

    public string WorkflowName { get; }

    public string FolderName { get; }

    public string Description { get; }

    public string Schedule { get; }

    public string StartDate { get; }

    /// <summary><c>max_active_runs</c>, or null to leave Airflow's default (concurrent runs without a limit).</summary>
    public string? MaxActiveRuns { get; }

    /// <summary>The plan's notes, one line each.</summary>
    public IReadOnlyList<string> Notes { get; }

    public IReadOnlyList<GroupLine> Groups => _groups;

    public IReadOnlyList<ConditionLine> Conditions => _conditions;

    public IReadOnlyList<OperatorLine> Tasks => _tasks;

    public IReadOnlyList<EdgeLine> Edges => _edges;

    /// <summary>The Python literal of <c>_SCOPES</c>: per scope (the workflow <c>""</c>, each worklet by group id) its tasks, variables and status task.</summary>
    public string Scopes => _scopes.ToString();

    /// <summary>The environment of bash tasks, with the Jinja expression of the DAG run's id, which Airflow renders.</summary>
    private static string Env => $"I2S.env({PythonCode.String("{{ run_id }}")})";

    /// <summary>The output root relative to the DAG's directory (<c>../..</c>).</summary>
    public string OutputRoot => PythonCode.String(string.Join('/', _input.Directory.Split('/').Select(_ => "..")));

    private static string StartOf(string? start)
    {
        var date = start?.Split(' ')[0];
        return date is not null && DateTime.TryParseExact(date, ["M/d/yyyy", "MM/dd/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? $"datetime.datetime({parsed.Year}, {parsed.Month}, {parsed.Day})"
            : "datetime.datetime(2024, 1, 1)";
    }

    private string Var(string id) => $"t{_tasks.Count + _groups.Count + 1}_{PythonCode.Id(id).Replace('-', '_')}";

    private void Render(Scope scope)
    {
        var plan = scope.Plan;
        var tasks = new Dictionary<string, (string Entry, string End, string EndId)>(StringComparer.OrdinalIgnoreCase);
        foreach (var task in plan.Tasks)
        {
            tasks[task.Name] = RenderTask(scope, task);
        }

        foreach (var task in plan.Tasks.Where(t => t.Kind != TaskKind.Start && !plan.InputsOf(t.Name).Any()))
        {
            // A task no link reaches does not run in PowerCenter; in Airflow it would start at once.
            var gate = Var("unreachable__" + task.Name);
            _tasks.Add(new OperatorLine(gate, "ShortCircuitOperator", PythonCode.String(PythonCode.Id("unreachable__" + task.Name)), scope.GroupVar,
                [new("python_callable", "I2S.never"), new("ignore_downstream_trigger_rules", "False")]));
            _edges.Add(new EdgeLine(gate, tasks[task.Name].Entry));
        }

        foreach (var link in plan.Dependencies)
        {
            var to = plan.Task(link.To);
            if (to is null || !tasks.TryGetValue(to.Name, out var target))
            {
                continue; // a link to no task: its note says so; there is nothing to gate
            }

            var id = PythonCode.Id($"link__{link.From}__{link.To}");
            var gate = Var(id);
            var condition = link.Condition?.Tree is { } tree ? Condition(tree) : "None";
            var error = link.Condition is { Error: { } e } ? PythonCode.String($"the condition of the link {link.From} -> {link.To} does not parse: {e}")
                : tasks.ContainsKey(link.From) ? "None" : PythonCode.String($"the link {link.From} -> {link.To} leaves no task of {plan.Name}");
            _tasks.Add(new OperatorLine(gate, "ShortCircuitOperator", PythonCode.String(id), scope.GroupVar,
            [
                new("python_callable", "I2S.link"),
                new("op_kwargs", $"{{\"scope\": {PythonCode.String(scope.Id)}, \"source\": {PythonCode.String(link.From)}, \"condition\": {condition}, \"error\": {error}}}"),
                new("trigger_rule", "TriggerRule.ALL_DONE"),
                new("ignore_downstream_trigger_rules", "False"),
            ]));
            if (tasks.TryGetValue(link.From, out var source))
            {
                _edges.Add(new EdgeLine(source.End, gate));
            }

            if (to.InputLinks == InputLinkMode.Any && plan.InputsOf(to.Name).Count() > 1)
            {
                var marker = Var(id + "__passed");
                _tasks.Add(new OperatorLine(marker, "EmptyOperator", PythonCode.String(id + "__passed"), scope.GroupVar, []));
                _edges.Add(new EdgeLine(gate, marker));
                _edges.Add(new EdgeLine(marker, target.Entry));
            }
            else
            {
                _edges.Add(new EdgeLine(gate, target.Entry));
            }
        }

        scope.Ends.AddRange(plan.Tasks.Select(t => tasks[t.Name].End));
        _scopes.Append($"    {PythonCode.String(scope.Id)}: {{\n");
        _scopes.Append($"        \"name\": {PythonCode.String(plan.Name)},\n");
        _scopes.Append($"        \"group\": {PythonCode.String(scope.Prefix)},\n");
        _scopes.Append($"        \"parent\": {PythonCode.Optional(scope.Parent?.Id)},\n");
        _scopes.Append($"        \"status\": {PythonCode.String(scope.Parent is null ? WorkflowStatusId : scope.Prefix + WorkletStatusId)},\n");
        _scopes.Append($"        \"entry\": {(scope.Parent is null ? "None" : PythonCode.String(scope.Prefix + WorkletEntryId))},\n");
        _scopes.Append("        \"variables\": {");
        _scopes.Append(string.Join(", ", plan.Variables.Select(v => $"{PythonCode.String(v.Name.ToUpperInvariant())}: {Default(v)}")));
        _scopes.Append("},\n        \"tasks\": {\n");
        foreach (var task in plan.Tasks)
        {
            var action = task.Action;
            _scopes.Append($"            {PythonCode.String(task.Name.ToLowerInvariant())}: {{\"name\": {PythonCode.String(task.Name)}, \"id\": {PythonCode.String(tasks[task.Name].EndId)}, ")
                .Append($"\"kind\": {PythonCode.String(WorkflowYaml.Word(task.Kind))}, \"enabled\": {PythonCode.Bool(task.Enabled)}, ")
                .Append($"\"path\": {PythonCode.Optional((action as SessionAction)?.ObjectPath)}, ")
                .Append($"\"inputs\": [{string.Join(", ", plan.InputsOf(task.Name).Select(d => PythonCode.String(d.From)))}], ")
                .Append($"\"fail_if_fails\": {PythonCode.Bool(task.FailParentIfFails)}, \"fail_if_not_run\": {PythonCode.Bool(task.FailParentIfDidNotRun)}}},\n");
        }

        _scopes.Append("        },\n    },\n");
    }

    private static string Default(PlanVariable variable) =>
        variable.IsNull || variable.DefaultValue is null ? "None"
        : variable.DataType is { } type && (type.Contains("int", StringComparison.OrdinalIgnoreCase) || type.Contains("double", StringComparison.OrdinalIgnoreCase) || type.Contains("decimal", StringComparison.OrdinalIgnoreCase))
            && decimal.TryParse(variable.DefaultValue, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? $"[\"n\", {PythonCode.String(variable.DefaultValue)}]"
            : $"[\"s\", {PythonCode.String(variable.DefaultValue)}]";

    private string Condition(WorkflowExpression tree)
    {
        var name = $"_condition_{++_variables}";
        _conditions.Add(new ConditionLine(name, PythonCode.Expression(tree)));
        return name;
    }

    private string Conditional(WorkflowCondition? condition) => condition?.Tree is { } tree ? Condition(tree) : "None";

    /// <summary>Renders one task; returns its entry (what links into it reach), its end (what links out of it leave) and the end's task id.</summary>
    private (string Entry, string End, string EndId) RenderTask(Scope scope, PlanTask task)
    {
        var id = PythonCode.Id(task.Name);
        var fullId = scope.Prefix + id;
        var common = new List<ArgumentLine>();
        if (task.Retry.Attempts > 0)
        {
            common.Add(new("retries", task.Retry.Attempts.ToString(CultureInfo.InvariantCulture)));
            common.Add(new("retry_delay", "datetime.timedelta(minutes=1)"));
        }

        if (task.Description is { } description)
        {
            common.Add(new("doc_md", PythonCode.String(description)));
        }

        var trigger = task.InputLinks == InputLinkMode.Any && scope.Plan.InputsOf(task.Name).Count() > 1
            ? new ArgumentLine("trigger_rule", "TriggerRule.NONE_FAILED_MIN_ONE_SUCCESS")
            : null;
        if (trigger is not null)
        {
            common.Add(trigger);
        }

        var scopeArg = $"\"scope\": {PythonCode.String(scope.Id)}";
        if (!task.Enabled)
        {
            var disabled = Var(id);
            _tasks.Add(new OperatorLine(disabled, "EmptyOperator", PythonCode.String(id), scope.GroupVar,
                [new("doc_md", PythonCode.String("Disabled in PowerCenter: not run; its Status is DISABLED and the links after it are evaluated.")), .. common.Where(c => c.Name == "trigger_rule")]));
            return (disabled, disabled, fullId);
        }

        if (task.Action is WorkletAction worklet)
        {
            return RenderWorklet(scope, task, worklet, id, common);
        }

        var variable = Var(id);
        OperatorLine line = task.Action switch
        {
            StartAction => new(variable, "EmptyOperator", PythonCode.String(id), scope.GroupVar, common),
            SessionAction { JobDirectory: { } job } => new(variable, "BashOperator", PythonCode.String(id), scope.GroupVar,
            [
                new("bash_command", $"I2S.submit({PythonCode.String(job)})"),
                new("env", Env),
                new("append_env", "True"),
                .. common,
            ]),
            SessionAction s => Fail(variable, id, scope, $"the session {s.Session} was not converted in this run: convert it, then render the workflow again", common),
            CommandAction c => new(variable, "BashOperator", PythonCode.String(id), scope.GroupVar,
                [new("bash_command", PythonCode.String(Bash(c))), new("env", Env), new("append_env", "True"), .. common]),
            AssignmentAction a => new(variable, "PythonOperator", PythonCode.String(id), scope.GroupVar,
            [
                new("python_callable", "I2S.assign"),
                new("op_kwargs", $"{{{scopeArg}, \"condition\": {Conditional(a.Condition)}, \"assignments\": [{string.Join(", ", a.Assignments.Select(x => $"({PythonCode.String(x.Variable)}, {Conditional(x.Value)})"))}]}}"),
                .. common,
            ]),
            DecisionAction d => new(variable, "PythonOperator", PythonCode.String(id), scope.GroupVar,
                [new("python_callable", "I2S.decide"), new("op_kwargs", $"{{{scopeArg}, \"condition\": {Conditional(d.Condition)}}}"), .. common]),
            TimerAction t => new(variable, "PythonOperator", PythonCode.String(id), scope.GroupVar,
            [
                new("python_callable", "I2S.wait"),
                new("op_kwargs", $"{{{scopeArg}, \"mode\": {PythonCode.String(WorkflowYaml.Word(t.Mode))}, \"at\": {PythonCode.Optional(t.At)}, \"variable\": {PythonCode.Optional(t.Variable)}, "
                    + $"\"seconds\": {((long)(t.Offset ?? TimeSpan.Zero).TotalSeconds).ToString(CultureInfo.InvariantCulture)}}}"),
                .. common,
            ]),
            EventWaitAction { FileWatch: { } file } => new(variable, "FileSensor", PythonCode.String(id), scope.GroupVar,
                [new("filepath", PythonCode.String(file)), new("poke_interval", "30"), new("mode", PythonCode.String("reschedule")), .. common]),
            EventWaitAction e => new(variable, "PythonSensor", PythonCode.String(id), scope.GroupVar,
                [new("python_callable", "I2S.event_raised"), new("op_kwargs", $"{{{scopeArg}, \"event\": {PythonCode.Optional(e.UserEvent)}}}"), new("poke_interval", "30"), new("mode", PythonCode.String("reschedule")), .. common]),
            EventRaiseAction e => new(variable, "PythonOperator", PythonCode.String(id), scope.GroupVar,
                [new("python_callable", "I2S.raise_event"), new("op_kwargs", $"{{\"event\": {PythonCode.Optional(e.UserEvent)}}}"), .. common]),
            EmailAction e => new(variable, "EmailOperator", PythonCode.String(id), scope.GroupVar,
                [new("to", PythonCode.String(e.To ?? string.Empty)), new("subject", PythonCode.String(e.Subject ?? string.Empty)), new("html_content", PythonCode.String(e.Text ?? string.Empty)), .. common]),
            ControlAction c => new(variable, "PythonOperator", PythonCode.String(id), scope.GroupVar,
                [new("python_callable", "I2S.control"), new("op_kwargs", $"{{{scopeArg}, \"option\": {PythonCode.String(WorkflowYaml.Word(c.Option))}}}"), .. common]),
            UnsupportedAction u => Fail(variable, id, scope, u.Reason, common),
            _ => Fail(variable, id, scope, $"the task {task.Name} has no Airflow form", common),
        };
        _tasks.Add(line);
        return (variable, variable, fullId);
    }

    private static OperatorLine Fail(string variable, string id, Scope scope, string message, IReadOnlyList<ArgumentLine> common) =>
        new(variable, "PythonOperator", PythonCode.String(id), scope.GroupVar,
            [new("python_callable", "I2S.fail"), new("op_kwargs", $"{{\"message\": {PythonCode.String(message)}}}"), .. common]);

    private (string Entry, string End, string EndId) RenderWorklet(Scope scope, PlanTask task, WorkletAction worklet, string id, IReadOnlyList<ArgumentLine> common)
    {
        var group = Var(id);
        _groups.Add(new GroupLine(group, PythonCode.String(id), scope.GroupVar ?? "None", PythonCode.String($"worklet {worklet.Plan.Name}")));
        var inner = new Scope(worklet.Plan, scope.Prefix + id + ".", scope) { GroupVar = group };
        var entry = Var(WorkletEntryId);
        _tasks.Add(new OperatorLine(entry, "PythonOperator", PythonCode.String(WorkletEntryId), group,
        [
            new("python_callable", "I2S.worklet_start"),
            new("op_kwargs", $"{{\"scope\": {PythonCode.String(inner.Id)}, \"values\": [{string.Join(", ", worklet.VariableValues.Select(x => $"({PythonCode.String(x.Variable)}, {Conditional(x.Value)})"))}]}}"),
            .. common.Where(c => c.Name == "trigger_rule"),
        ]));
        Render(inner);
        foreach (var start in worklet.Plan.Tasks.Where(t => t.Kind == TaskKind.Start))
        {
            _edges.Add(new EdgeLine(entry, Find(inner, start.Name)));
        }

        var status = Var(WorkletStatusId);
        _tasks.Add(new OperatorLine(status, "PythonOperator", PythonCode.String(WorkletStatusId), group,
        [
            new("python_callable", "I2S.scope_status"),
            new("op_kwargs", $"{{\"scope\": {PythonCode.String(inner.Id)}}}"),
            new("trigger_rule", "TriggerRule.ALL_DONE"),
            .. common.Where(c => c.Name is "retries" or "retry_delay"),
        ]));
        _edges.Add(new EdgeLine(entry, status));
        _edges.AddRange(inner.Ends.Select(e => new EdgeLine(e, status)));
        return (entry, status, inner.Prefix + WorkletStatusId);
    }

    /// <summary>The variable of a task rendered in <paramref name="scope"/> by PowerCenter name.</summary>
    private string Find(Scope scope, string task) =>
        _tasks.First(t => t.Group == scope.GroupVar && t.Id == PythonCode.String(PythonCode.Id(task))).Var;

    /// <summary>
    /// A command task's shell script: with "Fail task if any command fails" the first failing command stops the task
    /// and fails it; without, every command runs and the task succeeds (WBG: Command Task). Jinja is kept out of the
    /// commands, which Airflow would otherwise render.
    /// </summary>
    private static string Bash(CommandAction command)
    {
        var script = new StringBuilder();
        script.Append(command.FailTaskIfAnyCommandFails ? "set -e\n" : string.Empty);
        foreach (var line in command.Commands)
        {
            script.Append("# ").Append(line.Name.ReplaceLineEndings(" ")).Append('\n');
            script.Append(line.Command.ReplaceLineEndings("\n"));
            script.Append(command.FailTaskIfAnyCommandFails ? "\n" : " || true\n");
        }

        script.Append(command.FailTaskIfAnyCommandFails ? string.Empty : "exit 0\n");
        var text = script.ToString();
        return text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal) || text.Contains("{#", StringComparison.Ordinal)
            ? "{% raw %}" + text + "{% endraw %}\n"
            : text;
    }

    private sealed class Scope(WorkflowPlan plan, string prefix, Scope? parent)
    {
        public WorkflowPlan Plan { get; } = plan;

        /// <summary>The group path with a trailing dot (<c>wl_a.wl_b.</c>), empty for the workflow.</summary>
        public string Prefix { get; } = prefix;

        public Scope? Parent { get; } = parent;

        /// <summary>The scope's key in <c>_SCOPES</c>: the group path without the trailing dot.</summary>
        public string Id => Prefix.TrimEnd('.');

        /// <summary>The Python variable of the scope's TaskGroup, or null at the top.</summary>
        public string? GroupVar { get; init; }

        /// <summary>The end of every task of the scope: the status task waits for them.</summary>
        public List<string> Ends { get; } = [];
    }

    /// <summary>A TaskGroup: its variable, id, parent group variable (or None) and tooltip.</summary>
    public sealed record GroupLine(string Var, string Id, string Parent, string Tooltip);

    /// <summary>A condition as a named lambda over the values object <c>v</c>.</summary>
    public sealed record ConditionLine(string Name, string Code);

    /// <summary>An operator: its variable, class, task id, group variable (null at the top) and keyword arguments.</summary>
    public sealed record OperatorLine(string Var, string Operator, string Id, string? Group, IReadOnlyList<ArgumentLine> Arguments)
    {
        public string TaskGroup => Group ?? "None";
    }

    /// <summary>One keyword argument, its value a Python expression.</summary>
    public sealed record ArgumentLine(string Name, string Value);

    /// <summary><c>From &gt;&gt; To</c>.</summary>
    public sealed record EdgeLine(string From, string To);
}
