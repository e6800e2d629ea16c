using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Numeric;

/// <summary>
/// A function of one number that computes in Double whatever the session's precision (DG: Integer Values in
/// Calculations, "All scientific functions and the EXP, LN, LOG, POWER, and SQRT functions": Double with and without
/// high precision): the argument is converted to DOUBLE and the Spark function of the same meaning applied; NULL
/// gives NULL. An argument outside the function's domain is a row error when the TLR says the Integration Service
/// does not write the row; a result beyond Double's range is a row error too (<see cref="Overflow"/>).
/// </summary>
internal sealed class DoubleFunction(
    string name,
    FunctionCategory category,
    string sparkName,
    DoubleFunction.Domain? domain = null,
    bool canOverflow = false) : ExpressionFunction
{
    /// <summary>Where the function is defined: the SQL test of an argument outside it, the same test of a constant, and the row error's message.</summary>
    internal sealed record Domain(Func<SqlExpr, SqlExpr> Outside, Func<decimal, bool> IsOutside, string Message);

    public override string Name => name;

    public override FunctionCategory Category => category;

    public override string Syntax => $"{name}(numeric_value)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectNumber(0);
        return PcType.Double;
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        var argument = call.Number(0, PcType.Double);
        if (domain is not null)
        {
            if (call.IsLiteral(0, out var constant))
            {
                if (constant is decimal number && domain.IsOutside(number))
                {
                    call.UseError(SqlLiteral.String(domain.Message));
                }
            }
            else
            {
                call.RowError(domain.Outside(argument), domain.Message);
            }
        }

        SqlExpr value = new SqlFunction(sparkName, argument);
        if (canOverflow)
        {
            Overflow(call, value);
        }

        return value;
    }

    /// <summary>
    /// A result beyond Double's range (Spark's Infinity) is a row error: PowerCenter's Double holds finite values only,
    /// and the TLR treats numeric overflow as a row error (TO_INTEGER: "displays an error when the conversion causes a
    /// numeric overflow"; DG: Integer Values in Calculations, POWER exceeding the Bigint range "produces a row error").
    /// The functions' own pages do not show an overflowing row; this is i2s's reading of them.
    /// </summary>
    internal static void Overflow(CallTranslation call, SqlExpr value) =>
        call.RowError(
            new SqlBinary(SqlBinaryOperator.Equal, new SqlFunction("abs", value), new SqlLiteral(double.PositiveInfinity, SqlType.Double)),
            $"{call.Call.Function.Name}: numeric overflow");
}

/// <summary>
/// A function of a base and an exponent computed in Double (LOG, POWER; DG: Integer Values in Calculations): both
/// arguments are numbers converted to DOUBLE, the result is a Double.
/// </summary>
public abstract class BaseAndExponentFunction : ExpressionFunction
{
    public override FunctionCategory Category => FunctionCategory.Numeric;

    public override string Syntax => $"{Name}(base, exponent)";

    public override int MinArguments => 2;

    public override int MaxArguments => 2;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectNumber(0);
        call.ExpectNumber(1);
        return PcType.Double;
    }

    public override SqlExpr Translate(CallTranslation call) => Translate(call, call.Number(0, PcType.Double), call.Number(1, PcType.Double));

    /// <summary>The call's SQL from its base and exponent, both DOUBLE.</summary>
    protected abstract SqlExpr Translate(CallTranslation call, SqlExpr @base, SqlExpr exponent);
}
