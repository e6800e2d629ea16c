using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Syntax;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Numeric;

/// <summary>
/// MOD(numeric_value, divisor) (TLR: Functions > MOD): the remainder of the division, <c>MOD(8, 5)</c> is 3; NULL if
/// an argument is NULL. "The divisor cannot be 0": a zero divisor is a row error ("Integration Service does not write
/// row"), as for the <c>%</c> operator. The result is typed as <c>%</c> computes (DG: Integer Values in Calculations:
/// for <c>MOD(12.00, 5)</c> the integer 5 becomes a Double, or a Decimal with high precision). The sign of the
/// remainder with negative operands is not documented: i2s keeps Spark's <c>%</c>, whose remainder has the sign of the
/// dividend (<c>MOD(-7, 2)</c> is -1), as C's <c>fmod</c> does.
/// </summary>
public sealed class Mod : ExpressionFunction
{
    private const string Message = "MOD: the divisor is 0";

    public override string Name => "MOD";

    public override FunctionCategory Category => FunctionCategory.Numeric;

    public override string Syntax => "MOD(numeric_value, divisor)";

    public override int MinArguments => 2;

    public override int MaxArguments => 2;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectNumber(0);
        call.ExpectNumber(1);
        return Arithmetic.ResultType(BinaryOperator.Modulo, call[0], call[1], call.Settings.HighPrecision);
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        var type = call.ResultType;
        var value = call.Number(0, type);
        var divisor = call.Number(1, type);
        if (call.IsLiteral(1, out var constant) && constant is decimal number)
        {
            if (number != 0)
            {
                return new SqlBinary(SqlBinaryOperator.Modulo, value, divisor);
            }

            call.UseError(SqlLiteral.String(Message));
            return SqlLiteral.Null(SqlTypes.Of(type));
        }

        call.RowError(new SqlBinary(SqlBinaryOperator.Equal, divisor, SqlLiteral.Int(0)), Message);
        return new SqlBinary(SqlBinaryOperator.Modulo, value, new SqlFunction("nullif", divisor, SqlLiteral.Int(0)));
    }
}
