using Informatica2Spark.Syntax;

namespace Informatica2Spark.Core.Parameters;

/// <summary>
/// PowerCenter built-ins (Advanced Workflow Guide, Parameters and Variables in Sessions: Built-in Session
/// Parameters; Parameter Files: Parameter and Variable Types; Application Service Guide, PowerCenter Integration
/// Service Processes):
/// <list type="bullet">
/// <item>names known from where the session runs (<c>$PMFolderName</c>, <c>$PMWorkflowName</c>, <c>$PMSessionName</c>,
/// <c>$PMMappingName</c>) and values that change every run (<c>$PMWorkflowRunId</c>, <c>$$$SessStartTime</c>,
/// <c>SESSSTARTTIME</c>...): a parameter file cannot set any of them (<see cref="IsFixed"/>);</item>
/// <item>service process variables, the directories under <c>$PMRootDir</c> (<see cref="ServiceProcessVariables"/>):
/// a parameter file may set them, and each is expanded from the others;</item>
/// <item>service variables with a value set in the Administrator tool whose documented default applies when no file
/// sets them (<c>$PMSessionLogCount</c> 0, <c>$PMSuccessEmailUser</c> empty...), and <c>$PMSessionLogFile</c>, the
/// session log name, by default <c>&lt;session name&gt;.log</c> (Workflow Basics Guide, Session Log: the default name).</item>
/// </list>
/// Directory and run-time values stay expressions for the generated job to evaluate; they are never frozen into
/// constants.
/// </summary>
public static class SystemParameters
{
    private static readonly HashSet<string> RunTime = new(StringComparer.OrdinalIgnoreCase)
    {
        "$PMWorkflowRunId", "$PMWorkflowRunInstanceName", "$PMSessionRunMode", "$PMIntegrationServiceName",
        "$PMRepositoryServiceName", "$PMRepositoryUserName", ParameterReferences.SessionStartTime, "SESSSTARTTIME", "SYSDATE", "WORKFLOWSTARTTIME",
    };

    private static readonly HashSet<string> FromWhereItRuns = new(StringComparer.OrdinalIgnoreCase)
    {
        "$PMFolderName", "$PMWorkflowName", "$PMSessionName", "$PMMappingName",
    };

    /// <summary>Service variables and their Administrator tool defaults.</summary>
    private static readonly Dictionary<string, string> ServiceVariables = new(StringComparer.OrdinalIgnoreCase)
    {
        ["$PMSuccessEmailUser"] = string.Empty,
        ["$PMFailureEmailUser"] = string.Empty,
        ["$PMSessionLogCount"] = "0",
        ["$PMWorkflowLogCount"] = "0",
        ["$PMSessionErrorThreshold"] = "0",
    };

    /// <summary>
    /// Whether a parameter file cannot set <paramref name="name"/>: the names known from where the session runs and the
    /// run-time values ("Run-time (cannot be set in a parameter file)"), including <c>$PM&lt;source&gt;@TableName</c>.
    /// </summary>
    public static bool IsFixed(string name) =>
        FromWhereItRuns.Contains(name) || RunTime.Contains(name) || name.EndsWith("@TableName", StringComparison.OrdinalIgnoreCase);

    /// <summary>The built-in's value for this session, or null when the name is not a built-in.</summary>
    /// <param name="name">The name as used.</param>
    /// <param name="scope">Where the session runs.</param>
    /// <param name="mapping">The session's mapping.</param>
    /// <param name="given">The value another layer gives a name (for the service process variables a directory is expanded from), or null.</param>
    public static ResolvedParameter? Resolve(string name, SessionScope scope, string? mapping, Func<string, string?>? given = null)
    {
        var constant = name.ToUpperInvariant() switch
        {
            "$PMFOLDERNAME" => scope.Folder,
            "$PMWORKFLOWNAME" => scope.Workflow,
            "$PMSESSIONNAME" => scope.Session,
            "$PMMAPPINGNAME" => mapping,
            _ => null,
        };
        if (constant is not null)
        {
            return new ResolvedParameter(name, constant, ParameterLayer.System, "where the session runs");
        }

        if (ServiceProcessVariables.DefaultOf(name) is { } directory)
        {
            var expanded = ServiceProcessVariables.Expand(name, given ?? (_ => null));
            return new ResolvedParameter(name, expanded.Value ?? directory, ParameterLayer.System,
                expanded.Value is null || expanded.Value == directory ? "service process directory" : $"service process directory {directory}", IsRunTime: true);
        }

        if (name.Equals(ServiceProcessVariables.Root, StringComparison.OrdinalIgnoreCase))
        {
            return new ResolvedParameter(name, name, ParameterLayer.System, "service process root, given when the driver runs", IsRunTime: true);
        }

        if (ServiceVariables.TryGetValue(name, out var setting))
        {
            return new ResolvedParameter(name, setting, ParameterLayer.System, "service variable default");
        }

        if (name.Equals("$PMSessionLogFile", StringComparison.OrdinalIgnoreCase))
        {
            return new ResolvedParameter(name, scope.Session + ".log", ParameterLayer.System, "default session log name");
        }

        return RunTime.Contains(name) || name.EndsWith("@TableName", StringComparison.OrdinalIgnoreCase)
            ? new ResolvedParameter(name, name, ParameterLayer.System, "run-time value", IsRunTime: true)
            : null;
    }
}
