using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using Informatica2Spark.Syntax;

namespace Informatica2Spark.Runtime;

/// <summary>
/// One start of a generated driver: its arguments and <c>job.yaml</c> merged over the values it was generated with,
/// and the <see cref="SessionContext"/> that records the run. Parameter values come from, highest first:
/// <c>--param NAME=VALUE</c>, an <c>I2S_PARAM_</c> environment variable, <c>job.yaml</c>, the value at conversion.
/// Mapping variables start as the run state decides (parameter file, last successful run, initial value, default).
/// Service process directories are expanded from <c>$PMRootDir</c> and each other (<see cref="ServiceProcessVariables"/>,
/// with a cycle check): a directory with no value takes its documented default (<c>$PMRootDir/SrcFiles</c>). The run's
/// start time gives <c>$$$SessStartTime</c>, <c>SESSSTARTTIME</c>, <c>SYSDATE</c> and <c>WORKFLOWSTARTTIME</c>
/// (<c>MM/DD/YYYY HH24:MI:SS</c>, the machine's local time, as the Integration Service takes the system date). The
/// driver refuses to start, naming them, while any parameter it needs has no value.
/// </summary>
public sealed class JobRun : IDisposable
{
    /// <summary>The driver ran every step.</summary>
    public const int ExitSucceeded = 0;

    /// <summary>A step failed; the run state records it for <c>--resume</c> as the persist policy allows.</summary>
    public const int ExitFailed = 1;

    /// <summary>A bad argument or an unreadable <c>job.yaml</c>.</summary>
    public const int ExitUsage = 2;

    /// <summary>The driver refuses to run: target loads are not translated yet.</summary>
    public const int ExitRefused = 3;

    /// <summary>The run state cannot be used: the store cannot be opened, or another start holds the session.</summary>
    public const int ExitStateUnavailable = 4;

    /// <summary>The run-time values a driver knows itself: the start of the run.</summary>
    private static readonly string[] StartTimes = [ParameterReferences.SessionStartTime, "SESSSTARTTIME", "SYSDATE", "WORKFLOWSTARTTIME"];

    private readonly SessionContext context;
    private readonly IReadOnlyDictionary<string, string?> parameters;
    private readonly HashSet<string> variables;
    private readonly int stopOnErrors;
    private long rejected;

    private JobRun(SessionContext context, IReadOnlyDictionary<string, string?> parameters, IEnumerable<string> variables, int stopOnErrors)
    {
        this.context = context;
        this.parameters = parameters;
        this.variables = new HashSet<string>(variables, StringComparer.OrdinalIgnoreCase);
        this.stopOnErrors = stopOnErrors;
    }

    public SessionContext Context => context;

