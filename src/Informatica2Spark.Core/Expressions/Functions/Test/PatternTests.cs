using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Test;

/// <summary>
/// The test functions that check the form of a string: TRUE (1) when it has the form, FALSE (0) when not, NULL for
/// NULL; Spark's <c>rlike</c> with a pattern anchored at both ends.
/// <list type="bullet">
/// <item>IS_NUMBER(value) (TLR: Functions > IS_NUMBER): "A valid number consists of": optional space before the
/// number, an optional sign, "one or more digits with an optional decimal point" ('.6804' is valid), an optional
/// exponent 'e' or 'E' with an optional sign and one or more digits ('3.45E-' is not valid), and optional white space
/// after it. An empty string or one of blanks only is FALSE, as is '+123abc'. The letters 'd' and 'D' count as
/// exponents on Windows only; i2s follows a UNIX Integration Service, where they do not.</item>
/// <item>IS_SPACES(value) (TLR: Functions > IS_SPACES): whether the string "consists entirely of spaces", where "a space
/// is a blank space, a formfeed, a newline, a carriage return, a tab, or a vertical tab"; "IS_SPACES evaluates an
/// empty string as FALSE because there are no spaces".</item>
/// </list>
/// </summary>
public sealed class PatternTests : IFunctionFamily
{
    /// <summary>IS_NUMBER: a valid number with optional white space around it.</summary>
    internal const string NumberPattern = @"^\s*[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?\s*$";

    /// <summary>IS_SPACES: one or more of blank, tab, newline, vertical tab, formfeed and carriage return, and nothing else.</summary>
    internal const string SpacesPattern = @"^[ \t\n\x0B\f\r]+$";

    public IEnumerable<ExpressionFunction> Functions => [new PatternTest("IS_NUMBER", NumberPattern), new PatternTest("IS_SPACES", SpacesPattern)];

    private sealed class PatternTest(string name, string pattern) : ExpressionFunction
    {
        public override string Name => name;

        public override FunctionCategory Category => FunctionCategory.Test;

        public override string Syntax => $"{name}(value)";

        public override int MinArguments => 1;

        public override int MaxArguments => 1;

        public override PcType Bind(CallBinding call)
        {
            call.ExpectString(0);
            return PcType.Boolean;
        }

        public override SqlExpr Translate(CallTranslation call) =>
            call.IsLiteral(0, out var value) && value is null
                ? SqlLiteral.Null(SqlType.Boolean)
                : new SqlFunction("rlike", call.String(0), SqlLiteral.String(pattern));
    }
}
