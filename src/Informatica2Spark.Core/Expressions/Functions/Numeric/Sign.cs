using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Numeric;

/// <summary>
/// SIGN(numeric_value) (TLR: Functions > SIGN): -1 for negative values, 0 for 0, 1 for positive values, NULL for
/// NULL, as an Integer. Spark's <c>sign</c> gives a DOUBLE, cast to INT.
/// </summary>
public sealed class Sign : ExpressionFunction
{
    public override string Name => "SIGN";

    public override FunctionCategory Category => FunctionCategory.Numeric;

    public override string Syntax => "SIGN(numeric_value)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectNumber(0);
        return PcType.Integer;
    }

    public override SqlExpr Translate(CallTranslation call) =>
        call.IsLiteral(0, out var value) && value is null
            ? SqlNull.Instance
            : new SqlCast(new SqlFunction("sign", call.Number(0, Abs.NumericResult(call.TypeOf(0)))), SqlType.Int);
}
