using System.Text;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Syntax;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using Xunit;

namespace Informatica2Spark.Core.Tests.Expressions;

/// <summary>
/// The parser: precedence as the TLR's Operators chapter lists it (NOT with unary minus, above * / %; || below + -;
/// &lt; &lt;= &gt; &gt;= above = &lt;&gt; != ^=; AND above OR), comments, string quoting, and malformed input that always
/// gives a located error, never an exception.
/// </summary>
public sealed class ParserTests
{
    [Theory]
    [InlineData("8 + 5 - 2 * 8", "((8 + 5) - (2 * 8))")]
    [InlineData("8 + (5 - 2) * 8", "(8 + ((5 - 2) * 8))")]
    [InlineData("NOT A = B", "((NOT A) = B)")]
    [InlineData("NOT A AND B", "((NOT A) AND B)")]
    [InlineData("-A * B", "((- A) * B)")]
    [InlineData("'a' || 1 + 2", "('a' || (1 + 2))")]
    [InlineData("A = B < C", "(A = (B < C))")]
    [InlineData("A OR B AND C", "(A OR (B AND C))")]
    [InlineData("A AND B OR C AND D", "((A AND B) OR (C AND D))")]
    [InlineData("A != B", "(A <> B)")]
    [InlineData("A ^= B", "(A <> B)")]
    [InlineData("A <> B", "(A <> B)")]
    [InlineData("A - -B", "(A - (- B))")]
    [InlineData("A % B / C", "((A % B) / C)")]
    [InlineData("a || b || c", "(a || (b || c))")]
    [InlineData("a AND b AND c AND d", "((a AND b) AND (c AND d))")]
    [InlineData("a - b - c", "((a - b) - c)")]
    [InlineData("iif(a, b)", "IIF(a, b)")]
    [InlineData("COUNT(*)", "COUNT(*)")]
    [InlineData(":LKP.lkp_rate(A, 'USD')", ":LKP.lkp_rate(A, 'USD')")]
    [InlineData("$$LAST_RUN", "$$LAST_RUN")]
    [InlineData("$s_load.Status = SUCCEEDED", "($s_load.Status = SUCCEEDED)")]
    [InlineData("$PMWorkflowName", "$PMWorkflowName")]
    [InlineData(".5 + 1E3", "(.5 + 1E3)")]
    public void Operators_bind_as_the_TLR_lists_them(string text, string tree) => Assert.Equal(tree, Show(Parse(text)));

