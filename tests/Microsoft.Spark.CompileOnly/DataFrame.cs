namespace Microsoft.Spark.Sql;

/// <summary>Compile-only declaration of <c>Microsoft.Spark.Sql.DataFrame</c> (the members drivers use).</summary>
public sealed class DataFrame
{
    private DataFrame()
    {
    }

    public long Count() => throw CompileOnly.Refuse();

    public void CreateOrReplaceTempView(string viewName) => throw CompileOnly.Refuse();

    public DataFrame Persist() => throw CompileOnly.Refuse();

    public DataFrame SelectExpr(params string[] expressions) => throw CompileOnly.Refuse();

    public DataFrame ToDF(params string[] colNames) => throw CompileOnly.Refuse();

    public DataFrame Unpersist(bool blocking = false) => throw CompileOnly.Refuse();

    public DataFrameWriter Write() => throw CompileOnly.Refuse();
}
