using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Translation;

/// <summary>A port declared on its own (<c>--port NAME:TYPE</c>, a test row).</summary>
public sealed record PortDeclaration(string Name, PcType Type);

/// <summary>A mapping parameter or variable declared on its own, with the value a run binds (<c>--param NAME[:TYPE]=VALUE</c>).</summary>
public sealed record ParameterDeclaration(string Name, PcType Type, string? Value, bool IsVariable = false);

/// <summary>An expression to translate on its own, with the names it may use: what <c>i2s translate-expression</c> and the golden tests give.</summary>
public sealed record ExpressionRequest(string Expression, IReadOnlyList<PortDeclaration> Ports, IReadOnlyList<ParameterDeclaration> Parameters)
{
    public ExpressionSettings Settings { get; init; } = ExpressionSettings.Default;

    public ExpressionRole Role { get; init; } = ExpressionRole.Value;

    /// <summary>The year two-digit RR years in parameter values resolve against (the caller's current year; tests pin it).</summary>
    public required int CurrentYear { get; init; }
}

/// <summary>An expression's translation with its run-time values bound as literals, as a run would execute it.</summary>
public sealed record ExpressionResult(ExpressionRequest Request, ExpressionTranslation Translation, SqlExpr? BoundValue, SqlExpr? BoundError, IReadOnlyList<string> BindingProblems)
{
    /// <summary>The Spark SQL with run-time values bound, or null when not translated or a value does not bind.</summary>
    public string? BoundSql => BoundValue is null ? null : SparkDialect.Instance.Render(BoundValue);

    /// <summary>The row error with run-time values bound.</summary>
    public string? BoundErrorSql => BoundError is null ? null : SparkDialect.Instance.Render(BoundError);
}

/// <summary>Translates a standalone expression and binds the values of its parameters.</summary>
public static class StandaloneExpressions
{
    public static ExpressionResult Translate(ExpressionRequest request)
    {
        var scope = new ExpressionScope(
            request.Ports.Select(p => new PortSymbol(p.Name, p.Type, PortRole.Input)),
            request.Parameters.Select(p => new ParameterSymbol(p.Name, p.Type, p.IsVariable)));
        var translation = ExpressionTranslator.Translate(request.Expression, scope, request.Settings, request.Role);
        var problems = new List<string>();
        var values = request.Parameters.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        SqlExpr? Bind(SqlParameter parameter)
        {
            if (!values.TryGetValue(parameter.Name, out var declared) || declared.Value is null)
            {
                return null;
            }

            var (literal, problem) = RunTimeLiterals.Of(declared.Type, declared.Value, request.CurrentYear);
            if (problem is not null)
            {
                problems.Add($"{parameter.Name}: {problem}");
            }

            return literal;
        }

        var bound = translation.Value is null ? null : SqlTree.BindParameters(translation.Value, Bind);
        var boundError = translation.Error is null ? null : SqlTree.BindParameters(translation.Error, Bind);
        var unbound = translation.RunTimeValues.Where(v => !values.TryGetValue(v.Name, out var d) || d.Value is null).Select(v => v.Name).ToList();
        return new ExpressionResult(request, translation, problems.Count == 0 && unbound.Count == 0 ? bound : null, problems.Count == 0 && unbound.Count == 0 ? boundError : null, problems.Distinct().ToList());
    }
}
