using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Aggregate;

/// <summary>
/// MAX and MIN of numbers, strings and dates (TLR: Functions > MAX (Dates), MAX (Numbers), MAX (String), MIN (Dates),
/// MIN (Numbers), MIN (String)): the greatest or least non-NULL value of the selected rows, NULL when there is none;
/// the result has the value's type. Strings compare case-sensitively, "the same sort order that the Sorter
/// transformation uses": Spark compares strings by their UTF-8 bytes, which is PowerCenter's binary sort order (the
/// default); a session in Unicode mode with a linguistic sort order of its code page orders strings otherwise.
/// </summary>
public sealed class MinMax : IFunctionFamily
{
    public IEnumerable<ExpressionFunction> Functions => [new Extreme("MAX", "max"), new Extreme("MIN", "min")];

    private sealed class Extreme(string name, string spark) : AggregateFunction
    {
        public override string Name => name;

        protected override string ValueSyntax => "value";

        public override string Source => $"TLR Functions > {name} (Dates), {name} (Numbers), {name} (String)";

        protected override PcType BindValues(CallBinding call)
        {
            if (call[0].Type.Kind == PcTypeKind.Binary)
            {
                call.Problem(0, "the value must be a number, a string or a date, not a binary value");
            }

            return ValueType(call[0].Type);
        }

        public override SqlExpr Translate(CallTranslation call) => Aggregate(call, 1, spark, Numeric(call, 0));
    }
}
