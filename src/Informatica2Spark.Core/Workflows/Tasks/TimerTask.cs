using System.Globalization;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Workflows.Tasks;

/// <summary>
/// A Timer task (<c>TIMER TIMERTYPE</c>): an absolute time (<c>STARTOPTIONS</c> date and time), a date/time workflow
/// variable (attribute "Variable"), or a wait (<c>RECURRING</c> days, hours, minutes) relative to the previous task, the
/// parent workflow or worklet, or the top-level workflow (WBG: Timer Task).
/// </summary>
public sealed class TimerTask : ITaskReader
{
    public IReadOnlyList<string> Types => ["Timer"];

    public TaskKind Kind => TaskKind.Timer;

    public TaskAction Read(TaskReadContext context)
    {
        var timer = context.Definition?.Timer;
        var options = timer?.Attributes ?? [];
        TimerMode? mode = timer?.TimerType.ToUpperInvariant() switch
        {
            "START_AT_ABSOLUTE_TIME" => TimerMode.AbsoluteTime,
            "START_AT_ABSOLUTE_VARIABLE" => TimerMode.AbsoluteVariable,
            "START_RELATIVE_TO_PREVIOUSTASK" => TimerMode.RelativeToPreviousTask,
            "START_RELATIVE_TO_PARENT_WORKFLOW" => TimerMode.RelativeToParentWorkflow,
            "START_RELATIVE_TO_TOPLEVEL_WORKFLOW" => TimerMode.RelativeToTopLevelWorkflow,
            _ => null,
        };
        if (mode is null)
        {
            context.Note(NoteKind.Error, $"the timer type '{timer?.TimerType}' is not one PowerCenter has; the task waits for nothing");
            return new TimerAction(TimerMode.RelativeToPreviousTask, null, null, TimeSpan.Zero);
        }

        return mode switch
        {
            TimerMode.AbsoluteTime => new TimerAction(mode.Value, At(options), null, null),
            TimerMode.AbsoluteVariable => new TimerAction(mode.Value, null, context.Attribute("Variable"), null),
            _ => new TimerAction(mode.Value, null, null, Offset(options)),
        };
    }

    private static string? At(IReadOnlyList<AttributeValue> options) =>
        string.Join(' ', new[] { options.Get("STARTOPTIONS.STARTDATE"), options.Get("STARTOPTIONS.STARTTIME") }.Where(v => !string.IsNullOrEmpty(v))) is { Length: > 0 } at ? at : null;

    private static TimeSpan Offset(IReadOnlyList<AttributeValue> options) =>
        new(Number(options, "RECURRING.DAYS"), Number(options, "RECURRING.HOURS"), Number(options, "RECURRING.MINUTES"), 0);

    private static int Number(IReadOnlyList<AttributeValue> options, string name) =>
        int.TryParse(options.Get(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
