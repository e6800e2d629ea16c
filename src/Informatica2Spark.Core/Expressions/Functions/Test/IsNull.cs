using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Test;

/// <summary>ISNULL(value) (TLR: Functions > ISNULL): TRUE when the value is NULL, else FALSE; an empty string is not NULL.</summary>
public sealed class IsNull : ExpressionFunction
{
    public override string Name => "ISNULL";

    public override FunctionCategory Category => FunctionCategory.Test;

    public override string Syntax => "ISNULL(value)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override PcType Bind(CallBinding call) => PcType.Boolean;

    public override SqlExpr Translate(CallTranslation call) =>
        call.IsLiteral(0, out var value) ? SqlLiteral.Bool(value is null) : new SqlIsNull(call[0]);
}