    [Theory]
    [InlineData("A + 1 -- the rest is a comment", "(A + 1)")]
    [InlineData("A + 1 // so is this", "(A + 1)")]
    [InlineData("A\r\n-- a line\r\n+ B", "(A + B)")]
    [InlineData("'--not a comment'", "'--not a comment'")]
    [InlineData("'it''s'", "'it's'")]
    [InlineData("''", "''")]
    [InlineData("'a//b'", "'a//b'")]
    public void Comments_end_at_the_line_and_quotes_are_doubled(string text, string tree) => Assert.Equal(tree, Show(Parse(text)));

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("   -- only a comment", 0, "empty")]
    [InlineData("IIF(A > , 1)", 8, "expected a value")]
    [InlineData("(A + B", 6, "expected ')'")]
    [InlineData("A + B)", 5, "end of the expression")]
    [InlineData("'unterminated", 0, "not closed")]
    [InlineData("A # B", 2, "'#'")]
    [InlineData("12abc", 0, "not a number")]
    [InlineData("A AND", 5, "expected a value")]
    [InlineData("IIF(A, B C)", 9, "expected ',' or ')'")]
    [InlineData("$", 0, "'$' must start")]
    [InlineData(":XYZ", 0, "':' must start")]
    [InlineData("A + * B", 4, "expected a value")]
    [InlineData("SUM(*, 1)", 7, "")]
    public void Malformed_expressions_give_a_located_error(string text, int offset, string message)
    {
        var result = Parser.Parse(text);
        if (message.Length == 0)
        {
            Assert.NotNull(result.Tree);
            return;
        }

        Assert.Null(result.Tree);
        Assert.Equal(offset, result.Error!.Span.Start);
        Assert.Contains(message, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var deep = new string('(', 50_000) + "1" + new string(')', 50_000);
        Assert.Contains("nests deeper", Parser.Parse(deep).Error!.Message, StringComparison.Ordinal);
        var chain = string.Join(" + ", Enumerable.Repeat("A", 50_000));
        Assert.Contains("chains more than", Parser.Parse(chain).Error!.Message, StringComparison.Ordinal);
        var unary = new string('-', 50_000) + "1";
        Assert.NotNull(Parser.Parse(unary).Error);
    }

    [Fact]
    public void Long_runs_of_AND_OR_and_concatenation_are_balanced_and_translate_on_a_small_stack()
    {
        var scope = new ExpressionScope([new PortSymbol("A", PcType.Integer, PortRole.Input), new PortSymbol("S", PcType.String(10), PortRole.Input)]);
        var conditions = string.Join(" AND ", Enumerable.Range(0, 20_000).Select(i => $"A <> {i}"));
        var strings = string.Join(" || ", Enumerable.Repeat("S", 20_000));
        ExpressionTranslation? first = null, second = null;
        var thread = new Thread(() =>
        {
            first = ExpressionTranslator.Translate(conditions, scope, ExpressionSettings.Default);
            second = ExpressionTranslator.Translate(strings, scope, ExpressionSettings.Default);
        }, maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.True(first!.IsTranslated, string.Join("; ", first.Problems.Select(p => p.Message)));
        Assert.StartsWith("(`A` <> 0) AND (`A` <> 1) AND", first.Sql, StringComparison.Ordinal);
        Assert.True(second!.IsTranslated);
    }

    [Fact]
    public void Random_input_never_throws_and_every_failure_is_located()
    {
        string[] pieces = ["A", "B", "1", "2.5", "'x'", "''", "(", ")", ",", "+", "-", "*", "/", "%", "||", "=", "<>", "<", ">=", "NOT", "AND", "OR", "IIF", "DECODE", "SUBSTR", "NULL", "TRUE", "$$P", "$PMSessionName", ":LKP.l", ":SP.p", "COUNT", "*", "--", "\n", "'", "#", "$", ":"];
        var random = new Random(20261201);
        var scope = new ExpressionScope([new PortSymbol("A", PcType.Integer, PortRole.Input), new PortSymbol("B", PcType.String(10), PortRole.Input)]);
        for (var n = 0; n < 5000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, 12); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? string.Empty : " ");
            }

            var translation = ExpressionTranslator.Translate(text.ToString(), scope, ExpressionSettings.Default with { AllowAggregates = true });
            Assert.True(translation.IsTranslated || translation.Problems.Count > 0, text.ToString());
            Assert.All(translation.Problems, p => Assert.InRange(p.Span.Start, 0, translation.Text.Length));
        }
    }

    private static ExpressionSyntax Parse(string text)
    {
        var result = Parser.Parse(text);
        Assert.True(result.Tree is not null, result.Error?.Message);
        return result.Tree!;
    }

    /// <summary>The tree with every operator in parentheses.</summary>
    private static string Show(ExpressionSyntax node) => node switch
    {
        NumberLiteralSyntax number => number.Text,
        StringLiteralSyntax text => $"'{text.Value}'",
        NameSyntax name => name.Name,
        ParameterSyntax parameter => parameter.Name,
        TaskVariableSyntax task => $"${task.Task}.{task.Variable}",
        ParenthesizedSyntax parenthesized => Show(parenthesized.Inner),
        UnarySyntax unary => $"({(unary.Operator == UnaryOperator.Not ? "NOT" : unary.Operator == UnaryOperator.Negate ? "-" : "+")} {Show(unary.Operand)})",
        BinarySyntax binary => $"({Show(binary.Left)} {Operator(binary.Operator)} {Show(binary.Right)})",
        CallSyntax call => $"{call.Name.ToUpperInvariant()}({string.Join(", ", call.Arguments.Select(Show))})",
        ReferenceCallSyntax reference => $":{reference.Kind}.{reference.Name}({string.Join(", ", reference.Arguments.Select(Show))})",
        StarSyntax => "*",
        _ => "?",
    };

    private static string Operator(BinaryOperator op) => op switch
    {
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Concat => "||",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "<>",
        BinaryOperator.And => "AND",
        _ => "OR",
    };
}
