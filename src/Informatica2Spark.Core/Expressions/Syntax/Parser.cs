namespace Informatica2Spark.Core.Expressions.Syntax;

/// <summary>A syntax error: what is wrong and where in the expression.</summary>
public sealed record SyntaxError(string Message, TextSpan Span);

/// <summary>The tree of a parsed expression, or the first syntax error that stopped it.</summary>
public sealed record ParseResult(ExpressionSyntax? Tree, SyntaxError? Error);

/// <summary>
/// Parses the PowerCenter transformation language into an <see cref="ExpressionSyntax"/> tree. Operator precedence,
/// highest first, as the TLR (Operators) documents it: parentheses; unary <c>+ -</c> and <c>NOT</c>; <c>* / %</c>;
/// <c>+ -</c>; <c>||</c>; <c>&lt; &lt;= &gt; &gt;=</c>; <c>= &lt;&gt; != ^=</c>; <c>AND</c>; <c>OR</c>. NOT binds tighter
/// than comparisons, unlike SQL. Operators of one level associate to the left. Never throws: malformed input
/// (including nesting deeper than <see cref="MaxDepth"/>) gives a <see cref="SyntaxError"/>.
/// </summary>
public sealed class Parser
{
    /// <summary>The deepest nesting of operators, calls and parentheses accepted.</summary>
    public const int MaxDepth = 1000;

    private readonly IReadOnlyList<Token> tokens;
    private int position;
    private int depth;

    private Parser(IReadOnlyList<Token> tokens) => this.tokens = tokens;

    /// <summary>Parses a whole expression; text after a complete expression is an error.</summary>
    public static ParseResult Parse(string text)
    {
        var parser = new Parser(Lexer.Tokenize(text));
        try
        {
            if (parser.Current.Kind == TokenKind.End)
            {
                return new ParseResult(null, new SyntaxError("the expression is empty", new TextSpan(0, text.Length)));
            }

            var tree = parser.Expression(0);
            if (parser.Current.Kind != TokenKind.End)
            {
                throw parser.Unexpected("an operator or the end of the expression");
            }

            return new ParseResult(tree, null);
        }
        catch (SyntaxException error)
        {
            return new ParseResult(null, error.Error);
        }
    }

    private Token Current => tokens[position];

    private Token Advance() => tokens[position++];

    private ExpressionSyntax Expression(int minimum)
    {
        Enter();
        var left = Prefix();
        var chain = 0;
        BinaryOperator? runOperator = null;
        var run = new List<ExpressionSyntax>();
        while (Infix(Current) is { } op && Precedence(op) >= minimum)
        {
            Advance();
            var right = Expression(Precedence(op) + 1);
            if (IsAssociative(op))
            {
                if (runOperator != op)
                {
                    left = Close(runOperator, run, left);
                    run = [left];
                    runOperator = op;
                }

                run.Add(right);
                continue;
            }

            left = Close(runOperator, run, left);
            runOperator = null;

            // A chain of these operators makes the tree as deep as it is long.
            if (depth + ++chain > MaxDepth)
            {
                throw new SyntaxException(new SyntaxError($"the expression chains more than {MaxDepth} arithmetic or comparison operators: split it with variable ports", right.Span));
            }

            left = new BinarySyntax(op, left, right, TextSpan.Cover(left.Span, right.Span));
        }

        depth--;
        return Close(runOperator, run, left);
    }

    /// <summary>
    /// AND, OR and <c>||</c> give the same result whichever way a run of them is grouped, so a run of one of them is
    /// built as a balanced tree: a list of thousands of conditions or strings stays shallow.
    /// </summary>
    private static bool IsAssociative(BinaryOperator op) => op is BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Concat;

    private static ExpressionSyntax Close(BinaryOperator? op, List<ExpressionSyntax> run, ExpressionSyntax left) =>
        op is { } @operator && run.Count > 1 ? Balanced(@operator, run, 0, run.Count) : left;

    private static ExpressionSyntax Balanced(BinaryOperator op, List<ExpressionSyntax> run, int start, int end)
    {
        if (end - start == 1)
        {
            return run[start];
        }

        var middle = start + ((end - start) / 2);
        var left = Balanced(op, run, start, middle);
        var right = Balanced(op, run, middle, end);
        return new BinarySyntax(op, left, right, TextSpan.Cover(left.Span, right.Span));
    }

    private ExpressionSyntax Prefix()
    {
        var token = Current;
        UnaryOperator? unary = token.Kind switch
        {
            TokenKind.Minus => UnaryOperator.Negate,
            TokenKind.Plus => UnaryOperator.Plus,
            _ when token.IsKeyword("NOT") => UnaryOperator.Not,
            _ => null,
        };
        if (unary is { } op)
        {
            Advance();
            Enter();
            var operand = Prefix();
            depth--;
            return new UnarySyntax(op, operand, TextSpan.Cover(token.Span, operand.Span));
        }

        return Primary();
    }

