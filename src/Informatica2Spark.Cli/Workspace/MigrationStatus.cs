using System.Data.Common;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using Informatica2Spark.Cli.Connectivity;
using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Runtime;

namespace Informatica2Spark.Cli.Workspace;

/// <summary>
/// Where a migration stands, as <c>i2s status</c> shows it: each session (and each workflow, when the manifest lists
/// workflows) of the last manifest with its conversion status, <c>stale</c> when its export changed or is gone since
/// (the SHA-256 the manifest recorded against the file now), and the last run of its generated job that the run-state
/// store recorded (the store keys runs by the session's object path, as drivers write them); the exports of the
/// workspace no session of the manifest comes from (new, or unreadable when converted). Entries are in object-path order, so the JSON form is stable.
/// </summary>
/// <param name="Manifest">The manifest read, relative to the workspace (or as given), or null when there is none yet.</param>
/// <param name="Store">The run-state store read (<c>sqlite state/i2s-state.db</c>, <c>postgres env:NAME</c>), or null when none is configured or it holds nothing yet.</param>
/// <param name="StoreProblem">Why the store could not be read, or null.</param>
internal sealed record MigrationStatus(
    string? Manifest,
    IReadOnlyList<SessionState> Sessions,
    IReadOnlyList<WorkflowState>? Workflows,
    IReadOnlyList<string> Unconverted,
    string? Store,
    string? StoreProblem)
{
    /// <summary>How many sessions are in each status now, and how many have a recorded run.</summary>
    public StatusTotals Totals => new(
        Sessions.Count(s => s.Status == "converted"),
        Sessions.Count(s => s.Status == "partial"),
        Sessions.Count(s => s.Status == "failed"),
        Sessions.Count(s => s.Status == "stale"),
        Sessions.Count(s => s.LastRun is not null));

    /// <summary>
    /// Reads the manifest in <paramref name="outDirectory"/>, hashes the exports it lists (paths relative to
    /// <paramref name="baseDirectory"/>, the workspace root convert records inputs against) and reads the last runs
    /// from the workspace's store. A manifest that is not JSON is an <see cref="InvalidDataException"/>.
    /// </summary>
    public static MigrationStatus Read(string baseDirectory, string outDirectory, WorkspaceSettings? workspace)
    {
        var manifestPath = Path.Combine(outDirectory, "i2s-manifest.json");
        var manifestDisplay = Display(baseDirectory, manifestPath);
        var exports = workspace is null ? [] : WorkspaceExports(workspace);
        if (!File.Exists(manifestPath))
        {
            return new MigrationStatus(null, [], null, [.. exports.Select(e => Display(baseDirectory, e))], null, null);
        }

        JsonDocument manifest;
        try
        {
            manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{manifestDisplay}: not an i2s manifest ({error.Message})", error);
        }

        using (manifest)
        {
            var root = manifest.RootElement;
            var recorded = Array(root, "inputs").ToDictionary(i => Text(i, "path") ?? string.Empty, i => Text(i, "sha256"), StringComparer.Ordinal);
            var changes = recorded.ToDictionary(r => r.Key, r => Change(baseDirectory, r.Key, r.Value), StringComparer.Ordinal);
            string? ChangeOf(string? input) => input is not null && changes.TryGetValue(input, out var change) ? change : null;

            var (runs, store, problem) = LastRuns(baseDirectory, workspace, Array(root, "sessions").Select(s => Text(s, "objectPath")).OfType<string>().ToList());
            var sessions = Array(root, "sessions").Select(s =>
            {
                var objectPath = Text(s, "objectPath") ?? string.Empty;
                var input = Text(s, "input");
                var conversion = Text(s, "status") ?? "failed";
                var change = ChangeOf(input);
                return new SessionState(objectPath, input, Text(s, "dir"), conversion, change is null ? conversion : "stale", change, runs.GetValueOrDefault(objectPath));
            }).OrderBy(s => s.ObjectPath, StringComparer.Ordinal).ThenBy(s => s.Input, StringComparer.Ordinal).ToList();

            // Workflows are listed when the manifest has them (manifests of runs that convert workflows).
            IReadOnlyList<WorkflowState>? workflows = root.TryGetProperty("workflows", out var listed) && listed.ValueKind == JsonValueKind.Array
                ? [.. listed.EnumerateArray().Select(w =>
                {
                    var input = Text(w, "input");
                    var conversion = Text(w, "status") ?? "converted";
                    var change = ChangeOf(input);
                    return new WorkflowState(Text(w, "objectPath") ?? Text(w, "name") ?? string.Empty, input, Text(w, "dir"), conversion, change is null ? conversion : "stale", change);
                }).OrderBy(w => w.ObjectPath, StringComparer.Ordinal)]
                : null;
            var converted = sessions.Select(s => s.Input).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var unconverted = exports.Select(e => Display(baseDirectory, e)).Where(e => !converted.Contains(e)).ToList();
            return new MigrationStatus(manifestDisplay, sessions, workflows, unconverted, store, problem);
        }
    }

    /// <summary>Null when the export is as recorded; else why the entries from it are stale.</summary>
    private static string? Change(string baseDirectory, string input, string? sha256)
    {
        var path = Path.Combine(baseDirectory, input);
        if (!File.Exists(path))
        {
            return $"{input} is gone";
        }

        using var stream = File.OpenRead(path);
        var now = Convert.ToHexStringLower(SHA256.HashData(stream));
        return string.Equals(now, sha256, StringComparison.OrdinalIgnoreCase) ? null : $"{input} changed since it was converted";
    }

    /// <summary>The last run of each session the store recorded, the store as shown, and why it could not be read.</summary>
    private static (Dictionary<string, LastRun> Runs, string? Store, string? Problem) LastRuns(string baseDirectory, WorkspaceSettings? workspace, IReadOnlyList<string> sessions)
    {
        var runs = new Dictionary<string, LastRun>(StringComparer.Ordinal);
        if (workspace is null || workspace.State.Store == "none")
        {
            return (runs, null, null);
        }

        Func<IRunStateStore> open;
        string shown;
        if (workspace.State.Store == "postgres")
        {
            if (workspace.State.Connection is not { } connection || !SecretReference.TryParse(connection, out var reference))
            {
                return (runs, "postgres", $"{workspace.File}: state.connection must be a secret reference (env:NAME, file:PATH or akv://VAULT/SECRET) to the connection string");
            }

            shown = $"postgres {reference}";
            var (secret, problem) = SecretResolver.ResolveAsync(reference!, CancellationToken.None).GetAwaiter().GetResult();
            if (secret is null)
            {
                return (runs, shown, $"the postgres store's connection could not be read: {problem}");
            }

            open = () => new PostgresStore(secret, workspace.State.Schema);
        }
        else
        {
            var file = workspace.State.Path ?? Path.Combine(workspace.Directory, WorkspaceLayout.StateFile);
            shown = $"sqlite {Display(baseDirectory, file)}";
            if (!File.Exists(file))
            {
                return (runs, shown, null);
            }

            open = () => new SqliteStore(file);
        }

        try
        {
            using var store = open();
            foreach (var session in sessions.Distinct(StringComparer.Ordinal))
            {
                if (store.History(session) is [.., var last])
                {
                    runs[session] = new LastRun(last.RunId, last.Status.Name(), last.StartedAt, last.EndedAt, last.Totals.RowsRead, last.Totals.RowsWritten, last.Totals.RowsRejected, last.Error);
                }
            }
        }
        catch (Exception error) when (error is DbException or SocketException or IOException or UnauthorizedAccessException or TimeoutException or ArgumentException or RunStateException)
        {
            return (runs, shown, $"the {shown} store could not be read: {error.GetType().Name}: {error.Message.ReplaceLineEndings(" ")}");
        }

        return (runs, shown, null);
    }

    /// <summary>The export files the workspace's <c>exports</c> name (directories searched for <c>*.xml</c>), full paths.</summary>
    private static IReadOnlyList<string> WorkspaceExports(WorkspaceSettings workspace) =>
        [.. workspace.Exports.SelectMany(e => Directory.Exists(e)
            ? Directory.EnumerateFiles(e, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            : File.Exists(e) ? [e] : []).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string Display(string baseDirectory, string path) => Path.GetRelativePath(baseDirectory, Path.GetFullPath(path)).Replace('\\', '/');

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>Sessions by status now (a stale one counts as stale only), and those with a run recorded.</summary>
internal sealed record StatusTotals(int Converted, int Partial, int Failed, int Stale, int WithRun);

/// <summary>A session of the manifest: its conversion status, its status now (<c>stale</c> with the reason, else the conversion status) and its job's last run.</summary>
internal sealed record SessionState(string ObjectPath, string? Input, string? Directory, string Conversion, string Status, string? Reason, LastRun? LastRun);

/// <summary>A workflow of the manifest, as <see cref="SessionState"/> without runs.</summary>
internal sealed record WorkflowState(string ObjectPath, string? Input, string? Directory, string Conversion, string Status, string? Reason);

/// <summary>The last run the store recorded for a job: its status (SUCCEEDED, FAILED, ...), when, and its rows.</summary>
internal sealed record LastRun(string RunId, string Status, DateTime StartedAt, DateTime? EndedAt, long RowsRead, long RowsWritten, long RowsRejected, string? Error);
