using System;
using System.Collections.Generic;
using System.Linq;

namespace Informatica2Spark.Syntax;

/// <summary>The value of a service process variable with every service process variable it refers to expanded.</summary>
/// <param name="Value">The expanded value, or null when it cannot be expanded.</param>
/// <param name="Missing">Service process variables the value needs that have no value (<c>$PMRootDir</c>), each once.</param>
/// <param name="Cycle">When the variables refer to each other in a circle, the names around it (<c>$PMA, $PMB, $PMA</c>); else null.</param>
public sealed record ServiceProcessValue(string? Value, IReadOnlyList<string> Missing, IReadOnlyList<string>? Cycle)
{
    /// <summary>The problem in one line, or null when the value is complete.</summary>
    public string? Problem => Cycle is { } cycle
        ? $"service process variables refer to each other in a cycle: {string.Join(" -> ", cycle)}"
        : Missing.Count > 0 ? $"{string.Join(", ", Missing)} {(Missing.Count == 1 ? "has" : "have")} no value" : null;
}

/// <summary>
/// The Integration Service's service process variables: the directories it reads and writes files in
/// (Application Service Guide, PowerCenter Integration Service Processes: Directories for PowerCenter Integration
/// Service Files; Configuring $PMRootDir). Each directory defaults to a subdirectory of <c>$PMRootDir</c>
/// (<c>$PMSourceFileDir</c> is <c>$PMRootDir/SrcFiles</c>), and "you can use $PMRootDir to define subdirectories for
/// other service process variable values": so a service process variable's value is expanded, recursively, where it
/// mentions another service process variable, with a cycle check. Values of other parameters stay literal (Advanced
/// Workflow Guide, Parameter Files). A parameter file may set these variables (Parameter and Variable Types:
/// "The service process variable values you define in the parameter file override the values that are set in the
/// Administrator tool"). Used alike by i2s at conversion and by generated drivers when they start.
/// </summary>
public static class ServiceProcessVariables
{
    /// <summary>The root every default directory is under; only the running service knows it.</summary>
    public const string Root = "$PMRootDir";

    private static readonly (string Name, string Subdirectory)[] Directories =
    [
        ("$PMSessionLogDir", "SessLogs"),
        ("$PMBadFileDir", "BadFiles"),
        ("$PMCacheDir", "Cache"),
        ("$PMTargetFileDir", "TgtFiles"),
        ("$PMSourceFileDir", "SrcFiles"),
        ("$PMExtProcDir", "ExtProc"),
        ("$PMTempDir", "Temp"),
        ("$PMWorkflowLogDir", "WorkflowLogs"),
        ("$PMLookupFileDir", "LkpFiles"),
        ("$PMStorageDir", "Storage"),
    ];

    /// <summary>Every service process variable, <c>$PMRootDir</c> first.</summary>
    public static IReadOnlyList<string> Names { get; } = [Root, .. Directories.Select(d => d.Name)];

    /// <summary>Whether <paramref name="name"/> is a service process variable (case-insensitive).</summary>
    public static bool Contains(string name) => Names.Any(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The documented default of a directory (<c>$PMRootDir/SrcFiles</c>); null for <c>$PMRootDir</c> and other names.</summary>
    public static string? DefaultOf(string name)
    {
        foreach (var (directory, subdirectory) in Directories)
        {
            if (directory.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return Root + "/" + subdirectory;
            }
        }

        return null;
    }

    /// <summary>
    /// The value of <paramref name="name"/>: its given value (<paramref name="given"/>; null when none, then its
    /// documented default) with every service process variable it mentions expanded the same way.
    /// </summary>
    /// <param name="name">A service process variable.</param>
    /// <param name="given">The value given to a service process variable (command line, environment, parameter file), or null.</param>
    public static ServiceProcessValue Expand(string name, Func<string, string?> given)
    {
        var missing = new List<string>();
        var path = new List<string>();
        IReadOnlyList<string>? cycle = null;
        var value = Expand(name);
        return cycle is not null ? new ServiceProcessValue(null, [], cycle)
            : missing.Count > 0 ? new ServiceProcessValue(null, missing, null)
            : new ServiceProcessValue(value, [], null);

        string? Expand(string current)
        {
            var index = path.FindIndex(p => p.Equals(current, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                cycle ??= [.. path.Skip(index), current];
                return null;
            }

            var text = given(current) ?? DefaultOf(current);
            if (text is null)
            {
                if (!missing.Contains(current, StringComparer.OrdinalIgnoreCase))
                {
                    missing.Add(current);
                }

                return null;
            }

            path.Add(current);
            var expanded = ParameterReferences.Replace(text, reference => Contains(reference) ? Expand(reference) ?? reference : null);
            path.RemoveAt(path.Count - 1);
            return expanded;
        }
    }
}
