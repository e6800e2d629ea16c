using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Conversion;

/// <summary>
/// TO_FLOAT(value) (TLR: Functions > TO_FLOAT): a string or number as a Double; NULL gives NULL. The stored TLR page
/// was not available; i2s reads strings as TO_DECIMAL does, plus an exponent, as the Designer converts strings to
/// Double ('18e-3' is 0.018, '123abc' 123, 'abc' 0; DG: Converting Strings to Numbers) and as the IS_NUMBER example
/// <c>IIF(IS_NUMBER(ITEM_PRICE), TO_FLOAT(ITEM_PRICE), 0.00)</c> shows ('-3.45e+3' is -3450, '3.45E-3' 0.00345).
/// Leading blanks are ignored (<see cref="NumericText"/>). A value beyond Double's range gives Spark's Infinity.
/// </summary>
public sealed class ToFloat : ExpressionFunction
{
    public override string Name => "TO_FLOAT";

    public override FunctionCategory Category => FunctionCategory.Conversion;

    public override string Syntax => "TO_FLOAT(value)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectNumber(0, allowString: true);
        return PcType.Double;
    }

    public override SqlExpr Translate(CallTranslation call) => call.TypeOf(0).Kind switch
    {
        PcTypeKind.Null => SqlLiteral.Null(SqlType.Double),
        PcTypeKind.String => new SqlCast(NumericText.Portion(call[0], NumericText.FloatPattern), SqlType.Double),
        _ => call.Number(0, PcType.Double),
    };
}
