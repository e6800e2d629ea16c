using System.Text;
using Informatica2Spark.Core.Expressions.Syntax;

namespace Informatica2Spark.Core.Expressions.Binding;

/// <summary>
/// Expands mapping parameters declared as expression variables (<c>ISEXPRESSIONVARIABLE="YES"</c>): PowerCenter
/// replaces <c>$$NAME</c> with the parameter's value, which is itself expression text, before it evaluates the
/// expression (DG: Mapping Parameters and Variables > Expression parameters). Only references outside string
/// literals and comments are replaced, once (a value is not expanded again).
/// </summary>
public static class ExpressionVariables
{
    public static string Expand(string text, ExpressionScope scope)
    {
        if (!text.Contains("$$", StringComparison.Ordinal) || !scope.Parameters.Any(p => p.ExpressionText is not null))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var token in Lexer.Tokenize(text).Where(t => t.Kind == TokenKind.MappingParameter))
        {
            if (scope.Parameter(token.Text)?.ExpressionText is { } value)
            {
                result.Append(text, position, token.Span.Start - position).Append(value);
                position = token.Span.End;
            }
        }

        return result.Append(text, position, text.Length - position).ToString();
    }
}