    private ExpressionSyntax Primary()
    {
        var token = Advance();
        switch (token.Kind)
        {
            case TokenKind.Integer:
                return new NumberLiteralSyntax(token.Text, true, token.Span);
            case TokenKind.Decimal:
                return new NumberLiteralSyntax(token.Text, false, token.Span);
            case TokenKind.String:
                return new StringLiteralSyntax(token.Text, token.Span);
            case TokenKind.MappingParameter:
                return new ParameterSyntax(token.Text, true, token.Span);
            case TokenKind.SessionParameter:
                return new ParameterSyntax(token.Text, false, token.Span);
            case TokenKind.TaskVariable:
                return new TaskVariableSyntax(token.Text[1..], token.Member!, token.Span);
            case TokenKind.ColonReference:
            {
                Expect(TokenKind.OpenParen, $"'(' after :{token.Text}.{token.Member}");
                var (arguments, close) = Arguments();
                return new ReferenceCallSyntax(token.Text, token.Member!, arguments, TextSpan.Cover(token.Span, close));
            }

            case TokenKind.OpenParen:
            {
                var inner = Expression(0);
                var close = Expect(TokenKind.CloseParen, "')'");
                return new ParenthesizedSyntax(inner, TextSpan.Cover(token.Span, close.Span));
            }

            case TokenKind.Identifier when IsReserved(token):
                position--;
                throw Unexpected("a value");
            case TokenKind.Identifier when token.Member is not null:
                return new NameSyntax(token.Text, token.Span) { Member = token.Member };
            case TokenKind.Identifier when Current.Kind == TokenKind.OpenParen:
            {
                Advance();
                var (arguments, close) = Arguments();
                return new CallSyntax(token.Text, token.Span, arguments, TextSpan.Cover(token.Span, close));
            }

            case TokenKind.Identifier:
                return new NameSyntax(token.Text, token.Span);
            case TokenKind.Invalid:
                throw new SyntaxException(new SyntaxError(token.Text, token.Span));
            default:
                position--;
                throw Unexpected("a value");
        }
    }

    private (IReadOnlyList<ExpressionSyntax> Arguments, TextSpan Close) Arguments()
    {
        var arguments = new List<ExpressionSyntax>();
        if (Current.Kind == TokenKind.CloseParen)
        {
            return (arguments, Advance().Span);
        }

        while (true)
        {
            if (Current.Kind == TokenKind.Star && tokens[position + 1].Kind is TokenKind.CloseParen or TokenKind.Comma)
            {
                arguments.Add(new StarSyntax(Advance().Span));
            }
            else
            {
                arguments.Add(Expression(0));
            }

            if (Current.Kind == TokenKind.Comma)
            {
                Advance();
                continue;
            }

            return (arguments, Expect(TokenKind.CloseParen, "',' or ')'").Span);
        }
    }

    private Token Expect(TokenKind kind, string what) =>
        Current.Kind == kind ? Advance() : throw Unexpected(what);

    private void Enter()
    {
        if (++depth > MaxDepth)
        {
            throw new SyntaxException(new SyntaxError($"the expression nests deeper than {MaxDepth} levels", Current.Span));
        }
    }

    private SyntaxException Unexpected(string expected)
    {
        var token = Current;
        var found = token.Kind switch
        {
            TokenKind.End => "the end of the expression",
            TokenKind.Invalid => token.Text,
            TokenKind.String => $"the string '{token.Text}'",
            _ => $"'{token.Text}'",
        };
        var message = token.Kind == TokenKind.Invalid ? token.Text : $"expected {expected}, found {found}";
        return new SyntaxException(new SyntaxError(message, token.Span));
    }

    private static bool IsReserved(Token token) => token.IsKeyword("AND") || token.IsKeyword("OR") || token.IsKeyword("NOT");

    private static BinaryOperator? Infix(Token token) => token.Kind switch
    {
        TokenKind.Star => BinaryOperator.Multiply,
        TokenKind.Slash => BinaryOperator.Divide,
        TokenKind.Percent => BinaryOperator.Modulo,
        TokenKind.Plus => BinaryOperator.Add,
        TokenKind.Minus => BinaryOperator.Subtract,
        TokenKind.Concat => BinaryOperator.Concat,
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
        TokenKind.Greater => BinaryOperator.Greater,
        TokenKind.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
        TokenKind.Equal => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        _ when token.IsKeyword("AND") => BinaryOperator.And,
        _ when token.IsKeyword("OR") => BinaryOperator.Or,
        _ => null,
    };

    /// <summary>Higher binds tighter (TLR: Operators, precedence table).</summary>
    public static int Precedence(BinaryOperator op) => op switch
    {
        BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo => 7,
        BinaryOperator.Add or BinaryOperator.Subtract => 6,
        BinaryOperator.Concat => 5,
        BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => 4,
        BinaryOperator.Equal or BinaryOperator.NotEqual => 3,
        BinaryOperator.And => 2,
        BinaryOperator.Or => 1,
        _ => 0,
    };

    private sealed class SyntaxException(SyntaxError error) : Exception(error.Message)
    {
        public SyntaxError Error { get; } = error;
    }
}
