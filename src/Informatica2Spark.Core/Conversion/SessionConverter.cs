using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// Lowers one session occurrence to its <see cref="SessionJob"/>: the mapping's plan (<see cref="PlanBuilder"/>, shared by
/// the sessions converted together that run the mapping with the same settings through a <see cref="PlanCache"/>, built
/// with the session's expression settings) and its <c>mapping.sql</c>; each plan read as a Spark source with the
/// optimizer's options, each plan target load as a target write in load order (<see cref="LoadOrder"/>), translated
/// or refused with its reason; parameters with their provenance, run-state settings, and every decision and finding.
/// </summary>
public static class SessionConverter
{
    /// <param name="plans">The plans of the sessions converted with this one (a run keeps one cache per folder's sessions); null: the plan is built for this session alone.</param>
    public static SessionJob Convert(SessionInput input, JobTuning tuning, IReadOnlyList<Diagnostic> findings, string directory, ConversionOptions options, PlanCache? plans = null)
    {
        var config = input.Config;
        var identity = Identity(input, directory);
        var diagnostics = new List<Diagnostic>(findings);
        var decisions = new List<JobDecision>();
        var location = config.Identity.Location;
        if (input.Mapping is null)
        {
            diagnostics.Add(DiagnosticCodes.MappingNotInExport.Create(
                $"{config.Identity.Name}: mapping '{config.Identity.MappingName}' is not in the export; configs are generated, but no load can be translated: export the mapping with the session",
                location));
        }

        var plan = input.Mapping is { } mapping
            ? (plans ?? new PlanCache()).Get(input.Folder, mapping, input.Folders, new PlanOptions(Settings(config, options), input.File)
            {
                Targets = [.. config.Targets.Select(t => t.InstanceName)],
            })
            : null;
        diagnostics.AddRange(plan?.Diagnostics ?? []);
        var sources = config.Sources.Select(s => JobSources.Of(s, input, plan, tuning, options, decisions)).ToList();
        decisions.AddRange(config.Sources.Where(s => s.SessionOverrides.Count > 0).Select(s => new JobDecision(
            $"{s.QualifierName ?? s.InstanceName}: session values", string.Join(", ", s.SessionOverrides),
            "the session sets these over the mapping's values, and PowerCenter runs the session's; the job uses them")));
        decisions.AddRange(config.Lookups.Where(l => l.SessionOverrides.Count > 0).Select(l => new JobDecision(
            $"{l.InstanceName}: session values", string.Join(", ", l.SessionOverrides),
            "the session sets these over the mapping's values, and PowerCenter runs the session's; the job uses them")));
        var targets = LoadOrder.Of(input, plan).Select(t => JobTargets.Of(t, plan, sources, input, tuning, options, decisions)).ToList();
        sources = [.. sources.Select(s => s with { Options = Paths(s.Instance, s.Options, input, options, decisions, diagnostics) })];
        targets = [.. targets.Select(t => t with { Options = Paths(t.Instance, t.Options, input, options, decisions, diagnostics) })];
        foreach (var refused in sources.Where(s => s.Refusal is not null))
        {
            diagnostics.Add(DiagnosticCodes.DataSourceUnavailable.Create($"{refused.Qualifier ?? refused.Instance}: {refused.Refusal}", location));
        }

        foreach (var (instance, connection, secret) in sources.Select(x => (x.Instance, x.Connection, x.Options)).Concat(targets.Select(x => (x.Instance, x.Connection, x.Options)))
            .SelectMany(x => x.Options.Where(o => o.Secret?.Source == SecretSource.AzureKeyVault).Select(o => (x.Instance, x.Connection, o.Secret!))))
        {
            diagnostics.Add(DiagnosticCodes.SecretNotReadableByDriver.Create(
                $"{instance}: connection '{connection}' keeps its password in {secret}; generated drivers read env: and file: references only, so give the driver the secret as an environment variable or a mounted file and reference that in the catalog",
                location));
        }

        foreach (var target in targets.Where(t => t.Refusal is not null))
        {
            var severity = options.Unsupported == UnsupportedPolicy.Error ? Severity.Error : Severity.Warning;
            diagnostics.Add(DiagnosticCodes.LoadNotTranslated.Create(severity, $"{target.Instance}: {target.Refusal}; the driver refuses to run until it is translated", location));
        }

        var noLoad = targets.Count > 0 ? null
            : input.Mapping is null ? $"mapping '{config.Identity.MappingName}' is not in the export, so the session loads no target"
            : $"mapping '{config.Identity.MappingName}' has no target instance, so the session loads nothing";
        if (noLoad is not null)
        {
            diagnostics.Add(DiagnosticCodes.NoTargetLoad.Create($"{config.Identity.Name}: {noLoad}; the driver refuses to run", location));
        }

        decisions.AddRange(tuning.Conf.Select(c => new JobDecision(c.Key, c.Value, $"{c.Rule}: {c.Rationale}")));
        decisions.AddRange(tuning.Options.Select(o => new JobDecision($"{o.Instance}: {o.Option.Key}", o.Option.Value ?? string.Empty, o.Option.Rationale ?? string.Empty)));
        var parameters = input.Parameters.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Select(JobParameterOf).ToList();
        if (parameters.Any(p => p.RunTime))
        {
            decisions.Add(new JobDecision("parameters", "bound when the driver runs",
                "PowerCenter reads mapping and session parameters at every run: the driver takes --param NAME=VALUE or I2S_PARAM_ variables, else the value resolved at conversion"));
        }

        var variables = input.Mapping?.Variables.Where(v => !v.IsParameter)
            .Select(v => new JobVariable(v.Name, v.DataType, v.DefaultValue, v.Aggregation.ToString().ToLowerInvariant())).ToList() ?? [];
        variables.AddRange(plan?.Sequences.Where(s => s.Variable is not null)
            .Select(s => new JobVariable(s.Variable!, "bigint", s.CurrentValue.ToString(System.Globalization.CultureInfo.InvariantCulture), "sequence")) ?? []);
        var state = JobStates.Of(config, variables, options, directory);
        decisions.Add(new JobDecision("state.persist", state.Persist, state.PersistReason));
        if (options.StateStoreReason is { } storeReason)
        {
            decisions.Add(new JobDecision("state.store", state.Store, storeReason));
        }

        return new SessionJob(identity, options.Platform, tuning.Conf, sources, targets, parameters, variables, state, decisions,
            [.. diagnostics.Order(DiagnosticComparer.Instance)])
        {
            NoLoad = noLoad,
            Plan = plan,
            Script = plan is null
                ? Syntax.MappingScript.Write([$"mapping.sql of {config.Identity.ObjectPath}: mapping {config.Identity.MappingName} is not in the inputs, so there is no step to run."], [])
                : PlanScript.Text(plan, $"mapping.sql of {config.Identity.ObjectPath}"),
            StopOnErrors = config.ErrorHandling.StopOnErrors ?? 0,
            Figures = Automation.Of(plan),
            MappingKey = plan is null ? null : $"{input.File}|{input.Folder.Name}|{plan.Mapping}".ToUpperInvariant(),
            Values = [.. plan?.RunTimeValues.Select(v => new JobValue(v.Marker.TrimStart(':'), v.Name, Expressions.Translation.RunTimeLiterals.KindOf(v.Type))) ?? []],
        };
    }

