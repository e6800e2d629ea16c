using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Special;

/// <summary>
/// GREATEST(value1, [value2, ..., valueN,] CaseFlag) and LEAST(...) (TLR: Functions > GREATEST, LEAST): the greatest
/// (least) of values of one type, numbers, strings or dates; NULL if any value is NULL, where Spark's
/// <c>greatest</c> and <c>least</c> skip NULLs, so a CASE gives NULL first. Strings compare case sensitively unless
/// the CaseFlag says otherwise (<see cref="CaseFlag"/>); compared without case, the first of the values that tie is
/// returned as written. The stored TLR pages were not available; these are the semantics of the TLR's syntax and
/// return value as the notes record them.
/// </summary>
public sealed class GreatestLeast : IFunctionFamily
{
    public IEnumerable<ExpressionFunction> Functions => [new Extreme("GREATEST", "greatest", true), new Extreme("LEAST", "least", false)];

    private sealed class Extreme(string name, string sparkName, bool greatest) : ExpressionFunction
    {
        public override string Name => name;

        public override FunctionCategory Category => FunctionCategory.Special;

        public override string Syntax => $"{name}(value1, [value2, ..., valueN,] CaseFlag)";

        public override int MinArguments => 1;

        public override int MaxArguments => int.MaxValue;

        public override PcType Bind(CallBinding call)
        {
            var flag = CaseFlag.Find(call, 1);
            call.Data = flag;
            return CaseFlag.CheckValues(call, flag ?? call.Count);
        }

        public override SqlExpr Translate(CallTranslation call)
        {
            var flag = (int?)call.Data;
            var count = flag ?? call.Count;
            var type = call.ResultType;
            if (Enumerable.Range(0, count).Any(i => call.IsLiteral(i, out var value) && value is null))
            {
                return SqlLiteral.Null(SqlTypes.Of(call.ResultType));
            }

            var values = Enumerable.Range(0, count).Select(i => CaseFlag.Value(call, i, type)).ToList();
            var nullable = values.Where(v => v is not SqlLiteral).Select(v => (SqlExpr)new SqlIsNull(v)).ToList();
            var anyNull = nullable.Count == 0 ? null : nullable.Aggregate((a, b) => new SqlBinary(SqlBinaryOperator.Or, a, b));
            return CaseFlag.Apply(call, flag, () => Sensitive(values, anyNull), () => Insensitive(values, anyNull));
        }

        /// <summary><c>greatest(...)</c>, NULL when a value is NULL.</summary>
        private SqlExpr Sensitive(IReadOnlyList<SqlExpr> values, SqlExpr? anyNull)
        {
            var extreme = values.Count == 1 ? values[0] : new SqlFunction(sparkName, values);
            return anyNull is null ? extreme : new SqlCase([new SqlWhen(anyNull, SqlNull.Instance)], extreme);
        }

        /// <summary>The first value whose lower case is not below (above) the lower case of every later one.</summary>
        private SqlExpr Insensitive(IReadOnlyList<SqlExpr> values, SqlExpr? anyNull)
        {
            var whens = new List<SqlWhen>();
            if (anyNull is not null)
            {
                whens.Add(new SqlWhen(anyNull, SqlNull.Instance));
            }

            var comparison = greatest ? SqlBinaryOperator.GreaterOrEqual : SqlBinaryOperator.LessOrEqual;
            for (var i = 0; i < values.Count - 1; i++)
            {
                var wins = Enumerable.Range(i + 1, values.Count - i - 1)
                    .Select(j => (SqlExpr)new SqlBinary(comparison, CaseFlag.Lower(values[i]), CaseFlag.Lower(values[j])))
                    .Aggregate((a, b) => new SqlBinary(SqlBinaryOperator.And, a, b));
                whens.Add(new SqlWhen(wins, values[i]));
            }

            return whens.Count == 0 ? values[^1] : new SqlCase(whens, values[^1]);
        }
    }
}
