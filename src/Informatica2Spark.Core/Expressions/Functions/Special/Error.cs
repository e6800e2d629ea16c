using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Special;

/// <summary>
/// ERROR(string) (TLR: Functions > ERROR): the row is skipped and the message logged; the row does not reach the
/// reject file. Translated as a row error carrying the message: the value is NULL, and the mapping plan routes the
/// row to the error output and counts it. An output port's default value other than ERROR replaces the error with
/// that value (TG: Default Values for Ports), which the mapping plan applies.
/// </summary>
public sealed class Error : ExpressionFunction
{
    public override string Name => "ERROR";

    public override FunctionCategory Category => FunctionCategory.Special;

    public override string Syntax => "ERROR(string)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectString(0);
        return PcType.Null;
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        var message = call.IsLiteral(0, out var text) && text is string literal
            ? (SqlExpr)SqlLiteral.String(literal)
            : new SqlFunction("coalesce", call.String(0), SqlLiteral.String("ERROR()"));
        call.UseError(message);
        return SqlNull.Instance;
    }
}
