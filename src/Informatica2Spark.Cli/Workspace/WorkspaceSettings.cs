using Informatica2Spark.Core.Conversion;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Informatica2Spark.Cli.Workspace;

/// <summary>
/// The settings of a migration workspace, read from its <c>i2s.yaml</c> (schema in docs/workspace.md). Every key is
/// the long name of the command-line option it stands for (<c>spark-version</c> for <c>--spark-version</c>); a value
/// given on the command line wins. Paths are relative to the directory holding the file and are returned resolved
/// (full paths). A key left out keeps the option's own default.
/// </summary>
/// <param name="File">The full path of the <c>i2s.yaml</c> read.</param>
internal sealed record WorkspaceSettings(string File)
{
    /// <summary>The name every command looks for, from the current directory upwards.</summary>
    public const string FileName = "i2s.yaml";

    /// <summary>The directory holding <see cref="File"/>: the workspace root, which inputs are recorded relative to.</summary>
    public string Directory => Path.GetDirectoryName(File)!;

    /// <summary><c>exports</c>: the export files or directories converted when no path is given.</summary>
    public IReadOnlyList<string> Exports { get; init; } = [];

    /// <summary><c>out</c>: the output directory of <c>convert</c>, and where <c>status</c> reads the manifest.</summary>
    public string? Out { get; init; }

    /// <summary><c>env</c>: the connection catalog's environment.</summary>
    public string? Env { get; init; }

    /// <summary><c>connections</c>: the connection catalog file.</summary>
    public string? Connections { get; init; }

    /// <summary><c>param-dir</c>: where the parameter files sessions name are found.</summary>
    public string? ParamDir { get; init; }

    /// <summary><c>param-file</c>: the parameter files of the run, in order.</summary>
    public IReadOnlyList<string> ParamFiles { get; init; } = [];

    /// <summary><c>cluster</c>: a preset name (small, medium, large) or a cluster profile file (resolved when it is not a preset).</summary>
    public string? Cluster { get; init; }

    /// <summary><c>spark-version</c>.</summary>
    public string? SparkVersion { get; init; }

    /// <summary><c>orchestrator</c>: the orchestrator workflows are generated for (<c>--orchestrator</c>).</summary>
    public string? Orchestrator { get; init; }

    /// <summary><c>templates</c>: the directory of templates that replace the built-in ones by file name.</summary>
    public string? Templates { get; init; }

    /// <summary><c>unsupported</c>: warn or error.</summary>
    public string? Unsupported { get; init; }

    /// <summary><c>max-parallel</c>: how many sessions convert at once.</summary>
    public int? MaxParallel { get; init; }

    /// <summary><c>state</c>: the run-state store the generated jobs write and <c>status</c> reads.</summary>
    public WorkspaceState State { get; init; } = new();

    /// <summary>
    /// Reads and checks <paramref name="file"/>; on failure the one-line problem starts with <c>file:line:column:</c>
    /// (YAML syntax, an unknown key, a value of the wrong type).
    /// </summary>
    public static (WorkspaceSettings? Settings, string? Problem) Load(string file)
    {
        var full = Path.GetFullPath(file);
        string text;
        try
        {
            text = System.IO.File.ReadAllText(full);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (null, $"{full}: cannot read the workspace settings: {error.Message}");
        }

        WorkspaceFile? read;
        try
        {
            if (SyntaxProblem(text) is { } syntax)
            {
                return (null, $"{full}:{syntax}");
            }

            read = Deserializer.Deserialize<WorkspaceFile?>(text);
        }
        catch (YamlException error)
        {
            // A syntax error found while deserializing is wrapped: the innermost YAML error has the place and the reason.
            var innermost = error;
            for (Exception? inner = error; inner is not null; inner = inner.InnerException)
            {
                innermost = inner as YamlException ?? innermost;
            }

            return (null, $"{full}:{innermost.Start.Line}:{innermost.Start.Column}: {Explain(innermost)}");
        }

        var directory = Path.GetDirectoryName(full)!;
        string? Resolve(string? path) => string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(Path.Combine(directory, path));
        read ??= new WorkspaceFile();
        var state = read.State ?? new StateFile();
        return (new WorkspaceSettings(full)
        {
            Exports = [.. OneOrMany(read.Exports).Select(Resolve).OfType<string>()],
            Out = Resolve(read.Out),
            Env = NullIfBlank(read.Env),
            Connections = Resolve(read.Connections),
            ParamDir = Resolve(read.ParamDir),
            ParamFiles = [.. OneOrMany(read.ParamFile).Select(Resolve).OfType<string>()],
            Cluster = read.Cluster is { } cluster && Core.Optimization.ClusterProfiles.Find(cluster) is null ? Resolve(cluster) : NullIfBlank(read.Cluster),
            SparkVersion = NullIfBlank(read.SparkVersion),
            Orchestrator = NullIfBlank(read.Orchestrator),
            Templates = Resolve(read.Templates),
            Unsupported = NullIfBlank(read.Unsupported),
            MaxParallel = read.MaxParallel,
            State = new WorkspaceState
            {
                Store = NullIfBlank(state.Store) ?? "sqlite",
                Path = Resolve(state.Path),
                Connection = NullIfBlank(state.Connection),
                Schema = NullIfBlank(state.Schema),
            },
        }, null);
    }

