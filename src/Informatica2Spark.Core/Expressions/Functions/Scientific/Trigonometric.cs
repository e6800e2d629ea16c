using Informatica2Spark.Core.Expressions.Functions.Numeric;

namespace Informatica2Spark.Core.Expressions.Functions.Scientific;

/// <summary>
/// COS, COSH, SIN, SINH, TAN, TANH (TLR: Functions > Scientific Functions): the trigonometric functions of an angle in
/// radians and the hyperbolic functions, as Double ("All scientific functions": Double with and without high precision,
/// DG: Integer Values in Calculations); NULL gives NULL. Spark's functions of the same names. The stored TLR pages of
/// these functions were not available; their results follow the mathematical definitions, which both engines compute
/// in IEEE doubles. COSH and SINH of large values exceed Double's range: a row error, as for EXP.
/// </summary>
public sealed class Trigonometric : IFunctionFamily
{
    public IEnumerable<ExpressionFunction> Functions =>
    [
        new DoubleFunction("COS", FunctionCategory.Scientific, "cos"),
        new DoubleFunction("COSH", FunctionCategory.Scientific, "cosh", canOverflow: true),
        new DoubleFunction("SIN", FunctionCategory.Scientific, "sin"),
        new DoubleFunction("SINH", FunctionCategory.Scientific, "sinh", canOverflow: true),
        new DoubleFunction("TAN", FunctionCategory.Scientific, "tan"),
        new DoubleFunction("TANH", FunctionCategory.Scientific, "tanh"),
    ];
}
