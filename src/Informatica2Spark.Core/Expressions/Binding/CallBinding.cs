using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Expressions.Functions;
using Informatica2Spark.Core.Expressions.Syntax;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Binding;

/// <summary>What a function's <see cref="ExpressionFunction.Bind"/> sees: its bound arguments and a way to report problems.</summary>
public sealed class CallBinding
{
    private readonly List<ExpressionProblem> problems;

    internal CallBinding(ExpressionFunction function, IReadOnlyList<BoundExpression> arguments, TextSpan span, ExpressionSettings settings, List<ExpressionProblem> problems)
    {
        Function = function;
        Arguments = arguments;
        Span = span;
        Settings = settings;
        this.problems = problems;
    }

    public ExpressionFunction Function { get; }

    public IReadOnlyList<BoundExpression> Arguments { get; }

    public TextSpan Span { get; }

    public ExpressionSettings Settings { get; }

    /// <summary>Facts for the translation (a parsed format, say), kept on the bound call.</summary>
    public object? Data { get; set; }

    public int Count => Arguments.Count;

    public BoundExpression this[int index] => Arguments[index];

    /// <summary>The argument's type, or null when the call has fewer arguments.</summary>
    public PcType? TypeOf(int index) => index < Arguments.Count ? Arguments[index].Type : null;

    /// <summary>Reports a wrong argument (I2S0813) at the argument's place.</summary>
    public void Problem(int index, string message) =>
        problems.Add(new ExpressionProblem(DiagnosticCodes.ExpressionArguments, $"{Function.Name}: {message}", index < Arguments.Count ? Arguments[index].Span : Span));

    /// <summary>Reports a problem of the whole call with the given code.</summary>
    public void Problem(DiagnosticDescriptor code, string message) => problems.Add(new ExpressionProblem(code, message, Span));

    /// <summary>The argument must be a string (or NULL); numbers and dates are converted by PowerCenter where it says so, so only report when <paramref name="strict"/>.</summary>
    public bool ExpectString(int index, bool strict = false) => Expect(index, t => t.Kind == PcTypeKind.String || (!strict && (t.IsNumberLike || t.Kind == PcTypeKind.DateTime)), "a string");

    /// <summary>The argument must be a number (booleans count as 1 or 0); strings are converted when <paramref name="allowString"/>.</summary>
    public bool ExpectNumber(int index, bool allowString = false) => Expect(index, t => t.IsNumberLike || (allowString && t.Kind == PcTypeKind.String), "a number");

    /// <summary>The argument must be a date/time.</summary>
    public bool ExpectDate(int index) => Expect(index, t => t.Kind == PcTypeKind.DateTime, "a date/time value");

    /// <summary>The argument must be a condition: a comparison, TRUE/FALSE, a number (non-zero is TRUE), or a string converted to one.</summary>
    public bool ExpectCondition(int index) => Expect(index, t => t.IsNumberLike || t.Kind == PcTypeKind.String, "a condition or a number");

    /// <summary>The argument, when present, is a literal; its value, or null when it is not a literal.</summary>
    public BoundLiteral? Literal(int index) => index < Arguments.Count ? Arguments[index] as BoundLiteral : null;

    /// <summary>The argument must be a literal whole number (a flag or a scale); returns its value or null after reporting.</summary>
    public int? ExpectIntegerLiteral(int index, string what)
    {
        if (index >= Arguments.Count)
        {
            return null;
        }

        if (Arguments[index] is BoundLiteral { Value: decimal value } && value == Math.Truncate(value) && value is >= int.MinValue and <= int.MaxValue)
        {
            return (int)value;
        }

        if (Arguments[index] is BoundLiteral { Value: bool flag })
        {
            return flag ? 1 : 0;
        }

        Problem(index, $"{what} must be an integer literal");
        return null;
    }

    /// <summary>The argument must be a string literal (a format, say); returns its value or null after reporting.</summary>
    public string? ExpectStringLiteral(int index, string what)
    {
        if (index < Arguments.Count && Arguments[index] is BoundLiteral { Value: string text })
        {
            return text;
        }

        if (index < Arguments.Count && Arguments[index] is BoundLiteral { Value: null })
        {
            return null;
        }

        Problem(index, $"{what} must be a string literal for i2s to translate it");
        return null;
    }

    private bool Expect(int index, Func<PcType, bool> fits, string what)
    {
        if (index >= Arguments.Count || Arguments[index].Type.IsOpen || fits(Arguments[index].Type))
        {
            return true;
        }

        Problem(index, $"argument {index + 1} must be {what}, not {Arguments[index].Type}");
        return false;
    }
}
