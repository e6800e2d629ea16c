using Informatica2Spark.Core.Expressions.Functions;
using Informatica2Spark.Core.Expressions.Syntax;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Binding;

/// <summary>A node of the bound tree: every name resolved and every node typed as PowerCenter types it.</summary>
public abstract record BoundExpression(PcType Type, TextSpan Span);

/// <summary>
/// A constant: null, a string, a decimal (numbers as written), a bool (TRUE, FALSE and comparisons of constants) or a
/// <see cref="DateTime"/>. <see cref="IsIntegerConstant"/> marks an integer written in the expression, which
/// PowerCenter computes in Double, or Decimal with high precision (DG: Integer Values in Calculations).
/// </summary>
public sealed record BoundLiteral(object? Value, PcType Type, TextSpan Span, bool IsIntegerConstant = false) : BoundExpression(Type, Span);

/// <summary>A port of the transformation; <see cref="BoundExpression.Type"/> is the type it computes in (a decimal port is Double without high precision).</summary>
public sealed record BoundPort(PortSymbol Port, PcType Type, TextSpan Span) : BoundExpression(Type, Span);

/// <summary>A mapping parameter or variable, bound when the job runs; typed as <see cref="BoundPort"/> is.</summary>
public sealed record BoundParameter(ParameterSymbol Parameter, PcType Type, TextSpan Span) : BoundExpression(Type, Span);

/// <summary>A built-in variable (<c>SYSDATE</c>, <c>SESSSTARTTIME</c>, <c>$PMWorkflowName</c>...).</summary>
public sealed record BoundBuiltIn(BuiltInVariable Variable, TextSpan Span) : BoundExpression(Variable.Type, Span);

/// <summary>A task variable of a workflow condition.</summary>
public sealed record BoundTaskVariable(string Task, TaskVariable Variable, TextSpan Span) : BoundExpression(Variable.Type, Span);

/// <summary>A prefix operator.</summary>
public sealed record BoundUnary(UnaryOperator Operator, BoundExpression Operand, PcType Type, TextSpan Span) : BoundExpression(Type, Span);

/// <summary>
/// An infix operator. <see cref="OperandType"/> is the type the operation computes in (for arithmetic, the result;
/// for comparisons, the type both sides are compared as).
/// </summary>
public sealed record BoundBinary(BinaryOperator Operator, BoundExpression Left, BoundExpression Right, PcType OperandType, PcType Type, TextSpan Span)
    : BoundExpression(Type, Span);

/// <summary>A call of a function of the registry.</summary>
public sealed record BoundCall(ExpressionFunction Function, IReadOnlyList<BoundExpression> Arguments, PcType Type, TextSpan Span) : BoundExpression(Type, Span)
{
    /// <summary>Facts the function's binding worked out for its translation (a parsed format string, say); null when none.</summary>
    public object? Data { get; init; }
}

/// <summary>The <c>*</c> of <c>COUNT(*)</c>.</summary>
public sealed record BoundStar(TextSpan Span) : BoundExpression(PcType.Unknown, Span);

/// <summary><c>:LKP.name(args)</c>: a call of an unconnected lookup; the mapping plan translates it.</summary>
public sealed record BoundLookupCall(LookupSymbol Lookup, IReadOnlyList<BoundExpression> Arguments, TextSpan Span) : BoundExpression(Lookup.Return, Span);

/// <summary>A call PowerCenter runs outside the expression engine (<c>:SP</c> stored procedures, <c>:EXT</c>...); never translated.</summary>
public sealed record BoundExternalCall(string Kind, string Name, IReadOnlyList<BoundExpression> Arguments, TextSpan Span) : BoundExpression(PcType.Unknown, Span);

/// <summary>A node that did not bind; its diagnostic was reported.</summary>
public sealed record BoundInvalid(TextSpan Span) : BoundExpression(PcType.Unknown, Span);
