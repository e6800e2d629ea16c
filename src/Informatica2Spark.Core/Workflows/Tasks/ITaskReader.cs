using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Workflows.Tasks;

/// <summary>
/// Reads the settings of one kind of workflow task into its typed <see cref="TaskAction"/>: one class per kind, found
/// by reflection and indexed by <see cref="Types"/> (<see cref="TaskReaders"/>); a type with no reader becomes an
/// <see cref="UnsupportedAction"/> with a note.
/// </summary>
public interface ITaskReader
{
    /// <summary>The task TYPE values this reader handles, letters only and in any case (<c>Event-Wait</c> is <c>eventwait</c>).</summary>
    IReadOnlyList<string> Types { get; }

    /// <summary>The kind of the tasks it reads.</summary>
    TaskKind Kind { get; }

    /// <summary>The action of one task instance; problems are added to the context's notes.</summary>
    TaskAction Read(TaskReadContext context);
}

/// <summary>
/// What a task reader sees: the instance, its definition (a <c>TASK</c>, null for sessions, worklets and a Start
/// task without one), the container and folder it is in, and the builder's services.
/// </summary>
public sealed class TaskReadContext(
    Folder folder, IWorkflowContainer container, string containerPath, TaskInstance instance, TaskDefinition? definition, PlanBuildSession session,
    List<PlanNote> notes)
{
    public Folder Folder { get; } = folder;

    public IWorkflowContainer Container { get; } = container;

    /// <summary>The object path of the container: <c>FOLDER/WF:wf</c>, <c>FOLDER/WF:wf/WL:instance</c>.</summary>
    public string ContainerPath { get; } = containerPath;

    public TaskInstance Instance { get; } = instance;

    public TaskDefinition? Definition { get; } = definition;

    /// <summary>The build of the whole workflow: job directories, recovery settings, nested worklets.</summary>
    public PlanBuildSession Session { get; } = session;

    /// <summary>An attribute of the instance, else of its definition (instance values override; WBG: Workflow Tasks).</summary>
    public string? Attribute(string name) => Instance.Attributes.Get(name) ?? Definition?.Attributes.Get(name);

    /// <summary>Whether a YES/NO attribute is YES.</summary>
    public bool Flag(string name) => string.Equals(Attribute(name), "YES", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds a note about this task.</summary>
    public void Note(NoteKind kind, string message) => notes.Add(new PlanNote(kind, Instance.Name, message));

    /// <summary>Parses a workflow expression of this task, adding an error note when it does not parse.</summary>
    public WorkflowCondition Expression(string text, string what)
    {
        var condition = WorkflowExpressions.Parse(text);
        if (condition.Error is not null)
        {
            Note(NoteKind.Error, $"the {what} does not parse ({condition.Error}); it is kept as written and the orchestrator definition fails it at run time");
        }

        return condition;
    }
}

/// <summary>Every task reader by type, letters only and in any case.</summary>
public static class TaskReaders
{
    private static readonly Lazy<IReadOnlyDictionary<string, ITaskReader>> Index = new(() => NamedIndex.Of<ITaskReader>(r => r.Types, "task type"));

    /// <summary>The reader of a TYPE as an export writes it (<c>Event-Wait</c>, <c>Session</c>), or null.</summary>
    public static ITaskReader? Find(string type) => Index.Value.GetValueOrDefault(Key(type));

    /// <summary>A TYPE with everything but letters removed: <c>Event-Wait</c> and <c>Event Wait</c> are <c>EventWait</c>.</summary>
    public static string Key(string type) => new([.. type.Where(char.IsLetter)]);
}
