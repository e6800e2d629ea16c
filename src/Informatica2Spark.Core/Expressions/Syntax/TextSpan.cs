namespace Informatica2Spark.Core.Expressions.Syntax;

/// <summary>A range of an expression's text: <see cref="Start"/> is a 0-based character offset, <see cref="Length"/> a count of characters.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;

    /// <summary>The smallest span covering both.</summary>
    public static TextSpan Cover(TextSpan first, TextSpan last) => new(first.Start, Math.Max(first.End, last.End) - first.Start);
}

/// <summary>A 1-based line and column inside an expression's text (expressions in exports may span lines).</summary>
public readonly record struct ExpressionPosition(int Line, int Column)
{
    /// <summary>The line and column of a 0-based offset; <c>\r\n</c>, <c>\n</c> and <c>\r</c> each end a line.</summary>
    public static ExpressionPosition Of(string text, int offset)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (text[i] != '\r')
            {
                column++;
            }
        }

        return new ExpressionPosition(line, column);
    }

    /// <summary><c>column 7</c> on a one-line expression, <c>line 2, column 7</c> otherwise.</summary>
    public override string ToString() => Line == 1 ? $"column {Column}" : $"line {Line}, column {Column}";
}
