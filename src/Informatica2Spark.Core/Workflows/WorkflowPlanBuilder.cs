using System.Globalization;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Workflows.Tasks;

namespace Informatica2Spark.Core.Workflows;

/// <summary>
/// Builds the <see cref="WorkflowPlan"/> of a workflow and, nested in it, of every worklet it runs: each task instance
/// read by the <see cref="ITaskReader"/> of its type, one dependency per link (its condition parsed by
/// <see cref="WorkflowExpressions"/>; an unparsable condition or a link to an unknown task is an error note, never
/// dropped), input-link mode, disabled tasks, fail-parent flags, variables, retries, concurrency and schedule (WBG:
/// Workflow Tasks, Links, Worklets, Workflow Recovery, Scheduling a Workflow). Costs one pass over the workflow's
/// objects; never throws on a malformed export.
/// </summary>
public static class WorkflowPlanBuilder
{
    /// <summary>Worklets nested deeper than this are not expanded (a worklet that contains itself).</summary>
    public const int MaxNesting = 32;

    /// <summary>The plan of <paramref name="workflow"/> of <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder that holds the workflow and the reusable sessions, tasks and worklets it names.</param>
    /// <param name="workflow">The workflow.</param>
    /// <param name="jobDirectory">The generated job directory (relative to the output root) of a session occurrence by its
    /// object path (<c>FOLDER/WF:wf/WL:instance/ST:instance</c>), or null when none was generated.</param>
    public static WorkflowPlan Build(Folder folder, Workflow workflow, Func<string, string?> jobDirectory)
    {
        var recover = string.Equals(workflow.Attributes.Get("Automatically recover terminated tasks"), "YES", StringComparison.OrdinalIgnoreCase);
        var attempts = int.TryParse(workflow.Attributes.Get("Maximum automatic recovery attempts"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : 5;
        var session = new PlanBuildSession(folder, jobDirectory, recover ? attempts : 0);
        var path = ObjectPath.Child(folder.Name, ObjectPath.Workflow, workflow.Name);
        var notes = new List<PlanNote>();
        var schedule = ScheduleReader.Read(workflow.Scheduler
            ?? folder.Schedulers.FirstOrDefault(s => s.Name.Equals(workflow.SchedulerName, StringComparison.OrdinalIgnoreCase)));
        if (schedule.Note is { } scheduleNote)
        {
            notes.Add(new PlanNote(schedule.Cron is null ? NoteKind.Unsupported : NoteKind.Approximation, null, scheduleNote));
        }

        var same = Flag(workflow.Attributes, "Allow concurrent run with same run instance name");
        var unique = Flag(workflow.Attributes, "Allow concurrent run with unique run instance name");
        var limit = int.TryParse(workflow.Attributes.Get("Maximum number of concurrent runs"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) && max > 0 ? max : (int?)null;
        var concurrency = new PlanConcurrency(same || unique, same, unique, same || unique ? limit : null);
        return session.Container(folder, workflow, path, PlanKind.Workflow, workflow.Name, workflow.Description, concurrency, schedule, notes);
    }

    internal static bool Flag(IReadOnlyList<AttributeValue> attributes, string name) =>
        string.Equals(attributes.Get(name), "YES", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The build of one workflow's plan: where session jobs are, the automatic recovery attempts the workflow gives, and
/// the plans of the worklets it runs.
/// </summary>
public sealed class PlanBuildSession
{
    private readonly Folder _folder;
    private readonly Func<string, string?> _jobDirectory;
    private readonly int _recoveryAttempts;

    /// <summary>The worklets being expanded, outermost first: a worklet met again among them contains itself.</summary>
    private readonly List<Worklet> _expanding = [];

    internal PlanBuildSession(Folder folder, Func<string, string?> jobDirectory, int recoveryAttempts)
    {
        _folder = folder;
        _jobDirectory = jobDirectory;
        _recoveryAttempts = recoveryAttempts;
    }

    /// <summary>The job directory of a session occurrence by object path, or null.</summary>
    public string? JobDirectory(string sessionObjectPath) => _jobDirectory(sessionObjectPath);

    /// <summary>The nested plan of a worklet instance, or null when the worklet is being expanded already (it contains itself, see <see cref="Cycle"/>) or nesting is deeper than <see cref="WorkflowPlanBuilder.MaxNesting"/>.</summary>
    public WorkflowPlan? Worklet(TaskReadContext parent, Worklet worklet)
    {
        var path = ObjectPath.Child(parent.ContainerPath, ObjectPath.Worklet, parent.Instance.Name);
        var depth = path.Split("/" + ObjectPath.Worklet + ":").Length - 1;
        if (depth > WorkflowPlanBuilder.MaxNesting)
        {
            return null;
        }

        if (Cycle(worklet).Count > 0)
        {
            return null;
        }

        var concurrency = WorkflowPlanBuilder.Flag(worklet.Attributes, "Allow Concurrent Run") ? new PlanConcurrency(true, false, false, null) : PlanConcurrency.Single;
        _expanding.Add(worklet);
        try
        {
            return Container(_folder, worklet, path, PlanKind.Worklet, worklet.Name, worklet.Description, concurrency, null, []);
        }
        finally
        {
            _expanding.RemoveAt(_expanding.Count - 1);
        }
    }

    /// <summary>The worklets being expanded when <paramref name="worklet"/> is met again, outermost first, ending with it; empty when it is not among them.</summary>
    public IReadOnlyList<string> Cycle(Worklet worklet)
    {
        var start = _expanding.FindIndex(w => ReferenceEquals(w, worklet));
        return start < 0 ? [] : [.. _expanding.Skip(start).Select(w => w.Name), worklet.Name];
    }

    /// <summary>An empty worklet plan, for an instance whose worklet is missing or nested too deep.</summary>
    public WorkflowPlan Empty(TaskReadContext parent, string name) =>
        new(_folder.Name, name, PlanKind.Worklet, ObjectPath.Child(parent.ContainerPath, ObjectPath.Worklet, parent.Instance.Name), null, [], [], [], [],
            PlanConcurrency.Single, null, []);

    internal WorkflowPlan Container(
        Folder folder, IWorkflowContainer container, string path, PlanKind kind, string name, string? description,
        PlanConcurrency concurrency, PlanSchedule? schedule, List<PlanNote> notes)
    {
        var tasks = new List<PlanTask>(container.TaskInstances.Count);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var instance in container.TaskInstances)
        {
            if (!names.Add(instance.Name))
            {
                notes.Add(new PlanNote(NoteKind.Error, instance.Name, $"the task instance '{instance.Name}' is defined twice; the second is ignored"));
                continue;
            }

            tasks.Add(Task(folder, container, path, instance, notes));
        }

        var dependencies = new List<PlanDependency>(container.Links.Count);
        foreach (var link in container.Links)
        {
            foreach (var end in new[] { link.FromTask, link.ToTask }.Where(e => !names.Contains(e)))
            {
                notes.Add(new PlanNote(NoteKind.Error, end, $"the link {link.FromTask} -> {link.ToTask} names '{end}', which is no task of {name}"));
            }

            WorkflowCondition? condition = null;
            if (!string.IsNullOrWhiteSpace(link.Condition))
            {
                condition = WorkflowExpressions.Parse(link.Condition);
                if (condition.Error is not null)
                {
                    notes.Add(new PlanNote(NoteKind.Error, link.ToTask,
                        $"the condition of the link {link.FromTask} -> {link.ToTask} does not parse ({condition.Error}); it is kept as written and the orchestrator definition fails it at run time"));
                }
            }

            dependencies.Add(new PlanDependency(link.FromTask, link.ToTask, condition, link.Position.Line));
        }

        if (WorkflowPlanChecks.Loop(dependencies) is { } loop)
        {
            notes.Add(new PlanNote(NoteKind.Error, loop[0],
                $"the links {string.Join(" -> ", loop)} form a loop, which PowerCenter does not allow in a workflow (Workflow Basics Guide, Links); no orchestrator definition is rendered for it"));
        }

        var variables = container.Variables.Where(v => v.UserDefined)
            .Select(v => new PlanVariable(v.Name, v.DataType, v.DefaultValue, v.IsPersistent, v.IsNull, v.Description)).ToList();
        var events = tasks.Select(t => t.Action switch
        {
            EventWaitAction wait => wait.UserEvent,
            EventRaiseAction raise => raise.UserEvent,
            _ => null,
        }).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new WorkflowPlan(folder.Name, name, kind, path, description, tasks, dependencies, variables, events, concurrency, schedule, notes);
    }

    private PlanTask Task(Folder folder, IWorkflowContainer container, string path, TaskInstance instance, List<PlanNote> notes)
    {
        var reader = TaskReaders.Find(instance.TaskType);
        var definition = (instance.Reusable ? folder.Tasks : container.Tasks).FirstOrDefault(t => t.Name.Equals(instance.TaskName, StringComparison.OrdinalIgnoreCase));
        var context = new TaskReadContext(folder, container, path, instance, definition, this, notes);
        TaskAction action;
        if (reader is null)
        {
            var reason = $"the task type '{instance.TaskType}' has no translation; the task is kept as a placeholder that fails when it runs";
            notes.Add(new PlanNote(NoteKind.Unsupported, instance.Name, reason));
            action = new UnsupportedAction(instance.TaskType, reason);
        }
        else
        {
            if (definition is null && reader.Kind is not (TaskKind.Start or TaskKind.Session or TaskKind.Worklet))
            {
                context.Note(NoteKind.Error, $"the task '{instance.TaskName}' is not in the export; its settings are defaults");
            }

            action = reader.Read(context);
        }

        var recovery = instance.Attributes.Get("Recovery Strategy")
            ?? definition?.Attributes.Get("Recovery Strategy")
            ?? (action is SessionAction ? SessionTask.Find(context)?.Attributes.Get("Recovery Strategy") : null);
        var strategy = TaskReaders.Key(recovery ?? string.Empty).ToUpperInvariant() switch
        {
            "RESTARTTASK" => RecoveryStrategy.RestartTask,
            "RESUMEFROMLASTCHECKPOINT" => RecoveryStrategy.ResumeFromLastCheckpoint,
            _ => RecoveryStrategy.FailTaskAndContinue,
        };
        var retry = strategy == RecoveryStrategy.FailTaskAndContinue ? PlanRetry.None : new PlanRetry(strategy, _recoveryAttempts);
        return new PlanTask(
            instance.Name,
            instance.TaskName,
            reader?.Kind ?? TaskKind.Unsupported,
            instance.Reusable,
            instance.IsEnabled,
            instance.TreatInputLinksAsAnd == false ? InputLinkMode.Any : InputLinkMode.All,
            instance.FailParentIfInstanceFails == true,
            instance.FailParentIfInstanceDidNotRun == true,
            retry,
            instance.Description ?? definition?.Description,
            action);
    }
}
