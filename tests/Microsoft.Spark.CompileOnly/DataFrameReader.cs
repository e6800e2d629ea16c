namespace Microsoft.Spark.Sql;

/// <summary>Compile-only declaration of <c>Microsoft.Spark.Sql.DataFrameReader</c> (the members drivers use).</summary>
public sealed class DataFrameReader
{
    private DataFrameReader()
    {
    }

    public DataFrameReader Format(string source) => throw CompileOnly.Refuse();

    public DataFrameReader Option(string key, string value) => throw CompileOnly.Refuse();

    public DataFrameReader Schema(string schemaString) => throw CompileOnly.Refuse();

    public DataFrame Load() => throw CompileOnly.Refuse();
}
