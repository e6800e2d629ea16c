using Informatica2Spark.Core.Expressions.Sql;

namespace Informatica2Spark.Core.Expressions.Functions.Numeric;

/// <summary>
/// EXP, LN and SQRT: Double results of one number (TLR: Functions > EXP, LN, SQRT; "Double value. NULL if a value
/// passed to the function is NULL").
/// <list type="bullet">
/// <item>EXP(exponent): e raised to the exponent, <c>EXP(2)</c> is 7.38905609893065; Spark's <c>exp</c>. A result
/// beyond Double's range is a row error (undocumented; see <see cref="DoubleFunction.Overflow"/>).</item>
/// <item>LN(numeric_value): the natural logarithm, <c>LN(3)</c> is 1.098612; "The PowerCenter Integration Service
/// displays an error and does not write the row when you pass a negative number or 0": a row error. Spark's
/// <c>ln</c> (NULL for those values).</item>
/// <item>SQRT(numeric_value): the square root, <c>SQRT(60.54)</c> is 7.78074546557076; "If you pass a negative value
/// ... displays a Transformation Evaluation Error and does not write the row": a row error; 0 is allowed ("a
/// non-negative numeric value"). Spark's <c>sqrt</c> (NaN for negative values).</item>
/// </list>
/// </summary>
public sealed class ExponentialFunctions : IFunctionFamily
{
    public IEnumerable<ExpressionFunction> Functions =>
    [
        new DoubleFunction("EXP", FunctionCategory.Numeric, "exp", canOverflow: true),
        new DoubleFunction("LN", FunctionCategory.Numeric, "ln", new DoubleFunction.Domain(
            x => new SqlBinary(SqlBinaryOperator.LessOrEqual, x, SqlLiteral.Int(0)), x => x <= 0, "LN: the argument must be greater than 0")),
        new DoubleFunction("SQRT", FunctionCategory.Numeric, "sqrt", new DoubleFunction.Domain(
            x => new SqlBinary(SqlBinaryOperator.Less, x, SqlLiteral.Int(0)), x => x < 0, "SQRT: the argument must not be negative")),
    ];
}
