using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Functions;
using Informatica2Spark.Core.Expressions.Syntax;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Translation;

/// <summary>Where an expression's value is used: as a value (a port), or as a condition (a filter, a router group), where a number counts as TRUE when not 0 and NULL drops the row.</summary>
public enum ExpressionRole
{
    Value,
    Condition,
}

/// <summary>
/// The expression stage: text to Spark SQL. Expression variables (parameters declared with
/// <c>ISEXPRESSIONVARIABLE</c>) are expanded into the text, the text is parsed and bound against the scope, and the
/// bound tree is lowered to SQL with its row error. Never throws for bad input: every problem is in the result.
/// </summary>
public static class ExpressionTranslator
{
    public static ExpressionTranslation Translate(
        string text, ExpressionScope scope, ExpressionSettings settings, ExpressionRole role = ExpressionRole.Value, IExpressionHost? host = null)
    {
        var expanded = ExpressionVariables.Expand(text, scope);
        var parsed = Parser.Parse(expanded);
        if (parsed.Tree is null)
        {
            return Failed(expanded, new ExpressionProblem(DiagnosticCodes.ExpressionSyntax, parsed.Error!.Message, parsed.Error.Span));
        }

        var (bound, bindingProblems) = Binder.Bind(parsed.Tree, scope, settings);
        if (bindingProblems.Any(p => p.Code.DefaultSeverity == Severity.Error) || bound is BoundInvalid)
        {
            return new ExpressionTranslation(expanded, null, null, bound.Type, [], [], [], bindingProblems);
        }

        if (role == ExpressionRole.Condition && !bound.Type.IsNumberLike && bound.Type.Kind != PcTypeKind.String)
        {
            var problem = new ExpressionProblem(DiagnosticCodes.ExpressionTypeMismatch,
                $"a condition must be a comparison, TRUE or FALSE, a number (TRUE when not 0) or a string holding one, not {bound.Type}", bound.Span);
            return new ExpressionTranslation(expanded, null, null, bound.Type, [], [], [], [.. bindingProblems, problem]);
        }

        var lowerer = new Lowerer(settings, host);
        var lowered = lowerer.Lower(bound);
        var problems = bindingProblems.Concat(lowerer.Problems)
            .Concat(lowerer.Functions.Where(f => f.Verdict == Verdict.Approximate)
                .Select(f => new ExpressionProblem(DiagnosticCodes.ExpressionApproximate, $"{f.Name}: {f.Note}", f.Span)))
            .OrderBy(p => p.Span.Start).ToList();
        if (lowerer.Failed)
        {
            return new ExpressionTranslation(expanded, null, null, bound.Type, lowerer.Functions, lowerer.RunTimeValues, lowerer.VariableUpdates, problems);
        }

        var value = role == ExpressionRole.Condition ? Conversions.ToCondition(bound, lowered.Value) : lowered.Value;
        var type = role == ExpressionRole.Condition ? PcType.Boolean : bound.Type;
        return new ExpressionTranslation(expanded, value, lowered.Error, type, lowerer.Functions, lowerer.RunTimeValues, lowerer.VariableUpdates, problems);
    }

    private static ExpressionTranslation Failed(string text, ExpressionProblem problem) =>
        new(text, null, null, PcType.Unknown, [], [], [], [problem]);
}
