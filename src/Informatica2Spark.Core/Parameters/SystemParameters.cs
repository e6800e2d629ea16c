namespace Informatica2Spark.Core.Parameters;

/// <summary>
/// PowerCenter built-ins: names known from where the session runs, service-process directories (relative to
/// <c>$PMRootDir</c>, which only the running service knows) and values that change every run. Directory and run-time
/// values stay expressions for the generated job to evaluate; they are never frozen into constants.
/// </summary>
public static class SystemParameters
{
    private static readonly Dictionary<string, string> Directories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["$PMSessionLogDir"] = "$PMRootDir/SessLogs",
        ["$PMBadFileDir"] = "$PMRootDir/BadFiles",
        ["$PMCacheDir"] = "$PMRootDir/Cache",
        ["$PMTargetFileDir"] = "$PMRootDir/TgtFiles",
        ["$PMSourceFileDir"] = "$PMRootDir/SrcFiles",
        ["$PMExtProcDir"] = "$PMRootDir/ExtProc",
        ["$PMTempDir"] = "$PMRootDir/Temp",
        ["$PMWorkflowLogDir"] = "$PMRootDir/WorkflowLogs",
        ["$PMLookupFileDir"] = "$PMRootDir/LkpFiles",
        ["$PMStorageDir"] = "$PMRootDir/Storage",
    };

    private static readonly HashSet<string> RunTime = new(StringComparer.OrdinalIgnoreCase)
    {
        "$PMRootDir", "$PMWorkflowRunId", "$PMWorkflowRunInstanceName", "$PMSessionRunMode", "$PMIntegrationServiceName",
        "$PMRepositoryServiceName", "$PMRepositoryUserName", "$$$SessStartTime", "SESSSTARTTIME", "SYSDATE", "WORKFLOWSTARTTIME",
    };

    /// <summary>The built-in's value for this session, or null when the name is not a built-in.</summary>
    public static ResolvedParameter? Resolve(string name, SessionScope scope, string? mapping)
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

        if (Directories.TryGetValue(name, out var directory))
        {
            return new ResolvedParameter(name, directory, ParameterLayer.System, "service process directory", IsRunTime: true);
        }

        return RunTime.Contains(name)
            ? new ResolvedParameter(name, name, ParameterLayer.System, "run-time value", IsRunTime: true)
            : null;
    }
}
