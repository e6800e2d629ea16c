using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Functions.Aggregate;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Numeric;

/// <summary>
/// MOVINGAVG and MOVINGSUM(numeric_value, rowset [, filter_condition]) (TLR: Functions > MOVINGAVG, MOVINGSUM): the
/// average or sum of the values of the last <c>rowset</c> rows read, the current one included, in the order the rows
/// arrive. The first rowset - 1 rows return NULL (the TLR example MOVINGSUM(SALES, 5) gives NULL for rows 1 to 4, then
/// 1790 for rows 1 to 5, 1229 for rows 2 to 6). NULL values are ignored, and a row set of NULLs gives NULL; the TLR
/// does not say whether a NULL row takes a place in the row set: here it does, the row set being the rows read.
/// <c>rowset</c> must be a positive integer literal. The average is a Double (Decimal with high precision and a
/// decimal value), the sum keeps the value's type. The translation is Spark's <c>avg</c> or <c>sum</c> as a window
/// function over the arrival-order column (<see cref="ArrivalOrder"/>), <c>ROWS BETWEEN rowset - 1 PRECEDING AND
/// CURRENT ROW</c>, NULL while that frame holds fewer than rowset rows.
/// </summary>
public sealed class MovingAggregates : IFunctionFamily
{
    public IEnumerable<ExpressionFunction> Functions => [new Moving("MOVINGAVG", "avg"), new Moving("MOVINGSUM", "sum")];

    private sealed class Moving(string name, string spark) : ExpressionFunction
    {
        public override string Name => name;

        public override string? Limits => "approximate with a filter condition: a row it does not select still takes a place in the row set";

        public override FunctionCategory Category => FunctionCategory.Numeric;

        public override string Syntax => $"{name}(numeric_value, rowset [, filter_condition])";

        public override int MinArguments => 2;

        public override int MaxArguments => 3;

        public override PcType Bind(CallBinding call)
        {
            call.ExpectNumber(0);
            if (call.ExpectIntegerLiteral(1, "rowset") is { } rows)
            {
                if (rows < 1)
                {
                    call.Problem(1, $"rowset must be a positive integer literal greater than 0, not {rows}");
                }

                call.Data = rows;
            }

            if (call.Count > 2)
            {
                call.ExpectCondition(2);
            }

            return spark == "avg" ? Avg.Type(call[0].Type, call.Settings.HighPrecision) : Running.ValueType(call[0].Type);
        }

        public override SqlExpr Translate(CallTranslation call)
        {
            var rows = (int)call.Data!;
            if (call.Count > 2)
            {
                call.Approximate("a row the filter condition does not select still takes a place in the row set, where PowerCenter may count only the selected rows");
            }

            var value = Running.Selected(call, 2, spark == "avg" ? Avg.Value(call, 0, call.ResultType) : Running.Numeric(call, 0));
            var full = new SqlBinary(SqlBinaryOperator.Equal, new SqlRunningAggregate(new SqlAggregate("count", null), ArrivalOrder.Expression, rows - 1), SqlLiteral.Int(rows));
            return new SqlCase([new SqlWhen(full, new SqlRunningAggregate(new SqlAggregate(spark, value), ArrivalOrder.Expression, rows - 1))], null);
        }
    }
}
