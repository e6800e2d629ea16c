using System.Text.Json;

namespace Informatica2Spark.Cli.Output;

/// <summary>
/// What shows that i2s wrote an output directory, and which of its files it wrote: a directory is replaced only when
/// it is empty, or holds its marker and no file the marker does not list (build outputs of the generated projects,
/// <c>bin/</c>, <c>obj/</c> and <c>publish/</c> beside a listed file, excepted). Anything else (an export, a parameter
/// file, a <c>.git</c> directory, notes) would be lost with the replaced tree, so the run is refused before it starts.
/// </summary>
/// <param name="Marker">The file i2s writes into every such directory (<c>i2s-manifest.json</c>, <c>assessment.json</c>).</param>
/// <param name="Listed">The files, relative with <c>/</c>, that the directory's marker says i2s wrote (the marker itself aside).</param>
internal sealed record OutputOwnership(string Marker, Func<string, IReadOnlySet<string>> Listed)
{
    private static readonly HashSet<string> BuildOutputs = new(["bin", "obj", "publish"], StringComparer.Ordinal);

    /// <summary>A directory whose marker is the run manifest: the files its <c>files[].path</c> lists (none when it cannot be read).</summary>
    public static OutputOwnership Manifest(string marker) => new(marker, directory => ManifestFiles(Path.Combine(directory, marker)));

    /// <summary>A directory i2s always writes the same files into.</summary>
    public static OutputOwnership Files(string marker, IEnumerable<string> files)
    {
        var set = files.ToHashSet(StringComparer.Ordinal);
        return new(marker, _ => set);
    }

    /// <summary>The files of <paramref name="directory"/> i2s did not write, relative with <c>/</c>, in ordinal order; empty for an empty directory.</summary>
    public IReadOnlyList<string> Foreign(string directory)
    {
        var present = Entries(new DirectoryInfo(directory), string.Empty).ToList();
        if (present.Count == 0)
        {
            return [];
        }

        if (!present.Contains(Marker, StringComparer.Ordinal))
        {
            return [.. present.Order(StringComparer.Ordinal)];
        }

        var listed = Listed(directory);
        var folders = listed.SelectMany(Parents).ToHashSet(StringComparer.Ordinal);
        return [.. present.Where(p => p != Marker && !listed.Contains(p) && !IsBuildOutput(p, folders)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every file, link and empty directory below <paramref name="directory"/>; links are entries, never followed.</summary>
    private static IEnumerable<string> Entries(DirectoryInfo directory, string prefix)
    {
        var any = false;
        foreach (var entry in directory.EnumerateFileSystemInfos())
        {
            any = true;
            var path = prefix + entry.Name;
            if (entry is DirectoryInfo child && entry.LinkTarget is null)
            {
                foreach (var nested in Entries(child, path + "/"))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return path;
            }
        }

        if (!any && prefix.Length > 0)
        {
            yield return prefix;
        }
    }

    private static IEnumerable<string> Parents(string path)
    {
        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..(slash + 1)];
        }
    }

    /// <summary>A path under <c>bin/</c>, <c>obj/</c> or <c>publish/</c> in a directory that holds a listed file: what building a generated project leaves.</summary>
    private static bool IsBuildOutput(string path, HashSet<string> folders)
    {
        var start = 0;
        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            if (BuildOutputs.Contains(path[start..slash]) && (start == 0 || folders.Contains(path[..start])))
            {
                return true;
            }

            start = slash + 1;
        }

        return false;
    }

    private static IReadOnlySet<string> ManifestFiles(string manifest)
    {
        try
        {
            using var stream = File.OpenRead(manifest);
            using var json = JsonDocument.Parse(stream);
            return json.RootElement.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array
                ? files.EnumerateArray().Select(f => f.TryGetProperty("path", out var p) ? p.GetString() : null).OfType<string>().ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>();
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            return new HashSet<string>();
        }
    }
}
