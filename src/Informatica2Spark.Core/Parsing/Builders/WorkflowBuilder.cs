using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Parsing.Builders;

/// <summary>WORKFLOW, WORKLET, TASK, TASKINSTANCE, WORKFLOWLINK, WORKFLOWVARIABLE and SCHEDULER.</summary>
internal static class WorkflowBuilder
{
    public static Workflow Workflow(RawElement e)
    {
        var c = Contents(e);
        return new Workflow(
            e.Required("NAME"),
            e.NonEmpty("DESCRIPTION"),
            e.NonEmpty("SERVERNAME"),
            e.NonEmpty("SCHEDULERNAME"),
            e.Bool("ISVALID"),
            e.Bool("ISENABLED"),
            e.First("SCHEDULER") is { } s ? Scheduler(s) : null,
            c.Tasks, c.Sessions, c.Worklets, c.TaskInstances, c.Links, c.Variables, c.Attributes,
            e.Position);
    }

    public static Worklet Worklet(RawElement e)
    {
        var c = Contents(e);
        return new Worklet(
            e.Required("NAME"),
            e.Flag("REUSABLE"),
            e.Bool("ISVALID"),
            e.NonEmpty("DESCRIPTION"),
            c.Tasks, c.Sessions, c.Worklets, c.TaskInstances, c.Links, c.Variables, c.Attributes,
            e.Position);
    }

    /// <summary>What workflows and worklets both hold.</summary>
    private static (IReadOnlyList<TaskDefinition> Tasks, IReadOnlyList<Session> Sessions, IReadOnlyList<Worklet> Worklets,
        IReadOnlyList<TaskInstance> TaskInstances, IReadOnlyList<WorkflowLink> Links, IReadOnlyList<WorkflowVariable> Variables,
        IReadOnlyList<AttributeValue> Attributes) Contents(RawElement e) => (
        e.Map("TASK", Task),
        e.Map("SESSION", SessionBuilder.Session),
        e.Map("WORKLET", Worklet),
        e.Map("TASKINSTANCE", TaskInstance),
        e.Map("WORKFLOWLINK", Link),
        e.Map("WORKFLOWVARIABLE", Variable),
        e.NameValues("ATTRIBUTE"));

    public static TaskDefinition Task(RawElement e) => new(
        e.Required("NAME"),
        e.Required("TYPE"),
        e.Flag("REUSABLE"),
        e.NonEmpty("DESCRIPTION"),
        e.NameValues("ATTRIBUTE"),
        e.Map("VALUEPAIR", ValuePair),
        e.First("TIMER") is { } timer ? new TimerSettings(timer.Required("TIMERTYPE"), OptionsOf(timer)) : null,
        e.Position);

    public static TaskInstance TaskInstance(RawElement e) => new(
        e.Required("NAME"),
        e.Required("TASKNAME"),
        e.Required("TASKTYPE"),
        e.Flag("REUSABLE"),
        e.Flag("ISENABLED", whenAbsent: true),
        e.Bool("TREAT_INPUTLINK_AS_AND"),
        e.Bool("FAIL_PARENT_IF_INSTANCE_FAILS"),
        e.Bool("FAIL_PARENT_IF_INSTANCE_DID_NOT_RUN"),
        e.NonEmpty("DESCRIPTION"),
        e.NameValues("ATTRIBUTE"),
        e.Map("WORKFLOWVARIABLE", Variable),
        e.Map("VALUEPAIR", ValuePair),
        e.First("CONFIGREFERENCE") is { } cr ? SessionBuilder.ConfigReference(cr) : null,
        e.Map("SESSIONCOMPONENT", SessionBuilder.Component),
        e.Map("SESSIONEXTENSION", SessionBuilder.Extension),
        e.Position);

    public static WorkflowLink Link(RawElement e) =>
        new(e.Required("FROMTASK"), e.Required("TOTASK"), e.Attr("CONDITION") is { Length: > 0 } c ? c : null, e.Position);

    public static WorkflowVariable Variable(RawElement e) => new(
        e.Required("NAME"),
        e.NonEmpty("DATATYPE"),
        e.Attr("DEFAULTVALUE"),
        e.Flag("USERDEFINED"),
        e.Flag("ISPERSISTENT"),
        e.Flag("ISNULL"),
        e.NonEmpty("DESCRIPTION"));

    public static ValuePair ValuePair(RawElement e) =>
        new(e.Required("NAME"), e.Required("VALUE"), e.Flag("REVERSEASSIGNMENT"));

    public static Scheduler Scheduler(RawElement e)
    {
        var info = e.First("SCHEDULEINFO");
        return new Scheduler(
            e.Required("NAME"),
            e.Flag("REUSABLE"),
            e.NonEmpty("DESCRIPTION"),
            info?.NonEmpty("SCHEDULETYPE"),
            info is null ? [] : OptionsOf(info),
            e.Position);
    }

    /// <summary>Flattens nested option elements (STARTOPTIONS, SCHEDULEOPTIONS, RECURRING ...) to ELEMENT.ATTR pairs.</summary>
    private static List<AttributeValue> OptionsOf(RawElement e)
    {
        var options = new List<AttributeValue>();
        Collect(e, string.Empty, options);
        return options;

        static void Collect(RawElement element, string prefix, List<AttributeValue> into)
        {
            foreach (var child in element.Children)
            {
                var name = prefix + child.Name;
                into.AddRange(child.OtherAttributes().Select(a => a with { Name = name + "." + a.Name }));
                Collect(child, name + ".", into);
            }
        }
    }
}
