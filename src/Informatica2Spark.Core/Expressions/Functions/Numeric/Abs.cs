using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Numeric;

/// <summary>
/// ABS(numeric_value) (TLR: Functions > ABS): the absolute value, of the argument's datatype ("If you pass a Double,
/// it returns a Double ... if you pass an Integer, it returns an Integer"); NULL gives NULL. Spark's <c>abs</c>,
/// which keeps the type.
/// </summary>
public sealed class Abs : ExpressionFunction
{
    public override string Name => "ABS";

    public override FunctionCategory Category => FunctionCategory.Numeric;

    public override string Syntax => "ABS(numeric_value)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectNumber(0);
        return NumericResult(call[0].Type);
    }

    public override SqlExpr Translate(CallTranslation call) =>
        call.IsLiteral(0, out var value) && value is null ? SqlNull.Instance : new SqlFunction("abs", call.Number(0, call.ResultType));

    /// <summary>The type a function that keeps its argument's type returns: booleans count as Integer.</summary>
    internal static PcType NumericResult(PcType argument) => argument.Kind == PcTypeKind.Boolean ? PcType.Integer : argument;
}
