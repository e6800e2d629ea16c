namespace Informatica2Spark.Benchmarks;

public static class Program
{
    public static int Main() => 0;
}
