using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Character;

/// <summary>
/// The character functions of one string argument that Spark has under another name with the same semantics: a
/// NULL argument gives NULL, numbers and dates are converted to strings first, and characters, not bytes, are counted
/// (TLR: The Transformation Language > Internationalization: "the LENGTH function returns the number of characters in
/// a string, not the number of bytes").
/// <list type="bullet">
/// <item>UPPER(string), LOWER(string): the letters in upper or lower case; other characters unchanged. Spark's
/// <c>upper</c> and <c>lower</c> apply Unicode case mappings; PowerCenter applies those of the Integration Service
/// code page, which agree for the characters a code page has.</item>
/// <item>REVERSE(string): the characters in reverse order.</item>
/// <item>LENGTH(string): the number of characters, trailing blanks included; <c>LENGTH('')</c> is 0, the TLR's way to
/// test for an empty string (TLR: ISNULL, IS_SPACES: "To test for an empty string, use LENGTH").</item>
/// <item>ASCII(string), CHRCODE(string): the numeric value of the first character: its code in ASCII mode, its Unicode
/// code point in Unicode mode, which is what Spark's <c>ascii</c> returns (the code point of the first character). The
/// result for an empty string is not documented (the ASCII and CHRCODE pages were not available); Spark gives 0.</item>
/// </list>
/// </summary>
public sealed class SimpleStringFunctions : IFunctionFamily
{
    public IEnumerable<ExpressionFunction> Functions =>
    [
        new SimpleStringFunction("UPPER", "upper", integerResult: false),
        new SimpleStringFunction("LOWER", "lower", integerResult: false),
        new SimpleStringFunction("REVERSE", "reverse", integerResult: false),
        new SimpleStringFunction("LENGTH", "length", integerResult: true),
        new SimpleStringFunction("ASCII", "ascii", integerResult: true),
        new SimpleStringFunction("CHRCODE", "ascii", integerResult: true),
    ];
}

/// <summary>One function of <see cref="SimpleStringFunctions"/>: <c>NAME(string)</c> as Spark's <c>sparkName(string)</c>.</summary>
public sealed class SimpleStringFunction(string name, string sparkName, bool integerResult) : ExpressionFunction
{
    public override string Name => name;

    public override FunctionCategory Category => FunctionCategory.Character;

    public override string Syntax => $"{name}(string)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectString(0);
        return integerResult ? PcType.Integer : Strings.SameLength(call);
    }

    public override SqlExpr Translate(CallTranslation call) =>
        Strings.AnyNullLiteral(call)
            ? integerResult ? new SqlCast(SqlNull.Instance, SqlType.Int) : Strings.NullString
            : new SqlFunction(sparkName, call.String(0));
}