    /// <summary>Starts the run: reads the arguments and <c>job.yaml</c>, opens the store and records the start.</summary>
    /// <exception cref="JobStartException">A bad argument, an unreadable job.yaml, or a run state that cannot be used.</exception>
    public static JobRun Start(JobDefinition definition, IReadOnlyList<string> args) =>
        Start(definition, args, Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty, StringComparer.Ordinal));

    public static JobRun Start(JobDefinition definition, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var (jobFile, cliParameters, rest) = JobArguments.Parse(args);
        var config = jobFile is null ? null : JobConfigReader.Read(jobFile);
        var parameters = Complete(Parameters(definition, config, environment, cliParameters), DateTime.Now);

        var state = config?.State;
        var store = state?.Store ?? definition.Store;
        var location = store == "postgres" ? state?.Connection ?? definition.StoreLocation : state?.Path ?? definition.StoreLocation;
        try
        {
            var options = RunStateArguments.Apply(new RunStateOptions
            {
                SessionId = definition.SessionId,
                WorkflowId = definition.WorkflowId,
                RecoveryStrategy = Recovery(state?.Recovery ?? definition.Recovery),
                PersistPolicy = PersistPolicies.Parse(state?.Persist ?? definition.Persist),
                Store = StoreOptions.FromSettings(store, store == "sqlite" ? location : null, store == "postgres" ? location : null, state?.Schema),
                Variables = definition.Variables.Select(v => v.ToDeclaration()).ToList(),
                ParameterFileValues = VariableValues(definition, parameters, cliParameters, environment),
                OrchestrationRunId = environment.TryGetValue(RunStateArguments.OrchestrationRunIdVariable, out var orchestration)
                    && !string.IsNullOrWhiteSpace(orchestration) ? orchestration : null,
            }, rest);
            return new JobRun(SessionContext.Start(options), parameters, definition.Variables.Select(v => v.Name), definition.StopOnErrors);
        }
        catch (SessionBusyException busy)
        {
            throw new JobStartException(busy.Message, ExitStateUnavailable, busy);
        }
        catch (RunStateException error)
        {
            throw new JobStartException(error.Message, error.Message.StartsWith("--", StringComparison.Ordinal) ? ExitUsage : ExitStateUnavailable, error);
        }
    }

    /// <summary>Runs one step (a target load) unless a resumed run already completed it.</summary>
    public StepOutcome Step(string name, Func<StepResult> load) => context.RunStep(name, load);

    public void Complete() => context.Complete();

    /// <summary>
    /// Advances the Current Value of a Sequence Generator kept in <paramref name="variable"/> by the
    /// <paramref name="rows"/> rows that took a value this run (<see cref="SequenceVariables.Advance"/>); it is saved
    /// when the run completes successfully, as mapping variables are, so the next run continues after it.
    /// </summary>
    public void Sequence(string variable, long rows, SequenceSettings settings) => context.Variables.Advance(variable, rows, settings);

    public void Fail(Exception error) => context.Fail(error);

    /// <summary>
    /// The text with every parameter and variable reference replaced by its value for this run, in one pass (a
    /// substituted value is not scanned again). A name with no value is left as written.
    /// </summary>
    public string Text(string text) => ParameterReferences.Replace(text, ValueOf);

    /// <summary>
    /// The statements of the <c>mapping.sql</c> the driver embeds, in order, with every run-time marker bound to this
    /// run's value of its parameter, variable (its value at the start of the run) or built-in (<see cref="MappingStatements"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The script is not embedded, or a value is not of its kind.</exception>
    public IReadOnlyList<string> Statements(System.Reflection.Assembly driver, IReadOnlyList<SqlValue> values) =>
        MappingStatements.Bind(MappingStatements.Read(driver), values, ValueOf, DateTime.Now.Year);

    /// <summary>
    /// Counts rows a load rejected (row errors, rejected rows) towards the session's Stop on errors; the run fails,
    /// before the load writes, once the count of the run reaches a threshold other than 0.
    /// </summary>
    /// <exception cref="InvalidOperationException">The threshold is reached; the message gives both counts.</exception>
    public void Reject(string load, long rows)
    {
        rejected += rows;
        if (stopOnErrors > 0 && rejected >= stopOnErrors)
        {
            throw new InvalidOperationException($"{load}: {rejected} rows rejected in this run reach the session's Stop on errors threshold of {stopOnErrors}");
        }
    }

    /// <summary>A secret's value from its reference (<c>env:NAME</c>, <c>file:PATH</c>); never logged.</summary>
    public string Secret(string reference) => SecretReferences.Resolve(reference);

    public void Dispose() => context.Dispose();

    private string? ValueOf(string name) =>
        variables.Contains(name) ? context.Variables.GetText(name)
        : parameters.TryGetValue(name, out var value) ? value
        : null;

    private static Dictionary<string, string?> Parameters(
        JobDefinition definition, JobConfig? config, IReadOnlyDictionary<string, string> environment, IReadOnlyDictionary<string, string> cli)
    {
        var values = new Dictionary<string, string?>(definition.Parameters.ToDictionary(p => p.Key, p => p.Value), StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in config?.Parameters ?? new List<ParameterConfig>())
        {
            // A built-in's value (layer system) is shown for review; the driver derives it itself when it starts.
            if (parameter.RunTime && !string.Equals(parameter.Layer, "system", StringComparison.OrdinalIgnoreCase))
            {
                values[parameter.Name] = parameter.Value;
            }
        }

        foreach (var name in values.Keys.ToList())
        {
            if (environment.TryGetValue(EnvironmentName(name), out var fromEnvironment))
            {
                values[name] = fromEnvironment;
            }
        }

        foreach (var (name, value) in cli)
        {
            values[name] = value;
        }

        return values;
    }

    /// <summary>
    /// The parameters with the run's own values filled in and the service process directories expanded; refuses (exit
    /// code 2) naming every parameter that still has no value, or the cycle the directories form.
    /// </summary>
    public static Dictionary<string, string?> Complete(Dictionary<string, string?> values, DateTime start)
    {
        foreach (var name in values.Keys.ToList())
        {
            // A value that is only its own name is a placeholder for a value only the run knows.
            if (values[name] is { } value && ParameterReferences.IsReference(value.Trim()) && value.Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                values[name] = null;
            }

            if (values[name] is null && StartTimes.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                values[name] = start.ToString("MM/dd/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
            }
        }

        var missing = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var expanded = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in values.Keys.Where(ServiceProcessVariables.Contains))
        {
            var result = ServiceProcessVariables.Expand(name, n => values.TryGetValue(n, out var v) ? v : null);
            if (result.Cycle is not null)
            {
                throw new JobStartException($"{name}: {result.Problem}", ExitUsage);
            }

            missing.UnionWith(result.Missing);
            expanded[name] = result.Value;
        }

        foreach (var (name, value) in expanded)
        {
            values[name] = value;
        }

        missing.UnionWith(values.Where(p => p.Value is null && !ServiceProcessVariables.Contains(p.Key)).Select(p => p.Key));
        if (missing.Count > 0)
        {
            var given = string.Join("; ", missing.Select(m => $"--param {m}=VALUE or set {EnvironmentName(m)}"));
            throw new JobStartException($"{string.Join(", ", missing)} {(missing.Count == 1 ? "has" : "have")} no value: give {given}", ExitUsage);
        }

        return values;
    }

    /// <summary>Values a variable starts from ahead of the run state: the command line, the environment, or the parameter file at conversion.</summary>
    private static Dictionary<string, string> VariableValues(
        JobDefinition definition, IReadOnlyDictionary<string, string?> parameters, IReadOnlyDictionary<string, string> cli, IReadOnlyDictionary<string, string> environment)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var variable in definition.Variables)
        {
            var given = cli.TryGetValue(variable.Name, out var fromCli) ? fromCli
                : environment.TryGetValue(EnvironmentName(variable.Name), out var fromEnvironment) ? fromEnvironment
                : variable.ParameterFileValue;
            if (given is not null)
            {
                values[variable.Name] = given;
            }
        }

        return values;
    }

    /// <summary>The environment variable a parameter is read from (<see cref="ParameterEnvironmentNames"/>, shared with the converter).</summary>
    public static string EnvironmentName(string parameter) => ParameterEnvironmentNames.VariableName(parameter);

    private static RecoveryStrategy Recovery(string text) => text.Trim().ToLowerInvariant() switch
    {
        "resume" => RecoveryStrategy.ResumeFromLastCheckpoint,
        "restart" => RecoveryStrategy.RestartTask,
        "fail" => RecoveryStrategy.FailTaskAndContinueWorkflow,
        _ => throw new JobStartException($"recovery '{text}': expected resume, restart or fail", ExitUsage),
    };
}
