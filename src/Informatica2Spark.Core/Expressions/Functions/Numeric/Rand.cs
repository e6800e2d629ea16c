using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Numeric;

/// <summary>
/// RAND([seed]) (TLR: Functions > RAND): a random number between 0 and 1; "For the same seed, the PowerCenter
/// Integration Service generates the same sequence of numbers"; the seed "must be a constant", and without one the
/// current time seeds the generator. Spark's <c>rand([seed])</c> is uniform on [0, 1) too, but its generator
/// (XORShift, seeded once per partition) gives other numbers: <c>RAND(1)</c> "may return 0.417022004702574", the first
/// number of a Mersenne Twister seeded with 1, which Spark does not reproduce.
/// </summary>
public sealed class Rand : ExpressionFunction
{
    public override string Name => "RAND";

    public override FunctionCategory Category => FunctionCategory.Numeric;

    public override string Syntax => "RAND([seed])";

    public override int MinArguments => 0;

    public override int MaxArguments => 1;

    public override Verdict Verdict => Verdict.Approximate;

    public override string Difference =>
        "Spark's rand generates other numbers than PowerCenter's generator for the same seed, and seeds each partition apart, so a seeded sequence is repeatable but not PowerCenter's";

    public override PcType Bind(CallBinding call)
    {
        call.Data = call.ExpectIntegerLiteral(0, "the seed");
        return PcType.Double;
    }

    public override SqlExpr Translate(CallTranslation call) =>
        call.Data is int seed ? new SqlFunction("rand", SqlLiteral.Int(seed)) : new SqlFunction("rand");
}
