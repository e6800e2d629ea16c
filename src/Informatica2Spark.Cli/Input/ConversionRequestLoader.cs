using Informatica2Spark.Cli.Commands;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Core.Optimization;
using Informatica2Spark.Core.Pipeline;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Cli.Input;

/// <summary>Reads what a conversion needs from disk (template overrides, the catalog) and builds the request.</summary>
internal static class ConversionRequestLoader
{
    /// <summary>The request, or null with one-line usage problems; catalog findings are returned as diagnostics.</summary>
    public static (ConversionRequest? Request, IReadOnlyList<string> Usage, IReadOnlyList<Diagnostic> Diagnostics) Load(ConvertCommand.Settings settings)
    {
        var usage = new List<string>();
        var diagnostics = new List<Diagnostic>();
        var templates = Templates(settings.Job.Templates, usage);
        var cluster = Cluster(settings.Job.Cluster, usage);
        var sessions = Selectors(settings.Sessions, SessionSelector.Parse, usage);
        var workflows = Selectors(settings.Workflows, WorkflowSelector.Parse, usage);
        Core.Connections.CatalogEnvironment? catalog = null;
        if (settings.Connections is { } file)
        {
            (catalog, var found) = CatalogLoader.Load(file, settings.Environment, settings.Parameters.Root);
            diagnostics.AddRange(found);
            if (catalog is null)
            {
                usage.Add($"{file}: the connection catalog cannot be used (see the findings above)");
                usage.InsertRange(0, found.Select(d => d.ToString()));
            }
        }

        if (templates is null || cluster is null || usage.Count > 0)
        {
            return (null, usage, diagnostics);
        }

        var options = new ConversionOptions
        {
            Platform = settings.Job.Platform,
            Unsupported = settings.Job.Unsupported,
            Catalog = catalog,
            StateStore = settings.Job.StateStore,
            StateLocation = StateLocation(settings),
            Cluster = cluster,
            Volumes = settings.Job.Volumes,
        };
        var parameters = ParameterInputsLoader.PerDocument(settings.Parameters);
        var request = new ConversionRequest(options, templates, document => parameters([document]))
        {
            Sessions = sessions,
            Workflows = workflows,
        };
        return (request, usage, diagnostics);
    }

    /// <summary>The parsed <c>--session</c> or <c>--workflow</c> values; each that does not parse is a usage problem.</summary>
    private static IReadOnlyList<T> Selectors<T>(IEnumerable<string> values, Func<string, (T? Selector, string? Error)> parse, List<string> usage)
        where T : class
    {
        var parsed = values.Select(parse).ToList();
        usage.AddRange(parsed.Select(p => p.Error).OfType<string>());
        return [.. parsed.Select(p => p.Selector).OfType<T>()];
    }

    /// <summary>The store's location for job.yaml: a sqlite file relative to the output directory (with <c>/</c>), else as given.</summary>
    private static string? StateLocation(ConvertCommand.Settings settings) =>
        settings.Job.StateLocation is { } location && settings.Job.StateStore == "sqlite"
            ? Path.GetRelativePath(Path.GetFullPath(settings.Out), Path.GetFullPath(location)).Replace('\\', '/')
            : settings.Job.StateLocation;

    /// <summary>A preset by name, else a cluster profile file.</summary>
    private static ClusterProfile? Cluster(string value, List<string> usage)
    {
        if (ClusterProfiles.Find(value) is { } preset)
        {
            return preset;
        }

        if (!File.Exists(value))
        {
            usage.Add($"--cluster {value}: neither a preset (small, medium, large) nor a cluster profile file");
            return null;
        }

        var (profile, problem) = ClusterProfileParser.Parse(File.ReadAllText(value), value.Replace('\\', '/'));
        if (problem is not null)
        {
            usage.Add(problem);
        }

        return profile;
    }

    private static TemplateSet? Templates(DirectoryInfo? directory, List<string> usage)
    {
        try
        {
            if (directory is null)
            {
                return TemplateSet.Create();
            }

            if (!directory.Exists)
            {
                usage.Add($"--templates {directory}: no such directory");
                return null;
            }

            var overrides = directory.EnumerateFiles("*.hbs").OrderBy(f => f.Name, StringComparer.Ordinal).ToDictionary(f => f.Name, f => File.ReadAllText(f.FullName), StringComparer.Ordinal);
            return TemplateSet.Create(overrides);
        }
        catch (TemplateException error)
        {
            usage.Add(directory is null ? error.Message : $"--templates {directory}: {error.Message}");
            return null;
        }
    }
}
