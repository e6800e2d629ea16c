using System.Globalization;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Syntax;

namespace Informatica2Spark.Core.Parameters;

/// <summary>
/// Resolves a session's parameters and variables through the layers cli, environment, session (parameter files),
/// assignment (pre-session variable assignments), mapping (declared values), system (built-ins) and default
/// (datatype defaults), recording each value's layer and origin. As PowerCenter reads parameter files (Advanced
/// Workflow Guide, Parameter Files): a blank value or <c>&lt;null&gt;</c> in the most specific section is no value, so
/// the next layer applies (Null Values); a file cannot set the built-ins known from where the session runs or the
/// run-time values (Parameter and Variable Types); a name is everything before the first <c>=</c> (Parameter File
/// Structure). A value that mentions another parameter stays literal, except that a service process variable is
/// expanded from the others (<see cref="ServiceProcessVariables"/>).
/// </summary>
public static class ParameterResolver
{
    /// <summary>A value from one layer; <see cref="NamesSession"/> when it comes from a section naming the session itself.</summary>
    private sealed record Candidate(string Name, string Value, ParameterLayer Layer, string Origin, bool NamesSession = false);

    public static ParameterResolution Resolve(ParameterRequest request)
    {
        var diagnostics = new List<Diagnostic>();
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

        var padded = new List<ParameterFileValue>();
        foreach (var (winner, shadowed) in ParameterFileLookup.Resolve(request.Files, request.Scope).Where(r => r.Winner.MappletScope is null))
        {
            if (winner.Name != winner.Name.Trim())
            {
                padded.Add(winner);
                continue;
            }

            if (SystemParameters.IsFixed(winner.Name))
            {
                foreach (var value in shadowed.Prepend(winner))
                {
                    diagnostics.Add(DiagnosticCodes.ParameterBuiltInOverride.Create(
                        $"{value.Name} is a built-in the Integration Service sets itself; a parameter file cannot set it, so {Passwords.Quoted(value.Name, value.Value)} is ignored",
                        new SourceLocation(value.File, value.Line, 1)));
                }

                continue;
            }

            if (ParameterValues.IsNoValue(winner.Value))
            {
                diagnostics.Add(DiagnosticCodes.ParameterNoValue.Create(
                    $"{winner.Name} is assigned no value ('{winner.Value.Trim()}' means no value); {NoValueMeaning(winner.Name)}",
                    new SourceLocation(winner.File, winner.Line, 1)));
                continue;
            }

            if (ParameterValues.IsPlaceholder(winner.Value))
            {
                diagnostics.Add(DiagnosticCodes.ParameterPlaceholder.Create(
                    $"{winner.Name} = {Passwords.Quoted(winner.Name, winner.Value)} looks like a deployment placeholder that was never filled; PowerCenter would use it as written",
                    new SourceLocation(winner.File, winner.Line, winner.Name.Length + 2)));
            }

            foreach (var value in shadowed.Prepend(winner).Where(v => !ParameterValues.IsNoValue(v.Value)))
            {
                Add(new Candidate(value.Name, value.Value, ParameterLayer.Session, value.Origin, value.Scope.Kind == ParameterScopeKind.Session));
            }
        }

        // An assignment of a name from itself ($$LOAD_DATE = $$LOAD_DATE) adds no value the files do not give.
        foreach (var assignment in request.Assignments.Where(a => !a.Expression.Trim().Equals(a.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            Add(Assigned(assignment, byName));
        }

        var declared = request.Declared.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var d in request.Declared.Where(d => d.InitialValue is not null))
        {
            Add(new Candidate(d.Name, d.InitialValue!, ParameterLayer.Mapping, $"{d.Location.FilePosition()} ({(d.IsVariable ? "initial value" : "default value")})"));
        }

        var used = request.Used?.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = byName.Keys.Concat(declared.Keys).Concat(used ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        string? Given(string name) => byName.TryGetValue(name, out var list) && list.Count > 0 ? list.OrderBy(c => c.Layer).First().Value : null;

        // A service process directory the session uses needs the variables it is expanded from, $PMRootDir first.
        foreach (var name in names.Where(ServiceProcessVariables.Contains).ToList())
        {
            names.AddRange(ServiceProcessVariables.Expand(name, Given).Missing);
        }

        var resolved = new List<ResolvedParameter>();
        foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))
        {
            var candidates = byName.GetValueOrDefault(name)?.OrderBy(c => c.Layer).ToList() ?? [];
            var spelled = declared.GetValueOrDefault(name)?.Name ?? candidates.FirstOrDefault()?.Name ?? name;
            var result = Pick(request, spelled, candidates, declared.GetValueOrDefault(name), Given, diagnostics);
            resolved.Add(result);
            Diagnose(request, result, candidates, declared.GetValueOrDefault(name), used, diagnostics);
        }

        foreach (var entry in padded.Where(p => used?.Contains(p.Name.Trim()) == true || declared.ContainsKey(p.Name.Trim())))
        {
            diagnostics.Add(DiagnosticCodes.ParameterNamePadded.Create(
                $"'{entry.Name}' has blanks before the '=': PowerCenter takes everything before the first '=' as the name, so this line does not set {entry.Name.Trim()}; remove the blanks",
                new SourceLocation(entry.File, entry.Line, 1)));
        }

        return new ParameterResolution(resolved, diagnostics);
    }