    /// <summary>
    /// <c>line:column: not valid YAML: ...</c>, or null: the syntax is checked on its own first, so its errors carry
    /// their place and reason (YamlDotNet's scanner throws a bare <see cref="InvalidOperationException"/> on some
    /// broken plain scalars: the place is then the end of the last event read).
    /// </summary>
    private static string? SyntaxProblem(string text)
    {
        var parser = new Parser(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
            }

            return null;
        }
        catch (YamlException error)
        {
            return $"{error.Start.Line}:{error.Start.Column}: not valid YAML: {error.Message.ReplaceLineEndings(" ")}";
        }
        catch (InvalidOperationException)
        {
            return $"{last.Line}:{last.Column}: not valid YAML after this point (a value with ': ' inside needs quotes)";
        }
    }

    /// <summary>The nearest <c>i2s.yaml</c> at or above <paramref name="directory"/>, or null.</summary>
    public static string? Find(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, FileName);
            if (System.IO.File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static IEnumerable<string?> OneOrMany(PathList? value) => value?.Paths ?? [];

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .WithTypeConverter(new PathListConverter())
        .Build();

    /// <summary>YamlDotNet's message without .NET type names: an unknown key is named, a bad value says what was expected.</summary>
    private static string Explain(YamlException error)
    {
        if (error is SyntaxErrorException or SemanticErrorException)
        {
            return "not valid YAML: " + error.Message.ReplaceLineEndings(" ");
        }

        var message = (error.InnerException as YamlException ?? error).Message;
        if (message.StartsWith("Property '", StringComparison.Ordinal) && message.Contains("' not found on type", StringComparison.Ordinal))
        {
            var key = message["Property '".Length..message.IndexOf('\'', "Property '".Length)];
            return $"unknown key '{key}': the keys are {string.Join(", ", WorkspaceFile.Keys)} (docs/workspace.md)";
        }

        if (message.StartsWith("No node deserializer", StringComparison.Ordinal) || message.StartsWith("Expected '", StringComparison.Ordinal))
        {
            return "a value of the wrong shape: a single value, a list or a mapping where another is expected (docs/workspace.md)";
        }

        if (error.InnerException is FormatException or InvalidCastException || message.Contains("Exception during deserialization", StringComparison.Ordinal))
        {
            return $"a value of the wrong type ({(error.InnerException ?? error).Message.ReplaceLineEndings(" ")}); see docs/workspace.md";
        }

        return message.ReplaceLineEndings(" ");
    }

    /// <summary>The file as written; YamlDotNet fills it, <see cref="Load"/> checks and resolves it.</summary>
    private sealed class WorkspaceFile
    {
        public static IReadOnlyList<string> Keys { get; } =
            ["exports", "out", "env", "connections", "param-dir", "param-file", "cluster", "spark-version", "orchestrator", "templates", "unsupported", "max-parallel", "state"];

        public PathList? Exports { get; set; }

        public string? Out { get; set; }

        public string? Env { get; set; }

        public string? Connections { get; set; }

        public string? ParamDir { get; set; }

        public PathList? ParamFile { get; set; }

        public string? Cluster { get; set; }

        public string? SparkVersion { get; set; }

        public string? Orchestrator { get; set; }

        public string? Templates { get; set; }

        public string? Unsupported { get; set; }

        public int? MaxParallel { get; set; }

        public StateFile? State { get; set; }
    }

    /// <summary>The value of a key that takes paths: one path, or a list of them.</summary>
    private sealed record PathList(IReadOnlyList<string> Paths);

    /// <summary>Reads a <see cref="PathList"/> from a scalar or a sequence of scalars; anything else is an error at its place.</summary>
    private sealed class PathListConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(PathList);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
        {
            if (parser.TryConsume<Scalar>(out var one))
            {
                return new PathList(one.Value.Length == 0 ? [] : [one.Value]);
            }

            if (parser.TryConsume<SequenceStart>(out _))
            {
                var paths = new List<string>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    paths.Add(parser.TryConsume<Scalar>(out var item) ? item.Value : throw new YamlException(parser.Current!.Start, parser.Current.End, "expected a path here"));
                }

                return new PathList(paths);
            }

            throw new YamlException(parser.Current!.Start, parser.Current.End, "expected a path or a list of paths");
        }

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) => throw new NotSupportedException();
    }

    private sealed class StateFile
    {
        public string? Store { get; set; }

        public string? Path { get; set; }

        public string? Connection { get; set; }

        public string? Schema { get; set; }
    }
}

/// <summary>
/// The <c>state</c> section of <c>i2s.yaml</c>: the store (<c>sqlite</c>, <c>postgres</c> or <c>none</c>, the value of
/// <c>convert --state-store</c>), the SQLite file (full path) or the PostgreSQL connection as a secret reference
/// (<c>env:NAME</c>, <c>file:PATH</c>, <c>akv://VAULT/SECRET</c>) and schema, as <c>i2s state init</c> takes them.
/// </summary>
internal sealed record WorkspaceState
{
    public string Store { get; init; } = "sqlite";

    public string? Path { get; init; }

    public string? Connection { get; init; }

    public string? Schema { get; init; }
}