    /// <summary>
    /// What expressions assume of this session: its Enable high precision and DateTime Format String, the Spark version
    /// generated for; NULL comparison is the Integration Service's default (a service property no export holds).
    /// </summary>
    private static ExpressionSettings Settings(SessionConfig config, ConversionOptions options) => ExpressionSettings.Default with
    {
        HighPrecision = config.Performance.HighPrecision,
        DateTimeFormat = config.ErrorHandling.DateTimeFormat,
        SparkVersion = Version.TryParse(options.Platform.SparkVersion, out var version) ? new Version(version.Major, version.Minor) : ExpressionSettings.Default.SparkVersion,
    };

    /// <summary>A file path with the catalog's directory mappings applied (<see cref="FilePaths"/>); the decision or the warning is recorded.</summary>
    private static IReadOnlyList<JobOption> Paths(
        string instance, IReadOnlyList<JobOption> jobOptions, SessionInput input, ConversionOptions options, List<JobDecision> decisions, List<Diagnostic> diagnostics)
    {
        var (mapped, decision, warning) = FilePaths.Map(instance, jobOptions, options.Catalog, input.Parameters, input.Config.Identity.Location);
        decisions.AddRange(decision is null ? [] : [decision]);
        diagnostics.AddRange(warning is null ? [] : [warning]);
        return mapped;
    }

    private static bool Withheld(ResolvedParameter parameter) => Passwords.IsPlaintext(parameter.Name, parameter.Value);

    /// <summary>
    /// A parameter as the job files carry it. A per-run password (a value under a password name, in plain text or as a
    /// secret reference) is never written and never bound as text: it has no value and is bound when the driver runs,
    /// which refuses to start until <c>--param</c> or its <c>I2S_PARAM_</c> variable gives it. Any other password shows
    /// <see cref="Passwords.WithheldValue"/>.
    /// </summary>
    private static JobParameter JobParameterOf(ResolvedParameter p) =>
        p.IsRunTime && p.Layer != ParameterLayer.System && Passwords.IsPasswordName(p.Name) && p.Value is { Length: > 0 }
            ? new JobParameter(p.Name, null, p.Layer, $"{p.Origin}; {Passwords.RunTimeNote(p.Name)}", RunTime: true)
            : new JobParameter(p.Name, Passwords.Shown(p.Name, p.Value), p.Layer, p.Origin, p.IsRunTime && !Withheld(p));

    private static JobIdentity Identity(SessionInput input, string directory)
    {
        var id = input.Config.Identity;
        var project = OutputNames.Project(id.Name);
        return new JobIdentity(id.Repository, id.Folder, id.Workflow, id.WorkletPath, id.Name, id.MappingName, input.Mapping is not null,
            id.ObjectPath, input.File, directory, project, "I2s." + string.Join('.', directory.Split('/').Select(OutputNames.Identifier)));
    }
}
