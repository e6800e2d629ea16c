namespace Microsoft.Spark.Sql;

/// <summary>Compile-only declaration of <c>Microsoft.Spark.Sql.SparkSession</c> (the members drivers use).</summary>
public sealed class SparkSession
{
    private SparkSession()
    {
    }

    public static Builder Builder() => throw CompileOnly.Refuse();

    public DataFrameReader Read() => throw CompileOnly.Refuse();

    public DataFrame Sql(string sqlText) => throw CompileOnly.Refuse();

    public DataFrame Table(string tableName) => throw CompileOnly.Refuse();

    public void Stop() => throw CompileOnly.Refuse();
}
