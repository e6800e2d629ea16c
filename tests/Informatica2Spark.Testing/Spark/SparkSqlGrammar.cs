using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Informatica2Spark.Testing.Spark;

/// <summary>
/// Checks Spark SQL text against a real Spark SQL grammar: the SparkSQL parser of the npm package <c>dt-sql-parser</c>,
/// generated from Spark's ANTLR grammar, run by Node.js from <c>tests/sql-grammar</c>.
/// On first use on a machine it installs that folder's pinned packages (<c>npm ci</c>, when <c>node_modules</c> is
/// missing or was installed from another <c>package.json</c> or <c>package-lock.json</c>) and bundles <c>check.mjs</c>
/// with esbuild into <c>dist/check.mjs</c> (again when any of the three changes), under a file lock that other test
/// processes wait on; later runs reuse both.
/// Each check is one <c>node</c> process for the whole batch.
/// </summary>
public static class SparkSqlGrammar
{
    /// <summary>The prefix that <see cref="ExpressionStatement"/> puts before an expression, on the same line.</summary>
    public const string ExpressionPrefix = "SELECT CAST(";

    /// <summary>The suffix that <see cref="ExpressionStatement"/> puts after an expression, on a line of its own.</summary>
    public const string ExpressionSuffix = "\nAS STRING) AS r FROM t";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(25);
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly Lazy<string> PreparedBundle = new(Prepare, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder of the grammar check: <c>tests/sql-grammar</c> in the repository.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "sql-grammar");

    /// <summary>The bundled checker that <c>node</c> runs.</summary>
    public static string BundlePath => Path.Combine(Folder, "dist", "check.mjs");

    private static string InstallStamp => Path.Combine(Folder, "node_modules", ".i2s-install.sha256");

    private static string BuildStamp => Path.Combine(Folder, "dist", ".i2s-build.sha256");

    /// <summary>Whether CI (<c>CI=true</c>) requires the grammar tests, so that missing tools fail them instead of skipping them.</summary>
    public static bool RequiredByCi => TestEnvironment.IsCi;

    /// <summary>
    /// Why the grammar check cannot run on this machine (<c>node</c>, or <c>npm</c> while the packages or the bundle
    /// still have to be built, is not on <c>PATH</c>), or <see langword="null"/> when it can.
    /// </summary>
    public static string? SkipReason
    {
        get
        {
            if (FindOnPath("node") is null)
            {
                return "node is not on PATH: the Spark SQL grammar tests are skipped (install Node.js and npm, e.g. scripts/install-node.sh).";
            }

            if (FindOnPath("npm") is null && (!IsCurrent(InstallStamp, InstallHash()) || !IsCurrent(BuildStamp, BuildHash())))
            {
                return "npm is not on PATH and tests/sql-grammar is not built or out of date: the Spark SQL grammar tests are skipped (install npm, e.g. scripts/install-node.sh).";
            }

            return null;
        }
    }

    /// <summary>Whether the grammar check can run on this machine; see <see cref="SkipReason"/>.</summary>
    public static bool Available => SkipReason is null;

    /// <summary>
    /// Checks whole Spark SQL statements (several may be separated by <c>;</c>) in one <c>node</c> process. Returns, in
    /// the same order, <see langword="null"/> for a text the grammar accepts, else its first syntax error as
    /// <c>line L, column C: message</c> (lines and columns from 1).
    /// </summary>
    /// <exception cref="InvalidOperationException">Node.js or npm is missing, or a step of the check fails or times out.</exception>
    public static IReadOnlyList<string?> CheckStatements(IReadOnlyList<string> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return [.. Check(statements).Select(e => e is null ? null : Format(e.Line, e.Column, e.Message))];
    }

