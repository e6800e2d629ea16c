using System.Text;
using System.Text.RegularExpressions;

namespace Informatica2Spark.Benchmarks.Synthetic;

/// <summary>
/// Writes a real-shaped export of about the requested size by repeating real exports: copy after copy of every file
/// (in ordinal name order), each file's <c>REPOSITORY</c> elements moved under one UTF-8 <c>POWERMART</c>. Every
/// folder is renamed <c>NAME_Cccc_Fff</c> (copy and file number) so all folders stay distinct, and every shortcut's
/// <c>FOLDERNAME</c> that names a folder of the same file is renamed with it, so shortcuts (including those to folders
/// read later) resolve inside their own copy; worklets, mapplets and everything else are kept byte for byte. The same
/// files and size give the same bytes.
/// </summary>
public sealed partial class CorpusRepeater(IReadOnlyList<string> files, long targetBytes)
{
    /// <summary>Writes the export and returns how many copies (whole or partial) of the files it holds.</summary>
    public int Write(Stream output)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var texts = files.Order(StringComparer.Ordinal).Select(Repositories).ToList();
        var counter = new CountingStream(output);
        using var writer = new StreamWriter(counter, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE POWERMART SYSTEM \"powrmart.dtd\">\n");
        writer.Write("<POWERMART CREATION_DATE=\"01/01/2026 00:00:00\" REPOSITORY_VERSION=\"186.95\">\n");
        var copy = 0;
        while (true)
        {
            copy++;
            for (var file = 0; file < texts.Count; file++)
            {
                writer.Write(Renamed(texts[file], $"_C{copy:D3}_F{file:D2}"));
                writer.Write('\n');
                writer.Flush();
                if (counter.Written >= targetBytes)
                {
                    writer.Write("</POWERMART>\n");
                    return copy;
                }
            }
        }
    }

    /// <summary>The text from the first <c>&lt;REPOSITORY</c> to the end of the last <c>&lt;/REPOSITORY&gt;</c>, decoded as the file declares.</summary>
    private static string Repositories(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(200, bytes.Length));
        var declared = DeclaredEncoding().Match(head) is { Success: true } m ? m.Groups[1].Value : "UTF-8";
        var text = Encoding.GetEncoding(declared).GetString(bytes);
        var start = text.IndexOf("<REPOSITORY ", StringComparison.Ordinal);
        var end = text.LastIndexOf("</REPOSITORY>", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidDataException($"{path}: no REPOSITORY element");
        }

        return text[start..(end + "</REPOSITORY>".Length)];
    }

    private static string Renamed(string text, string suffix)
    {
        var folders = FolderName().Matches(text).Select(m => m.Groups[2].Value).ToHashSet(StringComparer.Ordinal);
        text = FolderName().Replace(text, m => m.Groups[1].Value + m.Groups[2].Value + suffix + m.Groups[3].Value);
        return ShortcutFolder().Replace(text, m => folders.Contains(m.Groups[2].Value) ? m.Groups[1].Value + m.Groups[2].Value + suffix + m.Groups[3].Value : m.Value);
    }

    [GeneratedRegex("encoding\\s*=\\s*[\"']([^\"']+)[\"']")]
    private static partial Regex DeclaredEncoding();

    [GeneratedRegex("(<FOLDER\\s+NAME\\s*=\\s*\")([^\"]*)(\")")]
    private static partial Regex FolderName();

    [GeneratedRegex("(\\sFOLDERNAME\\s*=\\s*\")([^\"]*)(\")")]
    private static partial Regex ShortcutFolder();
}
