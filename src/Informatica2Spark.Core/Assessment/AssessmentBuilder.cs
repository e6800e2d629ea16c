using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Expressions.Syntax;
using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Pipeline;

namespace Informatica2Spark.Core.Assessment;

/// <summary>
/// Builds the <see cref="Assessment"/> of a conversion run made with <see cref="ConversionRequest.KeepDetails"/>: the
/// instance verdicts and figures are the plan's (<see cref="MappingPlan.Instances"/>, <see cref="Conversion.Automation"/>), the
/// ones <c>i2s-manifest.json</c> counts, so the two agree by construction; sources, targets, SQL overrides and
/// column lineage come from the mapping's graph (<see cref="MappingGraph"/>). A session converted without its
/// detail (it failed) is listed with its status and findings, and adds no mapping.
/// </summary>
public static class AssessmentBuilder
{
    private const string LookupType = "Lookup Procedure";

    public static Assessment Build(ConversionResult result, IReadOnlyList<string> inputs, EffortFigures? effort, ComplexityModel? model = null)
    {
        model ??= ComplexityModel.Default;
        var mappings = new List<AssessedMapping>();
        var transformations = new List<AssessedTransformation>();
        var expressions = new List<AssessedExpression>();
        var gaps = new List<AssessedGap>();
        var sources = new Dictionary<string, AssessedEndpoint>(StringComparer.OrdinalIgnoreCase);
        var targets = new Dictionary<string, AssessedEndpoint>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in result.Sessions.Where(s => s.MappingKey is not null && s.Detail?.Job.Plan is not null)
            .GroupBy(s => s.MappingKey!, StringComparer.Ordinal))
        {
            var runBy = group.Where(s => !s.RunsNoSession).ToList();
            var first = runBy.FirstOrDefault() ?? group.First();
            var mapping = Mapping(first, [.. group], runBy.Count > 0, model, effort, transformations, expressions, gaps);
            mappings.Add(mapping);
            foreach (var source in mapping.Sources)
            {
                sources.TryAdd($"{first.Input}|{first.Folder}|{source.Definition}", source);
            }

            foreach (var target in mapping.Targets)
            {
                targets.TryAdd($"{first.Input}|{first.Folder}|{target.Definition}", target);
            }
        }

        gaps.AddRange(result.Sessions.SelectMany(s => s.Diagnostics.Where(d => d.Severity >= Severity.Warning).Select(d => new AssessedGap(
            s.Input, s.Folder, s.Detail?.Job.Plan?.Mapping, GapKind.SessionFinding, s.ObjectPath, d.Code, d.Message))));

        var sessions = result.Sessions.Select(s => new AssessedSession(
            s.Input, s.Folder, s.Workflow, s.Session, s.ObjectPath, s.Detail?.Input.Config.Identity.MappingName, s.Status, s.RunsNoSession,
            s.Diagnostics.Count(d => d.Severity == Severity.Error), s.Diagnostics.Count(d => d.Severity == Severity.Warning), s.Diagnostics.Count(d => d.Severity == Severity.Info),
            AutomationFigures.Of(s.Figures))).ToList();
        var folders = result.Sessions.GroupBy(s => (s.Input, Folder: s.Folder.ToUpperInvariant())).Select(g => new AssessedFolder(
            g.Key.Input, g.First().Folder,
            g.Where(s => s.Workflow is not null).Select(s => s.Workflow!.ToUpperInvariant()).Distinct().Count(),
            g.Count(),
            mappings.Count(m => m.Input == g.Key.Input && m.Folder.Equals(g.Key.Folder, StringComparison.OrdinalIgnoreCase)),
            AutomationFigures.Of(ConversionResult.FiguresOf([.. g])))).ToList();
        var workflows = result.Sessions.Where(s => s.Workflow is not null).GroupBy(s => (s.Input, Folder: s.Folder.ToUpperInvariant(), Workflow: s.Workflow!.ToUpperInvariant()))
            .Select(g => new AssessedWorkflow(g.Key.Input, g.First().Folder, g.First().Workflow!, g.Count(), AutomationFigures.Of(ConversionResult.FiguresOf([.. g])))).ToList();
        var parameters = result.Sessions.Where(s => s.Detail is not null).SelectMany(s => s.Detail!.Job.Parameters.Select(p => new AssessedParameter(
            s.Input, s.Folder, s.ObjectPath, p.Name, p.Value, p.Layer, p.Origin, p.RunTime))).ToList();
        var connections = result.Sessions.Where(s => s.Detail is not null).SelectMany(s => Connections(s, s.Detail!.Job)).ToList();

