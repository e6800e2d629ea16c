namespace Informatica2Spark.Core.Expressions.Syntax;

/// <summary>The kinds of token of the PowerCenter transformation language (TLR: The Transformation Language, Operators).</summary>
public enum TokenKind
{
    /// <summary>End of the expression.</summary>
    End,

    /// <summary>A port, function, constant or keyword name: a letter or <c>_</c>, then letters, digits, <c>_</c>, <c>#</c>, <c>@</c> or <c>$</c>.</summary>
    Identifier,

    /// <summary>An integer literal such as <c>42</c>.</summary>
    Integer,

    /// <summary>A literal with a decimal point or exponent such as <c>12.50</c>, <c>.5</c> or <c>1E3</c>.</summary>
    Decimal,

    /// <summary>A string literal in single quotes; a doubled quote stands for one quote.</summary>
    String,

    /// <summary><c>$$NAME</c>: a mapping parameter or variable.</summary>
    MappingParameter,

    /// <summary><c>$NAME</c>: a session parameter or built-in variable such as <c>$PMWorkflowName</c>.</summary>
    SessionParameter,

    /// <summary><c>$task.Variable</c>: a task variable of a workflow link or decision condition, such as <c>$s_load.Status</c>.</summary>
    TaskVariable,

    /// <summary><c>:LKP.name</c>, <c>:SP.name</c> and the other colon references (<c>:EXT</c>, <c>:MCR</c>, <c>:SEQ</c>, <c>:TD</c>, <c>:SD</c>, <c>:INFA</c>).</summary>
    ColonReference,

    /// <summary><c>(</c></summary>
    OpenParen,

    /// <summary><c>)</c></summary>
    CloseParen,

    /// <summary><c>,</c></summary>
    Comma,

    /// <summary><c>*</c>, also the argument of <c>COUNT(*)</c>.</summary>
    Star,

    /// <summary><c>/</c></summary>
    Slash,

    /// <summary><c>%</c></summary>
    Percent,

    /// <summary><c>+</c></summary>
    Plus,

    /// <summary><c>-</c></summary>
    Minus,

    /// <summary><c>||</c></summary>
    Concat,

    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,

    /// <summary><c>=</c></summary>
    Equal,

    /// <summary><c>&lt;&gt;</c>, <c>!=</c> or <c>^=</c>.</summary>
    NotEqual,

    /// <summary>A character that starts no token; the parser reports it.</summary>
    Invalid,
}

/// <summary>One token: its kind, its text as written (a string literal's value without quotes) and where it stands.</summary>
public sealed record Token(TokenKind Kind, string Text, TextSpan Span)
{
    /// <summary>For <see cref="TokenKind.TaskVariable"/> and <see cref="TokenKind.ColonReference"/>: the part after the dot.</summary>
    public string? Member { get; init; }

    /// <summary>An identifier spelled as this keyword, in any letter case.</summary>
    public bool IsKeyword(string keyword) => Kind == TokenKind.Identifier && Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);
}
