namespace Informatica2Spark.Core.Emit.Spark;

/// <summary>
/// The libraries generated drivers build with, as sources embedded in i2s: the run-state library
/// (src/Informatica2Spark.Runtime), the syntax library it shares with the converter (src/Informatica2Spark.Syntax,
/// under <c>Syntax/</c>), and the DDL of each run-state store (under <c>state/</c>).
/// </summary>
public static class DriverLibrary
{
    private const string Prefix = "Informatica2Spark.DriverLibrary/";

    /// <summary>
    /// Every file by its path in the library project, '/' separated, in ordinal order, with LF line endings:
    /// <c>**/*.cs</c>, <c>Syntax/**/*.cs</c>, <c>state/{postgres,sqlite}.sql</c>.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Files()
    {
        var assembly = typeof(DriverLibrary).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name => (Name: name, Path: name[Prefix.Length..].Replace('\\', '/')))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .Select(r => new KeyValuePair<string, string>(r.Path, Read(assembly, r.Name)))];
    }

    /// <summary>The project items the library needs: its packages, and the DDL as the resources the stores read.</summary>
    public const string ProjectItems = """
          <ItemGroup>
            <PackageReference Include="Microsoft.Data.Sqlite" Version="10.0.11" />
            <PackageReference Include="Npgsql" Version="10.0.0" />
            <PackageReference Include="YamlDotNet" Version="16.3.0" />
          </ItemGroup>
          <ItemGroup>
            <EmbeddedResource Include="state/*.sql" LogicalName="Informatica2Spark.Runtime.State.%(Filename)%(Extension)" />
          </ItemGroup>
        """;

    private static string Read(System.Reflection.Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
