using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Expressions.Syntax;

namespace Informatica2Spark.Core.Expressions.Binding;

/// <summary>A problem found while parsing, binding or translating an expression, located by its span in the text.</summary>
public sealed record ExpressionProblem(DiagnosticDescriptor Code, string Message, TextSpan Span);
