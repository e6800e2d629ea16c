using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Binding;

/// <summary>How a built-in variable gets its value in a generated job.</summary>
public enum BuiltInSource
{
    /// <summary>The driver binds the run's value as a literal (session start time, workflow name...).</summary>
    RunValue,

    /// <summary>The engine's current timestamp.</summary>
    CurrentTimestamp,

    /// <summary>Has no meaning outside PowerCenter (stored procedure results): reported, never translated.</summary>
    Unsupported,
}

/// <summary>A built-in variable an expression may name (TLR: Variables; reference section 4).</summary>
public sealed record BuiltInVariable(string Name, PcType Type, BuiltInSource Source, string Description);

/// <summary>The built-in variables of the transformation language and the <c>$PM</c> run-time variables.</summary>
public static class BuiltInVariables
{
    private static readonly Dictionary<string, BuiltInVariable> All = new BuiltInVariable[]
    {
        new("SYSDATE", PcType.DateTime, BuiltInSource.CurrentTimestamp, "the current date and time on the node that runs the session"),
        new("SESSSTARTTIME", PcType.DateTime, BuiltInSource.RunValue, "the time the session started"),
        new("WORKFLOWSTARTTIME", PcType.DateTime, BuiltInSource.RunValue, "the time the workflow started"),
        new("PROC_RESULT", PcType.Unknown, BuiltInSource.Unsupported, "the return value of a stored procedure call"),
        new("SPOUTPUT", PcType.Unknown, BuiltInSource.Unsupported, "a stored procedure's output"),
        new("$PMFolderName", PcType.String(80), BuiltInSource.RunValue, "the repository folder"),
        new("$PMIntegrationServiceName", PcType.String(80), BuiltInSource.RunValue, "the Integration Service"),
        new("$PMMappingName", PcType.String(80), BuiltInSource.RunValue, "the mapping"),
        new("$PMRepositoryServiceName", PcType.String(80), BuiltInSource.RunValue, "the repository service"),
        new("$PMRepositoryUserName", PcType.String(80), BuiltInSource.RunValue, "the repository user"),
        new("$PMSessionName", PcType.String(80), BuiltInSource.RunValue, "the session"),
        new("$PMSessionRunMode", PcType.String(20), BuiltInSource.RunValue, "the run mode (normal or recovery)"),
        new("$PMWorkflowName", PcType.String(80), BuiltInSource.RunValue, "the workflow"),
        new("$PMWorkflowRunId", PcType.BigInt, BuiltInSource.RunValue, "the workflow run id"),
        new("$PMWorkflowRunInstanceName", PcType.String(80), BuiltInSource.RunValue, "the workflow run instance"),
    }.ToDictionary(v => v.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The built-in of a name, including <c>$PM&lt;instance&gt;@TableName</c>, the table name a source or target
    /// instance reads or writes in the run (TLR: Variables > Built-in Variables).
    /// </summary>
    public static BuiltInVariable? Find(string name) =>
        All.GetValueOrDefault(name)
        ?? (name.StartsWith("$PM", StringComparison.OrdinalIgnoreCase) && name.EndsWith("@TableName", StringComparison.OrdinalIgnoreCase) && name.Length > 13
            ? new BuiltInVariable(name, PcType.String(128), BuiltInSource.RunValue, $"the table name instance {name[3..^10]} uses in the run")
            : null);
}

/// <summary>A task variable of workflow conditions (WBG: Workflow Variables > Predefined Workflow Variables).</summary>
public sealed record TaskVariable(string Name, PcType Type);

/// <summary>The predefined task variables and the task status constants.</summary>
public static class TaskVariables
{
    private static readonly Dictionary<string, TaskVariable> All = new TaskVariable[]
    {
        new("Status", PcType.String(20)),
        new("PrevTaskStatus", PcType.String(20)),
        new("ErrorCode", PcType.Integer),
        new("ErrorMsg", PcType.String(4000)),
        new("StartTime", PcType.DateTime),
        new("EndTime", PcType.DateTime),
        new("SrcSuccessRows", PcType.BigInt),
        new("SrcFailedRows", PcType.BigInt),
        new("TgtSuccessRows", PcType.BigInt),
        new("TgtFailedRows", PcType.BigInt),
        new("TotalTransErrors", PcType.BigInt),
        new("FirstErrorCode", PcType.Integer),
        new("FirstErrorMsg", PcType.String(4000)),
        new("Condition", PcType.Boolean),
    }.ToDictionary(v => v.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The status values a task's Status and PrevTaskStatus compare with.</summary>
    public static IReadOnlyList<string> Statuses { get; } = ["ABORTED", "DISABLED", "FAILED", "NOTSTARTED", "STARTED", "STOPPED", "SUCCEEDED"];

    public static TaskVariable? Find(string name) => All.GetValueOrDefault(name);
}
