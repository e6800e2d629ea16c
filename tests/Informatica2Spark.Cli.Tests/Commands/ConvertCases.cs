namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>The testdata cases converted by the tests, each with the options it is converted with.</summary>
internal static class ConvertCases
{
    public static IReadOnlyList<string> Names { get; } = ["direct_loads", "flat_files", "sales_orders", "transformation_kinds"];

    public static string[] Arguments(string name) => name switch
    {
        "direct_loads" => ["testdata/exports/direct_loads.xml", "--param-file", "testdata/params/finance.prm", "--connections", "testdata/connections/connections.yaml", "--env", "dev"],
        "sales_orders" => ["testdata/exports/sales_orders.xml", "--param-file", "testdata/params/sales.prm", "--connections", "testdata/connections/connections.yaml", "--env", "dev"],
        "flat_files" => ["testdata/sources/flat_files.xml", "--param-file", "testdata/sources/files.prm", "--connections", "testdata/sources/connections.yaml"],
        _ => [$"testdata/exports/{name}.xml"],
    };

    /// <summary>transformation_kinds names a connection parameter no input gives: an error, exit 1.</summary>
    public static int ExpectedExit(string name) => name == "transformation_kinds" ? 1 : 0;
}
