using System.Text;

namespace Informatica2Spark.Cli.Output;

/// <summary>Writes a file by writing a temporary sibling and renaming it over the target: never half-written.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) as the whole content of <paramref name="path"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The file's directory does not exist: it is never created here.</exception>
    public static void WriteText(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + ".i2s-" + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, text, Utf8NoBom);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
