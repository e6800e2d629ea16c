namespace Informatica2Spark.Core.Emit.Spark;

/// <summary>
/// The run-state library every driver references, written once per output directory under <c>_runtime/</c> as a
/// project of its own (its sources, the shared syntax library's under <c>Syntax/</c>, and the DDL of each store),
/// so all drivers share one reviewed copy; with it, the files at the output root that make the output build alike
/// wherever it is written (<see cref="BuildIsolation"/>).
/// </summary>
public static class RuntimeEmitter
{
    public const string Directory = "_runtime";

    public const string ProjectPath = Directory + "/Informatica2Spark.Runtime.csproj";

    public static IEnumerable<OutputFile> Emit() =>
    [
        .. BuildIsolation.Files(),
        OutputFile.Text(ProjectPath, Project),
        .. DriverLibrary.Files().Select(f => OutputFile.Text($"{Directory}/{f.Key}", f.Value)),
    ];

    private static string Project => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <!-- The i2s run-state library, shared by the drivers of this output. -->
          <PropertyGroup>
            <TargetFramework>net8.0</TargetFramework>
            <LangVersion>12</LangVersion>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <AssemblyName>Informatica2Spark.Runtime</AssemblyName>
            {BuildIsolation.ProjectProperties}
          </PropertyGroup>
        {DriverLibrary.ProjectItems}
        </Project>

        """;
}
