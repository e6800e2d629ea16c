using System.Globalization;
using System.Text.RegularExpressions;
using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Parameters;

/// <summary>
/// Resolves a session's parameters and variables through the layers cli, environment, session (parameter files),
/// mapping (declared values), system (built-ins) and default (datatype defaults), recording each value's layer and
/// origin. A value that mentions another parameter stays literal, as in PowerCenter.
/// </summary>
public static partial class ParameterResolver
{
    /// <summary>A value from one layer; <see cref="NamesSession"/> when it comes from a section naming the session itself.</summary>
    private sealed record Candidate(string Name, string Value, ParameterLayer Layer, string Origin, bool NamesSession = false);

    public static ParameterResolution Resolve(ParameterRequest request)
    {
        var byName = new Dictionary<string, List<Candidate>>(StringComparer.OrdinalIgnoreCase);
        void Add(Candidate c) => (byName.TryGetValue(c.Name, out var list) ? list : byName[c.Name] = []).Add(c);

        foreach (var cli in request.Cli)
        {
            Add(new Candidate(cli.Name, cli.Value, ParameterLayer.Cli, "--param " + cli.Name));
        }

        foreach (var (variable, value) in request.Environment.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (ParameterEnvironment.ParameterName(variable) is { } name)
            {
                Add(new Candidate(name, value, ParameterLayer.Environment, variable));
            }
        }

        foreach (var (winner, shadowed) in ParameterFileLookup.Resolve(request.Files, request.Scope).Where(r => r.Winner.MappletScope is null))
        {
            foreach (var value in shadowed.Prepend(winner))
            {
                Add(new Candidate(value.Name, value.Value, ParameterLayer.Session, value.Origin, value.Scope.Kind == ParameterScopeKind.Session));
            }
        }

        var declared = request.Declared.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var d in request.Declared.Where(d => d.InitialValue is not null))
        {
            Add(new Candidate(d.Name, d.InitialValue!, ParameterLayer.Mapping, $"{d.Location.FilePosition()} ({(d.IsVariable ? "initial value" : "default value")})"));
        }

        var diagnostics = new List<Diagnostic>();
        var used = request.Used?.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = byName.Keys.Concat(declared.Keys).Concat(used ?? []).Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
        var resolved = new List<ResolvedParameter>();
        foreach (var name in names)
        {
            var candidates = byName.GetValueOrDefault(name)?.OrderBy(c => c.Layer).ToList() ?? [];
            var spelled = declared.GetValueOrDefault(name)?.Name ?? candidates.FirstOrDefault()?.Name ?? name;
            var result = Pick(request, spelled, candidates, declared.GetValueOrDefault(name));
            resolved.Add(result);
            Diagnose(request, result, candidates, declared.GetValueOrDefault(name), used, diagnostics);
        }

        return new ParameterResolution(resolved, diagnostics);
    }

    private static ResolvedParameter Pick(ParameterRequest request, string name, List<Candidate> candidates, DeclaredParameter? declaration)
    {
        if (candidates.Count > 0)
        {
            var top = candidates[0];
            return new ResolvedParameter(name, top.Value, top.Layer, top.Origin);
        }

        if (SystemParameters.Resolve(name, request.Scope, request.MappingName) is { } system)
        {
            return system with { Name = name };
        }

        return declaration is not null
            ? new ResolvedParameter(name, DatatypeDefault(declaration.DataType), ParameterLayer.Default, $"default for {declaration.DataType}")
            : new ResolvedParameter(name, null, null, null);
    }

    private static void Diagnose(
        ParameterRequest request, ResolvedParameter result, List<Candidate> candidates, DeclaredParameter? declaration,
        HashSet<string>? used, List<Diagnostic> diagnostics)
    {
        var location = declaration?.Location ?? request.Location;
        if (result.Value is null)
        {
            diagnostics.Add(DiagnosticCodes.ParameterUnresolved.Create(
                $"{result.Name} is used by session {request.Scope.Session} but has no value: give it in a parameter file, with --param {result.Name}=VALUE or with {ParameterEnvironment.VariableName(result.Name)}",
                request.Location));
            return;
        }

        if (result.Layer == ParameterLayer.Default)
        {
            diagnostics.Add(DiagnosticCodes.ParameterNeverGiven.Create(
                $"{result.Name} is declared but never given a value; the {declaration!.DataType} default '{result.Value}' applies", location));
        }

        // Only a section naming this very session is a mistake when unused: [Global], service, workflow and
        // command-line values serve many sessions. $PM... values are consumed by PowerCenter itself.
        if (used is not null && declaration is null && !used.Contains(result.Name) && !result.Name.StartsWith("$PM", StringComparison.OrdinalIgnoreCase)
            && candidates.Count > 0 && candidates[0].NamesSession)
        {
            diagnostics.Add(DiagnosticCodes.ParameterNeverUsed.Create(
                $"{result.Name} is given a value ({result.Origin}) but session {request.Scope.Session} never uses it", request.Location));
        }

        foreach (var shadowed in candidates.Skip(1))
        {
            diagnostics.Add(DiagnosticCodes.ParameterShadowed.Create(
                $"{result.Name}: '{result.Value}' from {result.Origin} ({Layer(result.Layer)}) shadows '{shadowed.Value}' from {shadowed.Origin} ({Layer(shadowed.Layer)})",
                request.Location));
        }

        if (declaration is not null && !result.IsRunTime && !IsValid(result.Value, declaration.DataType))
        {
            diagnostics.Add(DiagnosticCodes.ParameterInvalidValue.Create(
                $"{result.Name} = '{result.Value}' from {result.Origin} is not a valid {declaration.DataType}", location));
        }

        if (!result.IsRunTime && result.Layer != ParameterLayer.Default && ParameterReference().Match(result.Value) is { Success: true } mention)
        {
            diagnostics.Add(DiagnosticCodes.ParameterValueMentionsParameter.Create(
                $"{result.Name} = '{result.Value}' mentions {mention.Value}, which PowerCenter does not substitute inside a value: it stays literal",
                request.Location));
        }
    }

    private static string Layer(ParameterLayer? layer) => layer?.ToString().ToLowerInvariant() ?? "none";

    /// <summary>PowerCenter's datatype defaults: empty string, zero, and 1/1/1753 for dates.</summary>
    public static string DatatypeDefault(string dataType) => Kind(dataType) switch
    {
        ValueKind.Number => "0",
        ValueKind.Date => "1/1/1753",
        _ => string.Empty,
    };

    private enum ValueKind
    {
        Text,
        Number,
        Date,
    }

    private static ValueKind Kind(string dataType)
    {
        var type = dataType.ToLowerInvariant();
        return type.Contains("date", StringComparison.Ordinal) || type.Contains("time", StringComparison.Ordinal) ? ValueKind.Date
            : type is "integer" or "bigint" or "small integer" or "smallint" or "decimal" or "double" or "real" or "numeric" or "number" or "float"
                ? ValueKind.Number
                : ValueKind.Text;
    }

    private static readonly string[] DateFormats =
    [
        "M/d/yyyy", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm:ss.FFFFFFFFF", "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFFF",
    ];

    private static bool IsValid(string value, string dataType) => Kind(dataType) switch
    {
        ValueKind.Number => value.Length == 0 || decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        ValueKind.Date => value.Length == 0 || DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => true,
    };

    [GeneratedRegex(@"\$\$?[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex ParameterReference();
}
