namespace Microsoft.Spark.Sql;

/// <summary>Compile-only declaration of <c>Microsoft.Spark.Sql.DataFrameWriter</c> (the members drivers use).</summary>
public sealed class DataFrameWriter
{
    private DataFrameWriter()
    {
    }

    public DataFrameWriter Format(string source) => throw CompileOnly.Refuse();

    public DataFrameWriter Mode(string saveMode) => throw CompileOnly.Refuse();

    public DataFrameWriter Option(string key, string value) => throw CompileOnly.Refuse();

    public void Save() => throw CompileOnly.Refuse();
}
