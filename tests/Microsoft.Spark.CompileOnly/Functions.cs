namespace Microsoft.Spark.Sql;

/// <summary>Compile-only declaration of <c>Microsoft.Spark.Sql.Functions</c> (the members drivers use).</summary>
public static class Functions
{
    public static Column Col(string columnName) => throw CompileOnly.Refuse();
}
