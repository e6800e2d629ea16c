using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Testing;

namespace Informatica2Spark.Core.Tests.Mappings;

/// <summary>Every mapping of the corpus exports, with its folder, every folder of its export and the export's file name.</summary>
internal static class CorpusMappings
{
    public static IEnumerable<(string File, Folder Folder, Mapping Mapping, IReadOnlyList<Folder> Folders)> All()
    {
        foreach (var file in RepositoryPaths.CorpusExports)
        {
            using var stream = File.OpenRead(file);
            var document = ExportReader.ReadDocument(stream, Path.GetFileName(file)).Document!;
            var folders = document.Folders.ToList();
            foreach (var folder in folders)
            {
                foreach (var mapping in folder.Mappings)
                {
                    yield return (Path.GetFileName(file), folder, mapping, folders);
                }
            }
        }
    }
}