        var counted = transformations.Where(t => t.Counted).ToList();
        var overview = new AssessmentOverview(
            folders.Count, workflows.Count, sessions.Count, mappings.Count, counted.Count, expressions.Count, gaps.Count,
            ByName(sources.Values.Select(s => s.DatabaseType)),
            ByName(targets.Values.Select(t => t.DatabaseType)),
            [.. counted.GroupBy(t => t.Type, StringComparer.OrdinalIgnoreCase)
                .Select(g => new KindCount(g.First().Type, g.Count(), g.Count(t => t.Verdict == InstanceStatus.Translated), g.Count(t => t.Verdict == InstanceStatus.Approximated), g.Count(t => t.Verdict == InstanceStatus.Unsupported)))
                .OrderByDescending(k => k.Count).ThenBy(k => k.Type, StringComparer.Ordinal)],
            ByName(gaps.Select(g => Name(g.Kind))),
            [.. Enum.GetValues<ComplexityBucket>().Select(b => new TypeCount(Name(b), mappings.Count(m => m.Complexity.Bucket == b)))])
        {
            Effort = effort is null ? null : mappings.Sum(m => m.Effort ?? 0),
        };

        return new Assessment(
            new AssessedTool(ToolInfo.Name, ToolInfo.Version),
            inputs,
            overview,
            AutomationFigures.Of(result.Figures),
            model,
            effort,
            folders,
            workflows,
            sessions,
            mappings,
            transformations,
            expressions,
            gaps,
            parameters,
            connections);
    }

    /// <summary>One mapping from the session that counts it; its instances, expressions and gaps are added to the lists.</summary>
    private static AssessedMapping Mapping(
        SessionSummary first, IReadOnlyList<SessionSummary> sessions, bool runByASession, ComplexityModel model, EffortFigures? effort,
        List<AssessedTransformation> transformations, List<AssessedExpression> expressions, List<AssessedGap> gaps)
    {
        var (input, job) = first.Detail!;
        var plan = job.Plan!;
        var graph = MappingGraph.Of(input.Folder, input.Mapping!, input.Folders);
        var (file, folder) = (first.Input, first.Folder);
        var start = gaps.Count;
        foreach (var instance in plan.Instances)
        {
            transformations.Add(new AssessedTransformation(file, folder, plan.Mapping, instance.Instance, instance.TransformationType, instance.Status,
                !Automation.Excluded.Contains(instance.TransformationType), instance.Notes, instance.Expressions.Count));
            expressions.AddRange(instance.Expressions.Select(e => new AssessedExpression(file, folder, plan.Mapping, instance.Instance, e.Where, e.Text, e.Sql, e.Verdict)));
            if (instance.Status != InstanceStatus.Translated)
            {
                gaps.Add(new AssessedGap(file, folder, plan.Mapping,
                    instance.Status == InstanceStatus.Unsupported ? GapKind.UnsupportedTransformation : GapKind.ApproximatedTransformation,
                    instance.Instance, null, instance.Notes.Count > 0 ? string.Join("; ", instance.Notes) : $"{instance.TransformationType} is {instance.Status.ToString().ToLowerInvariant()}"));
            }
        }

        gaps.AddRange(plan.Targets.Where(t => t.Refusal is not null).Select(t => new AssessedGap(file, folder, plan.Mapping, GapKind.RefusedLoad, t.TargetInstance, null, t.Refusal!)));

        var counted = plan.Instances.Where(i => !Automation.Excluded.Contains(i.TransformationType)).ToList();
        var features = new ComplexityFeatures(
            counted.Count,
            counted.Select(i => i.TransformationType.ToUpperInvariant()).Distinct().Count(),
            plan.Instances.Sum(i => i.Expressions.Sum(e => e.Text.Length)),
            graph.Nodes.Count(n => n.Type.Equals(LookupType, StringComparison.OrdinalIgnoreCase)),
            graph.Nodes.Count(SqlOverride),
            counted.Count(i => i.Status == InstanceStatus.Approximated),
            counted.Count(i => i.Status == InstanceStatus.Unsupported));
        var score = model.Score(features);
        return new AssessedMapping(
            file, folder, plan.Mapping,
            [.. sessions.Select(s => s.ObjectPath)],
            runByASession,
            AutomationFigures.Of(first.Figures),
            score,
            effort?.Of(score.Bucket),
            [.. gaps.Skip(start).Select(g => $"{g.Object}: {g.Reason}")],
            [.. graph.Nodes.Where(n => n.Kind == InstanceKind.Source).Select(n => new AssessedEndpoint(n.Name, n.Source?.Name ?? n.Type, n.Source?.DatabaseType ?? "unknown"))],
            [.. graph.Nodes.Where(n => n.Kind == InstanceKind.Target).Select(n => new AssessedEndpoint(n.Name, n.Target?.Name ?? n.Type, n.Target?.DatabaseType ?? "unknown"))],
            [.. plan.Targets.Select(t => Lineage(graph, t))]);
    }

    /// <summary>A Source Qualifier with a Sql Query, or a lookup with a Lookup Sql Override (TG: Source Qualifier Transformation > Overriding the Default Query; Lookup Transformation > Lookup Query).</summary>
    private static bool SqlOverride(GraphNode node) => node.Transformation is { } t && (
        (t.Type.Equals("Source Qualifier", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(t.TableAttributes.Get("Sql Query")))
        || (t.Type.Equals(LookupType, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(t.TableAttributes.Get("Lookup Sql Override"))));

    /// <summary>The sources upstream of a target load, its path, and each target field's ports back through same-named ports.</summary>
    private static TargetLineage Lineage(MappingGraph graph, TargetLoad load)
    {
        var upstream = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<string>([load.TargetInstance]);
        while (pending.TryDequeue(out var node))
        {
            foreach (var link in graph.Into(node).Where(l => upstream.Add(l.FromNode)))
            {
                pending.Enqueue(link.FromNode);
            }
        }

        var columns = graph.Into(load.TargetInstance).Select(link =>
        {
            var from = Chain(graph, link.FromNode, link.FromPort);
            var origins = new List<string>();
            Origins(graph, from[^1], origins, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
            return new ColumnLineage(link.ToPort, [.. from.Select(p => $"{p.Node}.{p.Port}")], origins);
        }).ToList();

        return new TargetLineage(
            load.TargetInstance,
            [.. graph.Nodes.Where(n => n.Kind == InstanceKind.Source && upstream.Contains(n.Name)).Select(n => n.Name)],
            load.Path,
            load.IsTranslated,
            load.Refusal,
            columns);
    }

    /// <summary>
    /// The ports a value passes through from <paramref name="node"/>.<paramref name="port"/> back, nearest first: each
    /// port's connector is followed to the port of the same name upstream (a Router group's output port to the input
    /// port it refers to), up to a source or a port no connector feeds.
    /// </summary>
    private static List<(string Node, string Port)> Chain(MappingGraph graph, string node, string port)
    {
        var chain = new List<(string Node, string Port)>();
        var current = (Node: node, Port: port);
        while (chain.Count <= graph.Nodes.Count)
        {
            chain.Add(current);
            var name = current.Port;
            var at = graph.Node(current.Node);
            var next = graph.Into(current.Node).FirstOrDefault(l => l.ToPort.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (next is null && at?.Transformation?.Ports.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.RefField is { } input
                && !input.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                // An output port of a Router group (REF_FIELD) passes the value of the input port it names.
                current = (current.Node, input);
                continue;
            }

            if (next is null || at?.Kind == InstanceKind.Source)
            {
                break;
            }

            current = (next.FromNode, next.FromPort);
        }

        return chain;
    }

    /// <summary>
    /// Adds the ports a value is made from: a source field, or, for a port whose expression computes it, the origins
    /// of the ports of its transformation the expression names (TLR: ports are referenced by name in an expression);
    /// a port with neither (a generated value, a constant) is its own origin.
    /// </summary>
    private static void Origins(MappingGraph graph, (string Node, string Port) end, List<string> origins, HashSet<string> visited)
    {
        if (!visited.Add($"{end.Node}.{end.Port}"))
        {
            return;
        }

        var node = graph.Node(end.Node);
        var ports = node?.Transformation?.Ports ?? [];
        var expression = ports.FirstOrDefault(p => p.Name.Equals(end.Port, StringComparison.OrdinalIgnoreCase))?.Expression;
        var named = string.IsNullOrWhiteSpace(expression) ? []
            : Lexer.Tokenize(expression).Where(t => t.Kind == TokenKind.Identifier)
                .Select(t => ports.FirstOrDefault(p => p.Name.Equals(t.Text, StringComparison.OrdinalIgnoreCase) && !p.Name.Equals(end.Port, StringComparison.OrdinalIgnoreCase)))
                .OfType<Port>().DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        if (named.Count == 0)
        {
            if (!origins.Contains($"{end.Node}.{end.Port}", StringComparer.OrdinalIgnoreCase))
            {
                origins.Add($"{end.Node}.{end.Port}");
            }

            return;
        }

        foreach (var input in named)
        {
            Origins(graph, Chain(graph, end.Node, input.Name)[^1], origins, visited);
        }
    }

    private static IEnumerable<AssessedConnection> Connections(SessionSummary session, SessionJob job) =>
        job.Sources.Select(s => new AssessedConnection(session.Input, session.Folder, session.ObjectPath, s.Qualifier ?? s.Instance, "source", s.Connection, s.Format, s.Refusal))
            .Concat(job.Targets.Select(t => new AssessedConnection(session.Input, session.Folder, session.ObjectPath, t.Instance, "target", t.Connection, t.Format, t.Refusal)))
            .Concat((job.Plan?.Lookups ?? []).Select(l => new AssessedConnection(session.Input, session.Folder, session.ObjectPath, l.LookupInstance, "lookup", l.Connection,
                l.Kind == LookupSourceKind.FlatFile ? "flat file" : "relational", null)));

    /// <summary>An enum value as assessment.json writes it (camelCase).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static IReadOnlyList<TypeCount> ByName(IEnumerable<string> names) =>
        [.. names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Select(g => new TypeCount(g.First(), g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)];
}
