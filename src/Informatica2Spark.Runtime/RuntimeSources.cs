using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Informatica2Spark.Runtime;

/// <summary>
/// The library as the driver emitter copies it into each generated driver project: its C# sources (this manifest
/// excepted) and the DDL of each store, with the project items the driver's csproj needs to build them.
/// </summary>
public static class RuntimeSources
{
    private const string SourcePrefix = "Informatica2Spark.Runtime.Sources/";
    private const string StatePrefix = "Informatica2Spark.Runtime.State.";

    /// <summary>The folder of the driver project the files go to.</summary>
    public const string Folder = "Runtime";

    /// <summary>
    /// Files to write under the driver project, by path relative to it with '/' separators (ordinal order):
    /// <c>Runtime/**/*.cs</c> and <c>Runtime/state/{sqlite,postgres}.sql</c>. LF line endings.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Files()
    {
        var assembly = typeof(RuntimeSources).Assembly;
        return assembly.GetManifestResourceNames()
            .Select(name => name.StartsWith(SourcePrefix, StringComparison.Ordinal) ? (Name: name, Path: Folder + "/" + name[SourcePrefix.Length..])
                : name.StartsWith(StatePrefix, StringComparison.Ordinal) ? (Name: name, Path: Folder + "/state/" + name[StatePrefix.Length..])
                : (Name: name, Path: (string?)null))
            .Where(r => r.Path is not null)
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .Select(r => new KeyValuePair<string, string>(r.Path!, Read(r.Name)))
            .ToList();
    }

    /// <summary>The csproj items the copied files need: the two packages and the DDL as embedded resources.</summary>
    public const string ProjectItems = """
          <ItemGroup>
            <PackageReference Include="Microsoft.Data.Sqlite" Version="10.0.11" />
            <PackageReference Include="Npgsql" Version="10.0.0" />
            <PackageReference Include="YamlDotNet" Version="16.3.0" />
          </ItemGroup>
          <ItemGroup>
            <EmbeddedResource Include="Runtime/state/*.sql" LogicalName="Informatica2Spark.Runtime.State.%(Filename)%(Extension)" />
          </ItemGroup>
        """;

    private static string Read(string resource)
    {
        using var stream = typeof(RuntimeSources).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
