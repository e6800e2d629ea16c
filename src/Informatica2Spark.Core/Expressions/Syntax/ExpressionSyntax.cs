namespace Informatica2Spark.Core.Expressions.Syntax;

/// <summary>A node of the immutable syntax tree of one expression; <see cref="Span"/> is where it stands in the text.</summary>
public abstract record ExpressionSyntax(TextSpan Span);

/// <summary>A number literal as written (<c>42</c>, <c>12.50</c>, <c>1E3</c>).</summary>
public sealed record NumberLiteralSyntax(string Text, bool IsInteger, TextSpan Span) : ExpressionSyntax(Span);

/// <summary>A string literal; <see cref="Value"/> has doubled quotes undone.</summary>
public sealed record StringLiteralSyntax(string Value, TextSpan Span) : ExpressionSyntax(Span);

/// <summary>A bare name: a port, or a constant such as <c>NULL</c>, <c>TRUE</c>, <c>DD_INSERT</c>, <c>SYSDATE</c>.</summary>
public sealed record NameSyntax(string Name, TextSpan Span) : ExpressionSyntax(Span)
{
    /// <summary>For <c>transformation.port</c>, which PowerCenter does not accept: the part after the dot.</summary>
    public string? Member { get; init; }
}

/// <summary><c>$$NAME</c> (mapping parameter or variable) or <c>$NAME</c> (session parameter or built-in variable), with its dollars.</summary>
public sealed record ParameterSyntax(string Name, bool IsMappingParameter, TextSpan Span) : ExpressionSyntax(Span);

/// <summary><c>$task.Variable</c> in a workflow link or decision condition (WBG: Workflow Variables).</summary>
public sealed record TaskVariableSyntax(string Task, string Variable, TextSpan Span) : ExpressionSyntax(Span);

/// <summary>A prefix operator: <c>-</c>, <c>+</c> or <c>NOT</c>.</summary>
public sealed record UnarySyntax(UnaryOperator Operator, ExpressionSyntax Operand, TextSpan Span) : ExpressionSyntax(Span);

/// <summary>An infix operator with its two operands.</summary>
public sealed record BinarySyntax(BinaryOperator Operator, ExpressionSyntax Left, ExpressionSyntax Right, TextSpan Span) : ExpressionSyntax(Span);

/// <summary>A function call such as <c>IIF(a, b, c)</c>; <see cref="NameSpan"/> is where the name stands.</summary>
public sealed record CallSyntax(string Name, TextSpan NameSpan, IReadOnlyList<ExpressionSyntax> Arguments, TextSpan Span) : ExpressionSyntax(Span);

/// <summary>The <c>*</c> argument of <c>COUNT(*)</c>.</summary>
public sealed record StarSyntax(TextSpan Span) : ExpressionSyntax(Span);

/// <summary>
/// A colon reference call: <c>:LKP.name(args)</c> (unconnected lookup), <c>:SP.name(args)</c> (stored procedure) or
/// another reserved prefix; <see cref="Kind"/> is the prefix in upper case.
/// </summary>
public sealed record ReferenceCallSyntax(string Kind, string Name, IReadOnlyList<ExpressionSyntax> Arguments, TextSpan Span) : ExpressionSyntax(Span);

/// <summary>An expression in parentheses, kept so the tree shows what was written.</summary>
public sealed record ParenthesizedSyntax(ExpressionSyntax Inner, TextSpan Span) : ExpressionSyntax(Span);

/// <summary>Prefix operators.</summary>
public enum UnaryOperator
{
    Negate,
    Plus,
    Not,
}

/// <summary>Infix operators, in the TLR's groups: arithmetic, string, comparison, logical.</summary>
public enum BinaryOperator
{
    Multiply,
    Divide,
    Modulo,
    Add,
    Subtract,
    Concat,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
    And,
    Or,
}
