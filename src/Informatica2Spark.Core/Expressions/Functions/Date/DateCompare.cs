using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using static Informatica2Spark.Core.Expressions.Dates.DateSql;

namespace Informatica2Spark.Core.Expressions.Functions.Date;

/// <summary>
/// DATE_COMPARE(date1, date2) (TLR: Functions > DATE_COMPARE): -1 when date1 is earlier, 0 when the dates are equal,
/// 1 when date2 is earlier, NULL when either is NULL. Dates compare to the microsecond (Spark timestamps).
/// </summary>
public sealed class DateCompare : ExpressionFunction
{
    public override string Name => "DATE_COMPARE";

    public override FunctionCategory Category => FunctionCategory.Date;

    public override string Syntax => "DATE_COMPARE(date1, date2)";

    public override int MinArguments => 2;

    public override int MaxArguments => 2;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectDate(0);
        call.ExpectDate(1);
        return PcType.Integer;
    }

    public override SqlExpr Translate(CallTranslation call) => new SqlCase(
        [
            new SqlWhen(new SqlBinary(SqlBinaryOperator.Less, call[0], call[1]), Int(-1)),
            new SqlWhen(new SqlBinary(SqlBinaryOperator.Greater, call[0], call[1]), Int(1)),
            new SqlWhen(Equal(call[0], call[1]), Int(0)),
        ],
        null);
}
