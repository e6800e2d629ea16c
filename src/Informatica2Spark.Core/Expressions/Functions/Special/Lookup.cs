using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Special;

/// <summary>
/// LOOKUP(result, search1, value1 [, search2, value2]...) (TLR: Functions > LOOKUP): searches a lookup table for rows
/// whose search columns equal the values and returns the result column. The TLR keeps it for PowerMart 3.5: "Use the
/// Lookup transformation rather than the LOOKUP function ... you need to enable the lookup caching option for 3.5
/// compatibility in the session properties". The table is named only through the ports of a lookup definition and
/// the session's connections, which an expression does not carry, so i2s does not translate it.
/// </summary>
public sealed class Lookup : ExpressionFunction
{
    public override string Name => "LOOKUP";

    public override FunctionCategory Category => FunctionCategory.Special;

    public override string Syntax => "LOOKUP(result, search1, value1 [, search2, value2]...)";

    public override int MinArguments => 3;

    public override int MaxArguments => int.MaxValue;

    public override Verdict Verdict => Verdict.Unsupported;

    public override string Difference =>
        "the PowerMart 3.5 LOOKUP function reads a lookup table the expression does not name, under a 3.5 compatibility session option; replace it with a Lookup transformation, which i2s translates";

    public override PcType Bind(CallBinding call) => call[0].Type;

    public override SqlExpr Translate(CallTranslation call) => call.Unsupported(Difference);
}
