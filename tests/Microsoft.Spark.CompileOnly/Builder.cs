namespace Microsoft.Spark.Sql;

/// <summary>Compile-only declaration of <c>Microsoft.Spark.Sql.Builder</c> (the members drivers use).</summary>
public sealed class Builder
{
    private Builder()
    {
    }

    public Builder AppName(string appName) => throw CompileOnly.Refuse();

    public SparkSession GetOrCreate() => throw CompileOnly.Refuse();
}
