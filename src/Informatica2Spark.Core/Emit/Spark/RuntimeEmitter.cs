namespace Informatica2Spark.Core.Emit.Spark;

/// <summary>
/// The run-state library every driver references, written once per output directory under <c>_runtime/</c> as a
/// project of its own (its sources and the DDL of each store), so drivers share one copy.
/// </summary>
public static class RuntimeEmitter
{
    public const string Directory = "_runtime";

    public const string ProjectPath = Directory + "/Informatica2Spark.Runtime.csproj";

    public static IEnumerable<OutputFile> Emit() => [];
}
