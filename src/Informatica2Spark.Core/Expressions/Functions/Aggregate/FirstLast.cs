using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Aggregate;

/// <summary>
/// FIRST(value [, filter_condition]) and LAST(value [, filter_condition]) (TLR: Functions > FIRST, LAST; the pages
/// were not at hand): the value of the first or last selected row of the group in the order the rows reach the
/// Aggregator (TG: Group By Ports: "if you specify a particular row to be returned (for example, by using the FIRST
/// function), the Integration Service then returns the specified row"). NULL values are ignored and a group of NULLs
/// gives NULL, as with every aggregate ("Aggregate functions return summary values for non-null values in selected
/// ports", TLR: Aggregate Functions). Spark's <c>first</c> and <c>last</c> depend on the order partitions reach the
/// aggregate, so the translation is <c>min_by</c> / <c>max_by</c> (Spark 3.0 on) of the value by the arrival-order
/// column the mapping plan supplies (<see cref="ArrivalOrder"/>): exact as long as that column numbers the rows in
/// the order they reach the transformation.
/// </summary>
public sealed class FirstLast : IFunctionFamily
{
    public IEnumerable<ExpressionFunction> Functions => [new Edge("FIRST", "min_by"), new Edge("LAST", "max_by")];

    private sealed class Edge(string name, string spark) : AggregateFunction
    {
        public override string Name => name;

        protected override string ValueSyntax => "value";

        protected override PcType BindValues(CallBinding call)
        {
            if (call[0].Type.Kind == PcTypeKind.Binary)
            {
                call.Problem(0, "the value must be a number, a string or a date, not a binary value");
            }

            return ValueType(call[0].Type);
        }

        public override SqlExpr Translate(CallTranslation call)
        {
            var value = Numeric(call, 0);
            return Aggregate(call, 1, spark, value, [ArrivalOrder.Expression], new SqlIsNull(value, Negated: true));
        }
    }
}