    /// <summary>What no value means for a kind of name (Null Values).</summary>
    private static string NoValueMeaning(string name) =>
        ParameterReferences.IsMappingName(name) ? "the value of the next layer applies: a pre-session assignment, the mapping's initial value or the datatype default"
        : ParameterReferences.IsBuiltInName(name) ? "the Integration Service's own setting applies"
        : "a session parameter has no default value";

    /// <summary>
    /// The value a pre-session variable assignment gives: the value another layer gives the workflow variable it
    /// names, else the expression as written (evaluated by the workflow when it runs).
    /// </summary>
    private static Candidate Assigned(ParameterAssignment assignment, Dictionary<string, List<Candidate>> byName)
    {
        var origin = $"{assignment.Location.FilePosition()} (pre-session variable assignment {assignment.Name} = {assignment.Expression})";
        var expression = assignment.Expression.Trim();
        if (ParameterReferences.IsReference(expression) && byName.TryGetValue(expression, out var list) && list.Count > 0)
        {
            var source = list.OrderBy(c => c.Layer).First();
            return new Candidate(assignment.Name, source.Value, ParameterLayer.Assignment, $"{origin}, {expression} from {source.Origin}");
        }

        return new Candidate(assignment.Name, expression, ParameterLayer.Assignment, origin);
    }

    private static ResolvedParameter Pick(
        ParameterRequest request, string name, List<Candidate> candidates, DeclaredParameter? declaration, Func<string, string?> given, List<Diagnostic> diagnostics)
    {
        if (ServiceProcessVariables.Contains(name))
        {
            var expanded = ServiceProcessVariables.Expand(name, given);
            // One finding per cycle: reported by its first member in name order.
            if (expanded.Cycle is { } cycle && cycle.Min(StringComparer.OrdinalIgnoreCase)!.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(DiagnosticCodes.ServiceProcessVariableCycle.Create($"{name}: {expanded.Problem}; give one of them a value that does not refer back", request.Location));
            }

            if (candidates.Count > 0)
            {
                var top = candidates[0];
                var value = expanded.Value ?? top.Value;
                return new ResolvedParameter(name, value, top.Layer, value == top.Value ? top.Origin : $"{top.Origin} ({top.Value})", IsRunTime: true);
            }
        }

        if (candidates.Count > 0)
        {
            var top = candidates[0];
            return new ResolvedParameter(name, top.Value, top.Layer, top.Origin);
        }

        if (SystemParameters.Resolve(name, request.Scope, request.MappingName, given) is { } system)
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
                request.ReadsEnvironment
                    ? $"{result.Name} is used by session {request.Scope.Session} but has no value: give it in a parameter file, with --param {result.Name}=VALUE or with {ParameterEnvironment.VariableName(result.Name)}"
                    : $"{result.Name} is used by session {request.Scope.Session} but has no value: give it in a parameter file or with --param {result.Name}=VALUE",
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
                $"{result.Name}: {Passwords.Quoted(result.Name, result.Value)} from {result.Origin} ({Layer(result.Layer)}) shadows {Passwords.Quoted(result.Name, shadowed.Value)} from {shadowed.Origin} ({Layer(shadowed.Layer)})",
                request.Location));
        }

        if (declaration is not null && !result.IsRunTime && !IsValid(result.Value, declaration.DataType))
        {
            diagnostics.Add(DiagnosticCodes.ParameterInvalidValue.Create(
                $"{result.Name} = {Passwords.Quoted(result.Name, result.Value)} from {result.Origin} is not a valid {declaration.DataType}", location));
        }

        if (!result.IsRunTime && result.Layer is not (ParameterLayer.Default or ParameterLayer.Assignment) && ParameterReferences.Find(result.Value) is { Count: > 0 } mentions)
        {
            diagnostics.Add(DiagnosticCodes.ParameterValueMentionsParameter.Create(
                $"{result.Name} = {Passwords.Quoted(result.Name, result.Value)} mentions {mentions[0].Name}, which PowerCenter does not substitute inside a value: it stays literal",
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

    /// <summary>
    /// Whether a value suits a declared datatype: numbers in invariant form; dates in the parameter-file formats, read
    /// by the one parser the drivers use too (<see cref="ParameterDates"/>; the year 2000 only decides RR centuries).
    /// </summary>
    private static bool IsValid(string value, string dataType) => Kind(dataType) switch
    {
        ValueKind.Number => value.Length == 0 || decimal.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        ValueKind.Date => value.Length == 0 || ParameterDates.TryParse(value, 2000, out _),
        _ => true,
    };
}
