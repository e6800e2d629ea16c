using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Numeric;

/// <summary>
/// CEIL(numeric_value) and FLOOR(numeric_value) (TLR: Functions > CEIL, FLOOR): the smallest integer not below, and the
/// largest integer not above, the value (<c>CEIL(-3.17)</c> is -3, <c>FLOOR(-3.17)</c> is -4); NULL gives NULL. The
/// result is a whole number ("Integer if you pass a numeric value with declared precision between 0 and 28"), typed so
/// it holds every result: an Integer or Bigint argument is returned as it is, a Decimal(p,s) gives Decimal(p-s+1,0)
/// and a Double gives Bigint, which are the types of Spark's <c>ceil</c> and <c>floor</c>.
/// </summary>
public sealed class CeilFloor : IFunctionFamily
{
    public IEnumerable<ExpressionFunction> Functions => [new Rounding("CEIL", "ceil"), new Rounding("FLOOR", "floor")];

    private sealed class Rounding(string name, string sparkName) : ExpressionFunction
    {
        public override string Name => name;

        public override FunctionCategory Category => FunctionCategory.Numeric;

        public override string Syntax => $"{name}(numeric_value)";

        public override int MinArguments => 1;

        public override int MaxArguments => 1;

        public override PcType Bind(CallBinding call)
        {
            call.ExpectNumber(0);
            var argument = Abs.NumericResult(call[0].Type);
            return argument.Kind switch
            {
                PcTypeKind.Decimal => PcType.Decimal(argument.Precision - argument.Scale + 1, 0),
                PcTypeKind.Double => PcType.BigInt,
                _ => argument,
            };
        }

        public override SqlExpr Translate(CallTranslation call) => call.TypeOf(0).Kind switch
        {
            PcTypeKind.Null => SqlNull.Instance,
            PcTypeKind.Integer or PcTypeKind.BigInt or PcTypeKind.Boolean => call.Number(0, call.ResultType),
            _ => new SqlFunction(sparkName, call[0]),
        };
    }
}
