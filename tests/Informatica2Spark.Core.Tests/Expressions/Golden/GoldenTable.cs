using Informatica2Spark.Testing;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Informatica2Spark.Core.Tests.Expressions.Golden;

/// <summary>Reads every <c>testdata/expressions/golden/*.yaml</c> file, in file-name order.</summary>
public static class GoldenTable
{
    public static string Directory => Path.Combine(RepositoryPaths.TestData, "expressions", "golden");

    private static readonly Lazy<IReadOnlyList<GoldenCase>> Cases = new(Load);

    public static IReadOnlyList<GoldenCase> All => Cases.Value;

    private static IReadOnlyList<GoldenCase> Load()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var cases = new List<GoldenCase>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            List<GoldenCase> rows;
            try
            {
                rows = deserializer.Deserialize<List<GoldenCase>>(File.ReadAllText(file)) ?? [];
            }
            catch (YamlDotNet.Core.YamlException error)
            {
                throw new InvalidDataException($"{Path.GetFileName(file)}:{error.Start.Line}:{error.Start.Column}: {error.Message}", error);
            }

            foreach (var row in rows)
            {
                row.File = Path.GetFileName(file);
                cases.Add(row);
            }
        }

        return cases;
    }
}
