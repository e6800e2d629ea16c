using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Informatica2Spark.Runtime;

/// <summary>Reads <c>job.yaml</c> into <see cref="JobConfig"/>; an unknown key or a bad value is an error with its line and column.</summary>
public static class JobConfigReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static JobConfig Parse(string yaml, string displayPath)
    {
        try
        {
            return Deserializer.Deserialize<JobConfig>(yaml) ?? new JobConfig();
        }
        catch (YamlException error)
        {
            throw new JobStartException($"{displayPath}:{error.Start.Line}:{error.Start.Column}: {OneLine(error.InnerException?.Message ?? error.Message)}", JobRun.ExitUsage, error);
        }
    }

    public static JobConfig Read(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (IOException error)
        {
            throw new JobStartException($"{path}: cannot be read: {error.Message}", JobRun.ExitUsage, error);
        }
    }

    private static string OneLine(string message) => string.Join(" ", message.Split('\r', '\n'));
}