    /// <summary>
    /// Checks single Spark SQL expressions in one <c>node</c> process, each inside <see cref="ExpressionStatement"/>,
    /// so that an expression must be exactly one expression (no alias, no second column, no dangling operator).
    /// Returns, in the same order, <see langword="null"/> for an accepted expression, else its first syntax error as
    /// <c>line L, column C: message</c> with the position inside the expression; an error after the expression's end
    /// (it is incomplete) is reported just after the expression and says so.
    /// </summary>
    /// <exception cref="InvalidOperationException">Node.js or npm is missing, or a step of the check fails or times out.</exception>
    public static IReadOnlyList<string?> CheckExpressions(IReadOnlyList<string> expressions)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        var errors = Check([.. expressions.Select(ExpressionStatement)]);
        var results = new string?[expressions.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = errors[i] is { } error ? MapToExpression(expressions[i], error) : null;
        }

        return results;
    }

    /// <summary>
    /// The statement an expression is checked in: <c>SELECT CAST(&lt;expression&gt;</c>, a new line, then
    /// <c>AS STRING) AS r FROM t</c>. Inside <c>CAST</c> only one plain expression parses, unlike a select list where
    /// Spark's non-reserved keywords let <c>a +</c> in <c>SELECT a + AS r</c> read as <c>(a + AS) r</c>; the new line
    /// ends a trailing <c>--</c> comment.
    /// </summary>
    public static string ExpressionStatement(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return ExpressionPrefix + expression + ExpressionSuffix;
    }

    private static string Format(int line, int column, string message) =>
        string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: {message}");

    /// <summary>Moves an error position in <see cref="ExpressionStatement"/> back into the expression.</summary>
    private static string MapToExpression(string expression, SyntaxError error)
    {
        var lines = expression.Split('\n');
        if (error.Line > lines.Length)
        {
            return Format(lines.Length, lines[^1].Length + 1, "after the end of the expression: " + error.Message);
        }

        var column = error.Line == 1 ? Math.Max(1, error.Column - ExpressionPrefix.Length) : error.Column;
        return Format(error.Line, column, error.Message);
    }

    private sealed record SyntaxError(int Line, int Column, string Message);

    private static IReadOnlyList<SyntaxError?> Check(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var bundle = PreparedBundle.Value;
        var input = JsonSerializer.Serialize(texts);
        var timeout = TimeSpan.FromMinutes(10) + TimeSpan.FromMilliseconds(500.0 * texts.Count);
        var result = Run(FindOnPath("node") ?? throw Missing("node"), [bundle], Folder, input, timeout);
        result.ThrowIfFailed();

        List<SyntaxError?> errors = [];
        try
        {
            using var document = JsonDocument.Parse(result.StandardOutput);
            foreach (var item in document.RootElement.EnumerateArray())
            {
                errors.Add(item.ValueKind == JsonValueKind.Null
                    ? null
                    : new SyntaxError(item.GetProperty("line").GetInt32(), item.GetProperty("column").GetInt32(), item.GetProperty("message").GetString() ?? string.Empty));
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new InvalidOperationException($"`{result.Command}` wrote no JSON array of results: {e.Message} Output: {OneLine(result.StandardOutput)}", e);
        }

        return errors.Count == texts.Count
            ? errors
            : throw new InvalidOperationException($"`{result.Command}` returned {errors.Count} results for {texts.Count} texts.");
    }

    /// <summary>Installs the packages and builds the bundle when they are missing or stale; returns the bundle's path.</summary>
    private static string Prepare()
    {
        if (FindOnPath("node") is null)
        {
            throw Missing("node");
        }

        using (AcquireLock(Path.Combine(Folder, ".setup.lock")))
        {
            var installHash = InstallHash();
            if (!IsCurrent(InstallStamp, installHash))
            {
                var npm = FindOnPath("npm") ?? throw Missing("npm");
                Run(npm, ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], Folder, null, InstallTimeout).ThrowIfFailed();
                File.WriteAllText(InstallStamp, installHash, Utf8NoBom);
            }

            var buildHash = BuildHash();
            if (!IsCurrent(BuildStamp, buildHash))
            {
                var npm = FindOnPath("npm") ?? throw Missing("npm");
                Run(npm, ["run", "--silent", "build"], Folder, null, BuildTimeout).ThrowIfFailed();
                File.WriteAllText(BuildStamp, buildHash, Utf8NoBom);
            }
        }

        return BundlePath;
    }

    private static InvalidOperationException Missing(string tool) => new(
        $"{tool} is not on PATH but the Spark SQL grammar check needs it"
        + (RequiredByCi ? " and CI requires the grammar tests: .ci/run must install Node.js and npm (scripts/install-node.sh)." : ": install Node.js and npm (scripts/install-node.sh)."));

    /// <summary>The packages' identity: <c>package.json</c> and <c>package-lock.json</c>.</summary>
    private static string InstallHash() => Hash("package.json", "package-lock.json");

    /// <summary>The bundle's identity: the packages and the checker's source.</summary>
    private static string BuildHash() => Hash("package.json", "package-lock.json", "check.mjs");

    private static string Hash(params string[] files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            var path = Path.Combine(Folder, file);
            sha.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            sha.AppendData(File.Exists(path) ? File.ReadAllBytes(path) : []);
            sha.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static bool IsCurrent(string stamp, string hash) =>
        File.Exists(stamp) && string.Equals(File.ReadAllText(stamp).Trim(), hash, StringComparison.Ordinal);

    /// <summary>An exclusive lock on <paramref name="path"/> across processes, waited for up to <see cref="LockTimeout"/>.</summary>
    private static FileStream AcquireLock(string path)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < LockTimeout)
            {
                Thread.Sleep(250);
            }
            catch (IOException e)
            {
                throw new InvalidOperationException($"Timed out after {LockTimeout.TotalMinutes} min waiting for {path}, held by another test process: {e.Message}", e);
            }
        }
    }

    private static string? FindOnPath(string tool)
    {
        string[] names = OperatingSystem.IsWindows() ? [tool + ".exe", tool + ".cmd"] : [tool];
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private sealed record ProcessResult(string Command, int ExitCode, string StandardOutput, string StandardError)
    {
        public void ThrowIfFailed()
        {
            if (ExitCode != 0)
            {
                var detail = OneLine(StandardError) is { Length: > 0 } error ? error : OneLine(StandardOutput);
                throw new InvalidOperationException($"`{Command}` exited with code {ExitCode}: {detail}");
            }
        }
    }

    /// <summary>Runs a program to its end, feeding <paramref name="input"/> on standard input; kills it and its children after <paramref name="timeout"/>.</summary>
    private static ProcessResult Run(string program, IReadOnlyList<string> arguments, string workingDirectory, string? input, TimeSpan timeout)
    {
        var command = string.Join(' ', [Path.GetFileNameWithoutExtension(program), .. arguments]) + " (in " + workingDirectory + ")";
        var start = new ProcessStartInfo
        {
            FileName = program,
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8NoBom,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        if (program.EndsWith(".cmd", StringComparison.OrdinalIgnoreCase))
        {
            start.FileName = "cmd.exe";
            start.ArgumentList.Add("/c");
            start.ArgumentList.Add(program);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NPM_CONFIG_UPDATE_NOTIFIER"] = "false";

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"`{command}` could not start: {e.Message}", e);
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            if (input is not null)
            {
                process.StandardInput.Write(input);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program ended without reading all of its input; its exit code and standard error tell why.
        }

        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new InvalidOperationException($"`{command}` timed out after {timeout.TotalSeconds:0} s and was stopped: {OneLine(error.Result)}");
        }

        process.WaitForExit();
        return new ProcessResult(command, process.ExitCode, output.Result, error.Result);
    }

    /// <summary>
    /// A program's output on one line: its non-blank lines joined with <c> | </c>; past 2,000 characters, the first
    /// 1,500 (where tools state the error) and the last 500.
    /// </summary>
    private static string OneLine(string text)
    {
        var line = string.Join(" | ", text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        return line.Length <= 2000 ? line : line[..1500] + " … " + line[^500..];
    }
}
