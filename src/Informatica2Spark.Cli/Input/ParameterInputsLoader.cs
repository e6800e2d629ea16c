using System.Collections;
using Informatica2Spark.Cli.Options;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parameters;

namespace Informatica2Spark.Cli.Input;

/// <summary>
/// Reads the parameter files and the environment the parameter options point at. Files are decoded in the code page
/// named with <c>--param-encoding</c>, else the repository code page of the first export that names one, else UTF-8
/// (<see cref="ParameterFileText"/>).
/// </summary>
internal static class ParameterInputsLoader
{
    public static (ParameterInputs Inputs, IReadOnlyList<Diagnostic> Diagnostics) Load(ParameterSettings settings, IEnumerable<ExportDocument> documents) =>
        PerDocument(settings)(documents);

    /// <summary>
    /// For a run that reads exports piece by piece: the files given and the environment are read once, and each
    /// session's own parameter file is parsed the first time a piece names it; each problem is reported once.
    /// </summary>
    public static Func<IEnumerable<ExportDocument>, (ParameterInputs Inputs, IReadOnlyList<Diagnostic> Diagnostics)> PerDocument(ParameterSettings settings)
    {
        ParameterInputs? common = null;
        System.Text.Encoding? encoding = settings.Encoding is { } named ? ParameterFileText.EncodingOf(named) : null;

        // Several names can lead to one file: parse it once, so it is one file to the resolver.
        var parsed = new Dictionary<string, ParameterFile?>(StringComparer.Ordinal);
        return documents =>
        {
            var diagnostics = new List<Diagnostic>();
            documents = documents as IReadOnlyCollection<ExportDocument> ?? documents.ToList();
            encoding ??= documents.SelectMany(d => d.Repositories).Select(r => ParameterFileText.EncodingOf(r.CodePage)).FirstOrDefault(e => e is not null);
            common ??= new ParameterInputs
            {
                Files = settings.Files.Select(f => Parse(f, settings.Root?.Display(f) ?? f.Replace('\\', '/'), encoding, diagnostics)).OfType<ParameterFile>().ToList(),
                Cli = settings.Values.Select(v => new CliParameter(v.Name, v.Value)).ToList(),
                ReadsEnvironment = settings.ReadsEnvironment,
                Environment = !settings.ReadsEnvironment ? new Dictionary<string, string>(StringComparer.Ordinal) : Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
                    .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty, StringComparer.Ordinal),
            };
            var own = new Dictionary<string, ParameterFile>(StringComparer.Ordinal);
            if (settings.Directory is { } directory)
            {
                foreach (var name in OwnFileNames(documents).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                {
                    var found = ParameterFileNames.Candidates(name).Select(c => Path.GetFullPath(Path.Combine(directory.FullName, c))).FirstOrDefault(File.Exists);
                    if (found is null)
                    {
                        continue;
                    }

                    if (!parsed.TryGetValue(found, out var file))
                    {
                        parsed[found] = file = Parse(found, settings.Root?.Display(found) ?? Display(directory, found), encoding, diagnostics);
                    }

                    if (file is not null)
                    {
                        own[name] = file;
                    }
                }
            }

            return (common with { OwnFiles = own }, diagnostics);
        };
    }

    private static ParameterFile? Parse(string path, string display, System.Text.Encoding? encoding, List<Diagnostic> diagnostics)
    {
        try
        {
            var (text, decoding) = ParameterFileText.Decode(File.ReadAllBytes(path), encoding ?? new System.Text.UTF8Encoding(false), display);
            var (file, found) = ParameterFileParser.Parse(text, display);
            diagnostics.AddRange(decoding);
            diagnostics.AddRange(found);
            return file;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A directory opened as a file is refused as access denied: say what it is.
            var reason = Directory.Exists(path) ? "it is a directory; give a file" : InputOpener.Reason(error);
            diagnostics.Add(DiagnosticCodes.FileUnreadable.Create($"cannot read the parameter file: {reason}", new SourceLocation(display)));
            return null;
        }
    }

    private static IEnumerable<string> OwnFileNames(IEnumerable<ExportDocument> documents) =>
        documents.SelectMany(d => d.Folders).SelectMany(f =>
            f.Sessions.Select(s => s.Attributes.Get("Parameter Filename"))
                .Concat(f.Workflows.SelectMany(w => Containers(w)).SelectMany(c =>
                    c.Sessions.Select(s => s.Attributes.Get("Parameter Filename"))
                        .Concat(c.TaskInstances.Select(t => t.Attributes.Get("Parameter Filename")))
                        .Concat([c.Attributes.Get("Parameter Filename")]))))
            .OfType<string>().Where(n => n.Length > 0);

    private static IEnumerable<IWorkflowContainer> Containers(IWorkflowContainer container) =>
        container.Worklets.SelectMany(Containers).Prepend(container);

    private static string Display(DirectoryInfo directory, string path) =>
        Path.Join(directory.ToString(), Path.GetRelativePath(directory.FullName, path)).Replace('\\', '/');
}
