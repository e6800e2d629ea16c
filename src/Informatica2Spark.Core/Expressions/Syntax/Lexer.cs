namespace Informatica2Spark.Core.Expressions.Syntax;

/// <summary>
/// Splits an expression into tokens (TLR: The Transformation Language). Comments run from <c>--</c> or <c>//</c> to the
/// end of the line; string literals are in single quotes with a doubled quote for a quote; names compare in any
/// letter case. Never throws: a character that starts no token, or an unterminated string, is an
/// <see cref="TokenKind.Invalid"/> token with the reason in its text.
/// </summary>
public static class Lexer
{
    /// <summary>The tokens of <paramref name="text"/>, ending with one <see cref="TokenKind.End"/> token.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            i = SkipTrivia(text, i);
            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, string.Empty, new TextSpan(text.Length, 0)));
                return tokens;
            }

            var token = Next(text, i);
            tokens.Add(token);
            i = token.Span.End;
        }
    }

    private static int SkipTrivia(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (i + 1 < text.Length && ((text[i] == '-' && text[i + 1] == '-') || (text[i] == '/' && text[i + 1] == '/')))
            {
                while (i < text.Length && text[i] != '\n' && text[i] != '\r')
                {
                    i++;
                }
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static Token Next(string text, int start)
    {
        var c = text[start];
        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        return c switch
        {
            '\'' => StringLiteral(text, start),
            '$' => Dollar(text, start),
            ':' => ColonReference(text, start),
            '(' => Symbol(TokenKind.OpenParen, text, start, 1),
            ')' => Symbol(TokenKind.CloseParen, text, start, 1),
            ',' => Symbol(TokenKind.Comma, text, start, 1),
            '*' => Symbol(TokenKind.Star, text, start, 1),
            '/' => Symbol(TokenKind.Slash, text, start, 1),
            '%' => Symbol(TokenKind.Percent, text, start, 1),
            '+' => Symbol(TokenKind.Plus, text, start, 1),
            '-' => Symbol(TokenKind.Minus, text, start, 1),
            '|' when next == '|' => Symbol(TokenKind.Concat, text, start, 2),
            '<' when next == '=' => Symbol(TokenKind.LessOrEqual, text, start, 2),
            '<' when next == '>' => Symbol(TokenKind.NotEqual, text, start, 2),
            '<' => Symbol(TokenKind.Less, text, start, 1),
            '>' when next == '=' => Symbol(TokenKind.GreaterOrEqual, text, start, 2),
            '>' => Symbol(TokenKind.Greater, text, start, 1),
            '=' => Symbol(TokenKind.Equal, text, start, 1),
            '!' or '^' when next == '=' => Symbol(TokenKind.NotEqual, text, start, 2),
            _ when char.IsDigit(c) || (c == '.' && char.IsDigit(next)) => Number(text, start),
            _ when IsNameStart(c) => Identifier(text, start),
            _ => new Token(TokenKind.Invalid, $"unexpected character '{c}'", new TextSpan(start, 1)),
        };
    }

    private static Token Symbol(TokenKind kind, string text, int start, int length) => new(kind, text.Substring(start, length), new TextSpan(start, length));

    private static Token StringLiteral(string text, int start)
    {
        var value = new System.Text.StringBuilder();
        var i = start + 1;
        while (i < text.Length)
        {
            if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i += 2;
                    continue;
                }

                return new Token(TokenKind.String, value.ToString(), new TextSpan(start, i + 1 - start));
            }

            value.Append(text[i++]);
        }

        return new Token(TokenKind.Invalid, "a string literal is not closed: add the closing quote (a quote inside a string is written twice)", new TextSpan(start, text.Length - start));
    }

    private static Token Number(string text, int start)
    {
        var i = start;
        var isDecimal = false;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            isDecimal = true;
            i++;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            var j = i + 1;
            if (j < text.Length && (text[j] == '+' || text[j] == '-'))
            {
                j++;
            }

            if (j < text.Length && char.IsDigit(text[j]))
            {
                isDecimal = true;
                i = j;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }
            }
        }

        if (i < text.Length && IsNameStart(text[i]))
        {
            var end = NameEnd(text, i);
            return new Token(TokenKind.Invalid, $"'{text[start..end]}' is not a number or a name", new TextSpan(start, end - start));
        }

        return new Token(isDecimal ? TokenKind.Decimal : TokenKind.Integer, text[start..i], new TextSpan(start, i - start));
    }

    private static Token Identifier(string text, int start)
    {
        var end = NameEnd(text, start);
        if (end + 1 < text.Length && text[end] == '.' && IsNameStart(text[end + 1]))
        {
            // transformation.port: not PowerCenter syntax, but read as one name so the binder can say why.
            var memberEnd = NameEnd(text, end + 1);
            return new Token(TokenKind.Identifier, text[start..end], new TextSpan(start, memberEnd - start)) { Member = text[(end + 1)..memberEnd] };
        }

        return new Token(TokenKind.Identifier, text[start..end], new TextSpan(start, end - start));
    }

    private static Token Dollar(string text, int start)
    {
        var mapping = start + 1 < text.Length && text[start + 1] == '$';
        var nameStart = start + (mapping ? 2 : 1);
        if (nameStart >= text.Length || !IsNameStart(text[nameStart]))
        {
            return new Token(TokenKind.Invalid, "'$' must start a parameter or variable name such as $$NAME or $PMWorkflowName", new TextSpan(start, nameStart - start));
        }

        var end = NameEnd(text, nameStart);
        if (!mapping && end + 1 < text.Length && text[end] == '.' && IsNameStart(text[end + 1]))
        {
            var memberEnd = NameEnd(text, end + 1);
            return new Token(TokenKind.TaskVariable, text[start..end], new TextSpan(start, memberEnd - start)) { Member = text[(end + 1)..memberEnd] };
        }

        return new Token(mapping ? TokenKind.MappingParameter : TokenKind.SessionParameter, text[start..end], new TextSpan(start, end - start));
    }

    private static Token ColonReference(string text, int start)
    {
        var kindStart = start + 1;
        if (kindStart < text.Length && IsNameStart(text[kindStart]))
        {
            var kindEnd = NameEnd(text, kindStart);
            if (kindEnd + 1 < text.Length && text[kindEnd] == '.' && IsNameStart(text[kindEnd + 1]))
            {
                var nameEnd = NameEnd(text, kindEnd + 1);
                return new Token(TokenKind.ColonReference, text[kindStart..kindEnd].ToUpperInvariant(), new TextSpan(start, nameEnd - start)) { Member = text[(kindEnd + 1)..nameEnd] };
            }
        }

        return new Token(TokenKind.Invalid, "':' must start a reference such as :LKP.lookup_name(...) or :SP.procedure_name(...)", new TextSpan(start, 1));
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    private static int NameEnd(string text, int i)
    {
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '#' or '@' or '$'))
        {
            i++;
        }

        return i;
    }
}
