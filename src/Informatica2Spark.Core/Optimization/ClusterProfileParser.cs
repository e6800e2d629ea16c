using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Informatica2Spark.Core.Optimization;

/// <summary>
/// A cluster profile file: <c>base</c> (a preset to start from, default medium), <c>name</c>, <c>executors</c>,
/// <c>executorCores</c>, <c>executorMemory</c> and <c>driverMemory</c> (<c>8g</c>, <c>4096m</c>), <c>driverCores</c>,
/// <c>eventLogDir</c> (the existing directory or URI Spark writes event logs to).
/// A problem is one line with <c>file:line:column</c>.
/// </summary>
public static class ClusterProfileParser
{
    public static (ClusterProfile? Profile, string? Problem) Parse(string yaml, string displayPath)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException error)
        {
            return (null, $"{displayPath}:{error.Start.Line}:{error.Start.Column}: not valid YAML: {error.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return (null, $"{displayPath}:1:1: a cluster profile is a mapping of executors, executorCores, executorMemory, driverMemory, driverCores");
        }

        var profile = ClusterProfiles.Default with { Name = Path.GetFileNameWithoutExtension(displayPath) };
        if (root.Children.FirstOrDefault(c => Key(c.Key) == "base").Value is YamlScalarNode preset)
        {
            if (ClusterProfiles.Find(preset.Value ?? string.Empty) is not { } found)
            {
                return (null, At(displayPath, preset, $"base '{preset.Value}' is not a preset: use small, medium or large"));
            }

            profile = found with { Name = profile.Name };
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = Key(keyNode);
            var value = (valueNode as YamlScalarNode)?.Value ?? string.Empty;
            int? Number() => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
            int? Megabytes() => Memory(value);
            (profile, var problem) = key switch
            {
                "base" => (profile, null),
                "name" => (profile with { Name = value }, null),
                "executors" => Number() is { } n ? (profile with { Executors = n }, null) : (profile, "executors must be a positive whole number"),
                "executorCores" => Number() is { } n ? (profile with { ExecutorCores = n }, null) : (profile, "executorCores must be a positive whole number"),
                "driverCores" => Number() is { } n ? (profile with { DriverCores = n }, null) : (profile, "driverCores must be a positive whole number"),
                "executorMemory" => Megabytes() is { } m ? (profile with { ExecutorMemoryMb = m }, null) : (profile, "executorMemory must be a size such as 8g or 4096m"),
                "driverMemory" => Megabytes() is { } m ? (profile with { DriverMemoryMb = m }, null) : (profile, "driverMemory must be a size such as 4g or 2048m"),
                "eventLogDir" => value.Trim().Length > 0 && !value.Any(char.IsControl) ? (profile with { EventLogDir = value.Trim() }, null)
                    : (profile, "eventLogDir must be the directory or URI Spark writes event logs to, such as hdfs:///spark-logs"),
                _ => (profile, (string?)$"unknown key '{key}': use base, name, executors, executorCores, executorMemory, driverMemory, driverCores, eventLogDir"),
            };
            if (problem is not null)
            {
                return (null, At(displayPath, key is "executors" or "executorCores" or "driverCores" or "executorMemory" or "driverMemory" or "eventLogDir" ? valueNode : keyNode, problem));
            }
        }

        return (profile, null);
    }

    private static string Key(YamlNode node) => (node as YamlScalarNode)?.Value ?? string.Empty;

    private static string At(string path, YamlNode node, string problem) => $"{path}:{node.Start.Line}:{node.Start.Column}: {problem}";

    private static int? Memory(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        var factor = value.EndsWith('g') ? 1024 : value.EndsWith('m') ? 1 : 0;
        return factor > 0 && int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n <= int.MaxValue / factor ? n * factor : null;
    }
}
