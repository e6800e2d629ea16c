using System.Reflection;

namespace Informatica2Spark.Core.Emit;

/// <summary>The tool's name and version as every output states them.</summary>
public static class ToolInfo
{
    public const string Name = "i2s";

    public const string InformationUri = "https://github.com/informatica2spark/i2s";

    public static string Version { get; } =
        (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
