using Informatica2Spark.Core.Expressions.Functions;
using Informatica2Spark.Core.Reporting;
using Informatica2Spark.Core.Tests.Expressions.Golden;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Expressions;

/// <summary>
/// The function catalog: every function of the transformation language's list (TLR: Functions; the reference list
/// below) has a verdict, every function appears in the golden table, and docs/expressions.md shows the registry as it is.
/// </summary>
public sealed class FunctionCatalogTests
{
    /// <summary>The functions of the TLR's Functions chapter that estates use, by group.</summary>
    public static readonly string[] Reference =
    [
        "AVG", "COUNT", "FIRST", "LAST", "MAX", "MEDIAN", "MIN", "PERCENTILE", "STDDEV", "SUM", "VARIANCE",
        "ASCII", "CHR", "CHRCODE", "CONCAT", "INITCAP", "INSTR", "LENGTH", "LOWER", "LPAD", "LTRIM", "METAPHONE", "REG_EXTRACT",
        "REG_MATCH", "REG_REPLACE", "REPLACECHR", "REPLACESTR", "REVERSE", "RPAD", "RTRIM", "SOUNDEX", "SUBSTR", "UPPER",
        "TO_BIGINT", "TO_CHAR", "TO_DATE", "TO_DECIMAL", "TO_FLOAT", "TO_INTEGER", "CONVERT_BASE",
        "ADD_TO_DATE", "DATE_COMPARE", "DATE_DIFF", "GET_DATE_PART", "LAST_DAY", "MAKE_DATE_TIME", "ROUND", "TRUNC", "SET_DATE_PART", "SYSTIMESTAMP",
        "ABS", "CEIL", "EXP", "FLOOR", "LN", "LOG", "MOD", "POWER", "RAND", "SIGN", "SQRT", "CUME", "MOVINGAVG", "MOVINGSUM",
        "COS", "COSH", "SIN", "SINH", "TAN", "TANH",
        "MD5", "SHA256", "CRC32", "ENC_BASE64", "DEC_BASE64", "AES_ENCRYPT", "AES_DECRYPT", "COMPRESS", "DECOMPRESS",
        "ABORT", "DECODE", "ERROR", "IIF", "LOOKUP", "CHOOSE", "GREATEST", "LEAST", "IN",
        "ISNULL", "IS_DATE", "IS_NUMBER", "IS_SPACES",
        "SETVARIABLE", "SETMAXVARIABLE", "SETMINVARIABLE", "SETCOUNTVARIABLE",
    ];

    [Fact]
    public void Every_function_of_the_reference_list_has_a_verdict()
    {
        var missing = Reference.Where(name => FunctionRegistry.Find(name) is null).ToList();
        Assert.True(missing.Count == 0, "no verdict for: " + string.Join(", ", missing));
        Assert.All(FunctionRegistry.All.Where(f => f.Verdict != Verdict.Exact), f => Assert.False(string.IsNullOrWhiteSpace(f.Difference), $"{f.Name} is {f.Verdict} without a stated difference"));
    }

    [Fact]
    public void Every_function_appears_in_the_golden_table()
    {
        var used = GoldenTable.All.Select(r => r.Expression.ToUpperInvariant()).ToList();
        var missing = FunctionRegistry.All.Where(f => !used.Any(e => System.Text.RegularExpressions.Regex.IsMatch(e, $@"(?<![A-Z0-9_]){f.Name}\s*\("))).Select(f => f.Name).ToList();
        Assert.True(missing.Count == 0, "no golden row uses: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_function_table_of_docs_expressions_is_the_registry()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "expressions.md"));
        const string start = "<!-- functions:begin -->\n", end = "<!-- functions:end -->";
        var table = doc[(doc.IndexOf(start, StringComparison.Ordinal) + start.Length)..doc.IndexOf(end, StringComparison.Ordinal)];
        Assert.True(table == FunctionReports.Markdown(FunctionRegistry.All), "docs/expressions.md does not show the registry: run scripts/update-function-docs.sh");
    }
}
