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
    /// path is in <paramref name="notConverted"/> (upper case) lose their job directory.
    /// </summary>
    public static (IReadOnlyList<OutputFile> Files, IReadOnlyList<WorkflowSummary> Summaries, IReadOnlyList<Diagnostic> Diagnostics) Emit(
        IReadOnlyList<PlannedWorkflow> workflows, IReadOnlySet<string> notConverted, IOrchestratorTarget target, TemplateSet templates)
    {
        var files = new List<OutputFile>();
        var summaries = new List<WorkflowSummary>();
        var diagnostics = new List<Diagnostic>();
        var directories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var workflow in workflows)
        {
            var plan = workflow.Plan.MapSessions(s => s.JobDirectory is not null && notConverted.Contains(s.ObjectPath.ToUpperInvariant()) ? s with { JobDirectory = null } : s);
            var directory = workflow.Directory;
            for (var n = 2; !directories.Add(directory); n++)
            {
                directory = $"{workflow.Directory}~{n}";
            }

            var location = new SourceLocation(workflow.Input, workflow.Position.Line, workflow.Position.Column, plan.ObjectPath);
            var notes = plan.SelfAndNested().SelectMany(p => p.Notes.Where(n => n.Kind != NoteKind.Approximation).Select(n => (Plan: p, Note: n))).ToList();
            diagnostics.AddRange(notes.Select(n => DiagnosticCodes.WorkflowPartNotCarried.Create(
                $"{n.Plan.Name}: {(n.Note.Task is null ? string.Empty : $"task {n.Note.Task}: ")}{n.Note.Message}", location with { ObjectPath = n.Plan.ObjectPath })));
            var input = new OrchestrationInput(plan, directory);
            IReadOnlyList<OutputFile> written;
            try
            {
                // A plan whose links loop cannot be ordered: its workflow.yaml lists the error, no orchestrator file is written.
                written = plan.SelfAndNested().Any(p => WorkflowPlanChecks.Loop(p.Dependencies) is not null)
                    ? [WorkflowYaml.Emit(input)]
                    : [WorkflowYaml.Emit(input), .. target.Emit(input, templates)];
            }
            catch (TemplateException error)
            {
                diagnostics.Add(DiagnosticCodes.WorkflowNotRendered.Create(
                    $"{plan.Name} could not be rendered: {error.Message}; the sessions and the other workflows were converted", location));
                written = [];
            }

            files.AddRange(written);
            var all = plan.SelfAndNested().ToList();
            summaries.Add(new WorkflowSummary(
                workflow.Input, plan.Folder, plan.Name, plan.ObjectPath, directory, target.Name, [.. written.Select(f => f.RelativePath)],
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
