using System.Security.Cryptography;
using System.Text;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// Safe file and identifier names for generated outputs: portable on every file system, stable for a given input.
/// </summary>
public static class OutputNames
{
    /// <summary>The folder of reusable sessions no workflow runs.</summary>
    public const string Reusable = "_reusable";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The longest name <see cref="Shorten"/> leaves: well below the 255 bytes a file name may take on common file systems.</summary>
    public const int MaxLength = 100;

    /// <summary>
    /// A file or folder name: letters, digits, '.', '-' and '_' kept, anything else '_'; never reserved, hidden or empty;
    /// at most <see cref="MaxLength"/> characters (<see cref="Shorten"/>).
    /// </summary>
    public static string File(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        var safe = builder.ToString().Trim('.');
        return safe.Length == 0 || Reserved.Contains(safe.Split('.')[0]) ? "_" + safe : Shorten(safe);
    }

    /// <summary>
    /// The one rule for every name derived from an object's name that becomes a file or folder name: a name longer than
    /// <see cref="MaxLength"/> keeps its first characters and ends with '_' and 8 hexadecimal digits of the SHA-256 of
    /// the whole name, so it stays the same on every run and two long names that share their beginning stay apart.
    /// Letters, digits and '_' only are added, so a safe file name or C# identifier stays one.
    /// </summary>
    public static string Shorten(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        return $"{name[..(MaxLength - hash.Length - 1)]}_{hash}";
    }

    /// <summary>A driver project's name (its .csproj, assembly and .dll): a C# identifier, shortened as file names are.</summary>
    public static string Project(string name) => Shorten(Identifier(name));

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "Program", "System", "Microsoft", "Informatica2Spark",
    };

    /// <summary>
    /// A C# identifier: letters, digits and '_'; a leading digit, a C# keyword, or a name the driver's code uses
    /// (<c>Program</c>, <c>System</c>, <c>Microsoft</c>) gets a '_' first.
    /// </summary>
    public static string Identifier(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        var id = builder.ToString();
        return id.Length == 0 || char.IsAsciiDigit(id[0]) || Keywords.Contains(id) ? "_" + id : id;
    }

    /// <summary>The output directory of a session occurrence, relative to <c>--out</c>.</summary>
    public static string SessionDirectory(string folder, string? workflow, IReadOnlyList<string> worklets, string session) =>
        string.Join('/', new[] { File(folder), workflow is null ? Reusable : Workflow(workflow) }.Concat(worklets.Select(File)).Append(File(session)));

    /// <summary>A workflow's directory (<c>FOLDER/WORKFLOW</c>): where its sessions' directories and its workflow.yaml are.</summary>
    public static string WorkflowDirectory(string folder, string workflow) => $"{File(folder)}/{Workflow(workflow)}";

    /// <summary>A workflow's folder; one that would read as the reusable-sessions folder gets another '_'.</summary>
    private static string Workflow(string name) => File(name) is var safe && safe.Equals(Reusable, StringComparison.OrdinalIgnoreCase) ? "_" + safe : safe;
}
