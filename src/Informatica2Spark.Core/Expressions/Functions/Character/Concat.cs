using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Character;

/// <summary>
/// CONCAT(first_string, second_string) (TLR: Functions > CONCAT): joins two strings; a NULL one is ignored and the
/// result is NULL only when both are NULL, as the <c>||</c> operator (<see cref="Concatenation"/>).
/// </summary>
public sealed class Concat : ExpressionFunction
{
    public override string Name => "CONCAT";

    public override FunctionCategory Category => FunctionCategory.Character;

    public override string Syntax => "CONCAT(first_string, second_string)";

    public override int MinArguments => 2;

    public override int MaxArguments => 2;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectString(0);
        call.ExpectString(1);
        return PcType.String(Math.Max(1, Length(call[0].Type) + Length(call[1].Type)));
    }

    private static int Length(PcType type) => type.Kind == PcTypeKind.String ? type.Precision : type.IsOpen ? 0 : 29;

    public override SqlExpr Translate(CallTranslation call) =>
        Concatenation.Of([call.Bound(0), call.Bound(1)], [call[0], call[1]], call.Settings);
}
