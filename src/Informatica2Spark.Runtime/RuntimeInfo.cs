namespace Informatica2Spark.Runtime;

/// <summary>Identity of the run-state library that generated drivers use.</summary>
public static class RuntimeInfo
{
    public const string Name = "Informatica2Spark.Runtime";
}
