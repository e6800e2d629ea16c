using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Character;

/// <summary>
/// LPAD(first_string, length [, second_string]) and RPAD(first_string, length [, second_string]) (TLR: Functions >
/// LPAD, RPAD; the pages were not in the research corpus, so this follows the TLR as recalled): first_string padded
/// at the beginning (LPAD) or end (RPAD) to <c>length</c> characters with second_string, repeated and cut as needed
/// (<c>LPAD('Flashlight', 16, '*..*')</c> is <c>'*..**.Flashlight'</c>), or with blanks when second_string is
/// omitted. A string longer than length is truncated from right to left: <c>LPAD('alphabetical', 5, 'x')</c> is
/// <c>'alpha'</c>. A negative length or a NULL argument gives NULL.
/// <para>Spark's <c>lpad</c> and <c>rpad</c> pad, cycle and truncate alike, but give an empty string for a negative
/// length, so a length that is not a constant is tested first. The blank is passed explicitly (Spark before 3.3 has no
/// two-argument form). An empty second_string is not documented; Spark then truncates but does not pad.</para>
/// </summary>
public sealed class PadFunctions : IFunctionFamily
{
    public IEnumerable<ExpressionFunction> Functions => [new Pad("LPAD", "lpad"), new Pad("RPAD", "rpad")];
}

/// <summary>One of <see cref="PadFunctions"/>.</summary>
public sealed class Pad(string name, string sparkName) : ExpressionFunction
{
    public override string Name => name;

    public override FunctionCategory Category => FunctionCategory.Character;

    public override string Syntax => $"{name}(first_string, length [, second_string])";

    public override int MinArguments => 2;

    public override int MaxArguments => 3;

    public override PcType Bind(CallBinding call)
    {
        Strings.Expect(call, "sns");
        return call.Literal(1) is { Value: decimal length } && length is >= 1 and <= 104_857_600
            ? PcType.String((int)Math.Round(length, MidpointRounding.AwayFromZero))
            : PcType.String(Math.Max(Strings.Precision(call[0].Type), PcType.String().Precision));
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        if (Strings.AnyNullLiteral(call))
        {
            return Strings.NullString;
        }

        var length = Strings.Count(call, 1);
        if (length is SqlLiteral { Value: long constant } && constant < 0)
        {
            return Strings.NullString;
        }

        var padding = call.Count == 3 ? call.String(2) : SqlLiteral.String(" ");
        var padded = Strings.Call(sparkName, call.String(0), length, padding);
        return length is SqlLiteral
            ? padded
            : new SqlCase([new SqlWhen(new SqlBinary(SqlBinaryOperator.Less, length, SqlLiteral.Int(0)), Strings.NullString)], padded);
    }
}
