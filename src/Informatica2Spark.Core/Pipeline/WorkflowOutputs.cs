using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Emit.Orchestration;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Workflows;

namespace Informatica2Spark.Core.Pipeline;

/// <summary>
/// The workflow side of <c>i2s convert</c>: the plan of every workflow of a folder whose sessions the run converts
/// (built while its export is held, pointing at the directories given to its sessions), then, once every session is
/// converted, <c>workflow.yaml</c> and the files of the chosen orchestrator target for each (a session that could not
/// be converted loses its job in the plan). A workflow that cannot be rendered is reported (I2S0841) and the others are
/// written. Each plan's notes about unsupported or wrong parts are warnings (I2S0840).
/// </summary>
public static class WorkflowOutputs
{
    /// <summary>
    /// The plans of <paramref name="folder"/>'s workflows: every one when <paramref name="selected"/> is null (no
    /// <c>--workflow</c>), else those it names. <paramref name="jobDirectory"/> gives a session occurrence's directory by
    /// object path.
    /// </summary>
    public static IReadOnlyList<PlannedWorkflow> Plan(string input, Folder folder, IReadOnlySet<string>? selected, Func<string, string?> jobDirectory) =>
        [
            .. folder.Workflows.Where(w => selected is null || selected.Contains(w.Name))
                .Select(w => new PlannedWorkflow(input, WorkflowPlanBuilder.Build(folder, w, jobDirectory), OutputNames.WorkflowDirectory(folder.Name, w.Name), w.Position)),
        ];

    /// <summary>
    /// The files of every planned workflow (in the order given), their summaries and diagnostics. Sessions whose object
    /// path is in <paramref name="notConverted"/> (upper case) lose their job directory. The workflows are rendered on
    /// at most <paramref name="maxParallel"/> threads (<see cref="WorkerPool"/>); what comes back is in the order given.
    /// </summary>
    public static (IReadOnlyList<OutputFile> Files, IReadOnlyList<WorkflowSummary> Summaries, IReadOnlyList<Diagnostic> Diagnostics) Emit(
        IReadOnlyList<PlannedWorkflow> workflows, IReadOnlySet<string> notConverted, IOrchestratorTarget target, TemplateSet templates, int maxParallel = 1)
    {
        var files = new List<OutputFile>();
        var summaries = new List<WorkflowSummary>();
        var diagnostics = new List<Diagnostic>();
        var directories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var rendered = new (IReadOnlyList<OutputFile> Files, Diagnostic? Failure)[workflows.Count];
        var inputs = new List<(PlannedWorkflow Workflow, OrchestrationInput Input, SourceLocation Location)>();
        using (var pool = new WorkerPool(maxParallel))
        {
            foreach (var (index, workflow) in workflows.Index())
            {
                var plan = workflow.Plan.MapSessions(s => s.JobDirectory is not null && notConverted.Contains(s.ObjectPath.ToUpperInvariant()) ? s with { JobDirectory = null } : s);
                var directory = workflow.Directory;
                for (var n = 2; !directories.Add(directory); n++)
                {
                    directory = $"{workflow.Directory}~{n}";
                }

                var location = new SourceLocation(workflow.Input, workflow.Position.Line, workflow.Position.Column, plan.ObjectPath);
                var input = new OrchestrationInput(plan, directory);
                inputs.Add((workflow, input, location));
                pool.Post(() => rendered[index] = Render(input, target, templates, location));
            }

            pool.Complete();
        }

        foreach (var ((workflow, input, location), (written, failure)) in inputs.Zip(rendered))
        {
            var plan = input.Plan;
            var notes = plan.SelfAndNested().SelectMany(p => p.Notes.Where(n => n.Kind != NoteKind.Approximation).Select(n => (Plan: p, Note: n))).ToList();
            diagnostics.AddRange(notes.Select(n => DiagnosticCodes.WorkflowPartNotCarried.Create(
                $"{n.Plan.Name}: {(n.Note.Task is null ? string.Empty : $"task {n.Note.Task}: ")}{n.Note.Message}", location with { ObjectPath = n.Plan.ObjectPath })));
            if (failure is not null)
            {
                diagnostics.Add(failure);
            }

            files.AddRange(written);
            var all = plan.SelfAndNested().ToList();
            summaries.Add(new WorkflowSummary(
                workflow.Input, plan.Folder, plan.Name, plan.ObjectPath, input.Directory, target.Name, [.. written.Select(f => f.RelativePath)],
                all.Sum(p => p.Tasks.Count), all.Sum(p => p.Dependencies.Count), all.Sum(p => p.Dependencies.Count(d => d.Condition is not null)),
                all.Count - 1, all.Sum(p => p.Notes.Count)));
        }

        if (workflows.Count > 0)
        {
            try
            {
                files.AddRange(target.EmitShared(templates));
            }
            catch (TemplateException error)
            {
                diagnostics.Add(DiagnosticCodes.WorkflowNotRendered.Create($"the files every workflow shares could not be rendered: {error.Message}", SourceLocation.None));
            }
        }

        return (files, summaries, diagnostics);
    }

    /// <summary>
    /// The files of one workflow: <c>workflow.yaml</c>, and the orchestrator's files unless its links loop (a plan that
    /// cannot be ordered: its workflow.yaml lists the error). A template that fails is the failure returned (I2S0841).
    /// </summary>
    private static (IReadOnlyList<OutputFile> Files, Diagnostic? Failure) Render(OrchestrationInput input, IOrchestratorTarget target, TemplateSet templates, SourceLocation location)
    {
        try
        {
            return (input.Plan.SelfAndNested().Any(p => WorkflowPlanChecks.Loop(p.Dependencies) is not null)
                ? [WorkflowYaml.Emit(input)]
                : [WorkflowYaml.Emit(input), .. target.Emit(input, templates)], null);
        }
        catch (TemplateException error)
        {
            return ([], DiagnosticCodes.WorkflowNotRendered.Create(
                $"{input.Plan.Name} could not be rendered: {error.Message}; the sessions and the other workflows were converted", location));
        }
    }
}

/// <summary>A workflow's plan while the run converts its sessions: its input, plan, directory and place in the export.</summary>
public sealed record PlannedWorkflow(string Input, WorkflowPlan Plan, string Directory, TextPosition Position);

/// <summary>
/// One workflow of a run as the manifest lists it: where its files are, the orchestrator they were rendered for, and
/// the plan's counts (tasks and dependencies of the workflow and its worklets, conditional links, worklet plans, notes).
/// </summary>
public sealed record WorkflowSummary(
    string Input, string Folder, string Workflow, string ObjectPath, string Directory, string Orchestrator, IReadOnlyList<string> Files,
    int Tasks, int Dependencies, int Conditions, int Worklets, int Notes);
