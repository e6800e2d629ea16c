using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Special;

/// <summary>
/// ABORT(string) (TLR: Functions > ABORT): stops the session at the row with the message. Translated as Spark's
/// <c>raise_error</c> (Spark 3.1 and later), which fails the job when a row reaches it.
/// </summary>
public sealed class Abort : ExpressionFunction
{
    public override string? Limits => "unsupported before Spark 3.1 (no raise_error)";

    public override string Name => "ABORT";

    public override FunctionCategory Category => FunctionCategory.Special;

    public override string Syntax => "ABORT(string)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override Verdict Verdict => Verdict.Approximate;

    public override string Difference =>
        "the Spark job fails at the row (raise_error), and what other tasks already wrote stays written, where PowerCenter rolls back to the last commit";

    public override PcType Bind(CallBinding call)
    {
        call.ExpectString(0);
        return PcType.Null;
    }

    public override SqlExpr Translate(CallTranslation call) =>
        call.SparkAtLeast(3, 1)
            ? new SqlFunction("raise_error", new SqlFunction("coalesce", call.String(0), SqlLiteral.String("ABORT()")))
            : call.Unsupported("raise_error, which ABORT needs, exists from Spark 3.1 on");
}
