using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Conversion;

/// <summary>
/// TO_INTEGER(value [, flag]) and TO_BIGINT(value [, flag]) (TLR: Functions > TO_INTEGER; TO_BIGINT has the same
/// contract with a Bigint result): a string or number as an Integer (Bigint). The decimal portion is truncated "when the
/// flag is TRUE or a number other than 0", and rounded to the nearest integer "if the flag is FALSE or 0 or if you omit
/// this argument" (half away from zero: '-15.6789' is -16, '    123.87' is 124); NULL gives NULL. "TO_INTEGER ignores
/// leading blanks"; the TLR gives "0 if the value passed to the function contains alphanumeric characters" with
/// 'A12.3Grove' as 0, while the Designer converts '123abc' to 123 (DG: Converting Strings to Numbers) and TO_DECIMAL
/// reads the numeric portion up to the first other character ('711A1' is 711). Every documented row agrees with reading
/// the numeric portion, so i2s reads it the same way (<see cref="NumericText"/>): '12abc' is 12, 'A12.3Grove' 0.
/// "The PowerCenter Integration Service displays an error when the conversion causes a numeric overflow", and
/// '5,000,000,000' is such a row error: the commas are read as digit grouping (otherwise the value would be 5), so
/// they are dropped before the portion is read. A value outside the result's range is a row error. Strings of more
/// than 20 digits before the point, beyond the DECIMAL(38,18) they are read in, give NULL instead.
/// </summary>
public sealed class ToIntegral : IFunctionFamily
{
    public IEnumerable<ExpressionFunction> Functions =>
    [
        new Conversion("TO_INTEGER", PcType.Integer, int.MinValue, int.MaxValue),
        new Conversion("TO_BIGINT", PcType.BigInt, long.MinValue, long.MaxValue),
    ];

    private sealed class Conversion(string name, PcType result, decimal minimum, decimal maximum) : ExpressionFunction
    {
        public override string Name => name;

        public override FunctionCategory Category => FunctionCategory.Conversion;

        public override string Syntax => $"{name}(value [, flag])";

        public override int MinArguments => 1;

        public override int MaxArguments => 2;

        public override PcType Bind(CallBinding call)
        {
            call.ExpectNumber(0, allowString: true);
            call.Data = call.Count == 2 && call.ExpectIntegerLiteral(1, "the flag") is { } flag && flag != 0;
            return result;
        }

        public override SqlExpr Translate(CallTranslation call)
        {
            var truncate = call.Data is true;
            var source = call.TypeOf(0);
            var type = SqlTypes.Of(result);
            switch (source.Kind)
            {
                case PcTypeKind.Null:
                    return SqlLiteral.Null(type);
                case PcTypeKind.String:
                    return FromText(call, truncate);
                case PcTypeKind.Integer or PcTypeKind.BigInt or PcTypeKind.Boolean:
                    if (source.Kind == PcTypeKind.BigInt && result.Kind == PcTypeKind.Integer)
                    {
                        Range(call, call[0], source, 0);
                    }

                    return source.Kind == result.Kind ? call[0] : new SqlCast(call[0], type);
                default:
                    var value = call.Number(0, source);
                    Range(call, value, source, truncate ? 1 : 0.5m);
                    return new SqlCast(truncate ? value : new SqlFunction("round", value), type);
            }
        }

        /// <summary>
        /// A string: commas dropped, then the numeric portion. Truncated, the digits before the point are cast; rounded,
        /// the portion is read as DECIMAL(38,18) and rounded half away from zero by Spark's <c>round</c>.
        /// </summary>
        private SqlExpr FromText(CallTranslation call, bool truncate)
        {
            var text = new SqlFunction("regexp_replace", call[0], SqlLiteral.String(","), SqlLiteral.String(string.Empty));
            if (truncate)
            {
                var whole = NumericText.Portion(text, NumericText.WholePattern);
                Range(call, new SqlCast(whole, SqlType.Decimal(38, 0)), PcType.Decimal(28, 0), 0);
                return new SqlCast(whole, SqlTypes.Of(result));
            }

            var number = new SqlCast(NumericText.Portion(text, NumericText.DecimalPattern), SqlType.Decimal(38, 18));
            Range(call, number, PcType.Decimal(28, 18), 0.5m);
            return new SqlCast(new SqlFunction("round", number), SqlTypes.Of(result));
        }

        /// <summary>
        /// The row error of a value outside the result's range once truncated or rounded: below
        /// <c>minimum - margin</c> or above <c>maximum + margin</c>, where the margin is 1 for truncation, 0.5 for
        /// rounding and 0 for a whole number (the bounds compared inclusively, except with no margin).
        /// </summary>
        private void Range(CallTranslation call, SqlExpr value, PcType operand, decimal margin)
        {
            var strict = margin == 0;
            var above = new SqlBinary(strict ? SqlBinaryOperator.Greater : SqlBinaryOperator.GreaterOrEqual, value, Bound(maximum + margin, operand));
            var below = new SqlBinary(strict ? SqlBinaryOperator.Less : SqlBinaryOperator.LessOrEqual, value, Bound(minimum - margin, operand));
            call.RowError(NumericText.Or(above, below), $"{name}: numeric overflow");
        }

        private static SqlExpr Bound(decimal value, PcType operand) =>
            operand.Kind == PcTypeKind.Double ? new SqlLiteral((double)value, SqlType.Double) : Conversions.NumberLiteral(value, PcType.Integer);
    }
}
