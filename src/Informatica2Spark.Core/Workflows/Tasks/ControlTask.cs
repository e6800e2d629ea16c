namespace Informatica2Spark.Core.Workflows.Tasks;

/// <summary>
/// A Control task: "Control Option" — Fail Me, Fail Parent, Stop Parent, Abort Parent, Fail/Stop/Abort Top-Level
/// Workflow (WBG: Control Task). An option it does not know is read as Fail Me with an error note.
/// </summary>
public sealed class ControlTask : ITaskReader
{
    public IReadOnlyList<string> Types => ["Control"];

    public TaskKind Kind => TaskKind.Control;

    public TaskAction Read(TaskReadContext context)
    {
        var text = context.Attribute("Control Option") ?? "Fail Me";
        ControlOption? option = TaskReaders.Key(text).ToUpperInvariant() switch
        {
            "FAILME" => ControlOption.FailMe,
            "FAILPARENT" => ControlOption.FailParent,
            "STOPPARENT" => ControlOption.StopParent,
            "ABORTPARENT" => ControlOption.AbortParent,
            "FAILTOPLEVELWORKFLOW" => ControlOption.FailTopLevelWorkflow,
            "STOPTOPLEVELWORKFLOW" => ControlOption.StopTopLevelWorkflow,
            "ABORTTOPLEVELWORKFLOW" => ControlOption.AbortTopLevelWorkflow,
            _ => null,
        };
        if (option is null)
        {
            context.Note(NoteKind.Error, $"the control option '{text}' is not one PowerCenter has; the task fails itself (Fail Me)");
        }

        return new ControlAction(option ?? ControlOption.FailMe);
    }
}
