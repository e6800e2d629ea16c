using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;

namespace Informatica2Spark.Core.Expressions.Functions.Numeric;

/// <summary>
/// LOG(base, exponent) (TLR: Functions > LOG): the logarithm of the exponent in the base, as Double; NULL if an
/// argument is NULL. The base must be positive and not 1, the exponent positive: "The PowerCenter Integration Service
/// displays an error and does not write the row if you pass a negative number, 0, or 1 as a base value, or if you pass
/// a negative value for the exponent" (the argument table asks for an exponent "greater than 0", so 0 is an error
/// too). Spark's <c>log(base, expr)</c>, with those rows as row errors.
/// </summary>
public sealed class Log : BaseAndExponentFunction
{
    private const string Message = "LOG: the base must be greater than 0 and not 1, and the exponent greater than 0";

    public override string Name => "LOG";

    protected override SqlExpr Translate(CallTranslation call, SqlExpr @base, SqlExpr exponent)
    {
        var tests = new List<SqlExpr>();
        var constantError = false;
        if (call.IsLiteral(0, out var b))
        {
            constantError |= b is decimal number && (number <= 0 || number == 1);
        }
        else
        {
            tests.Add(new SqlBinary(SqlBinaryOperator.LessOrEqual, @base, SqlLiteral.Int(0)));
            tests.Add(new SqlBinary(SqlBinaryOperator.Equal, @base, SqlLiteral.Int(1)));
        }

        if (call.IsLiteral(1, out var e))
        {
            constantError |= e is decimal number && number <= 0;
        }
        else
        {
            tests.Add(new SqlBinary(SqlBinaryOperator.LessOrEqual, exponent, SqlLiteral.Int(0)));
        }

        if (constantError)
        {
            call.UseError(SqlLiteral.String(Message));
        }
        else if (tests.Count > 0)
        {
            call.RowError(tests.Aggregate((a, c) => new SqlBinary(SqlBinaryOperator.Or, a, c)), Message);
        }

        return new SqlFunction("log", @base, exponent);
    }
}
