using System.Text.Json;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

public class ParamsCommandTests
{
    private const string Sales = "testdata/exports/sales_orders.xml";

    [Fact]
    public void Text_report_with_files_and_cli_values_snapshot()
    {
        var (exit, stdout, _) = CliRunner.Run("params", Sales, "--session", "s_m_sales_orders",
            "--param-file", "testdata/params/sales.prm", "--param-file", "testdata/params/sales_override.prm", "--param", "$$EUR_RATE=0.95");

        Assert.Equal(0, exit);
        Snapshot.Verify(stdout, "txt");
    }

    [Fact]
    public void Json_report_follows_the_documented_shape()
    {
        var (exit, stdout, _) = CliRunner.Run("params", Sales, "--session", "s_m_sales_orders", "--format", "json", "--param", "$$EUR_RATE=0.95");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(("s_m_sales_orders", "wf_sales"), (root.GetProperty("session").GetString(), root.GetProperty("workflow").GetString()));
        var parameters = root.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(("0.95", "cli", "--param $$EUR_RATE"), (parameters["$$EUR_RATE"].GetProperty("value").GetString(),
            parameters["$$EUR_RATE"].GetProperty("layer").GetString(), parameters["$$EUR_RATE"].GetProperty("origin").GetString()));
        Assert.Equal(JsonValueKind.Null, parameters["$DBConnection_Src"].GetProperty("value").ValueKind);
        Assert.Equal("system", parameters["$PMSourceFileDir"].GetProperty("layer").GetString());
        Assert.Contains(root.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "I2S0304");
    }

    [Fact]
    public void Own_parameter_files_are_found_under_param_dir_and_explicit_files_win()
    {
        var (_, own, _) = CliRunner.Run("params", Sales, "--session", "s_m_sales_orders", "--param-dir", "testdata/params");
        Assert.Contains("$DBConnection_Src = 'ORA_SALES_FROM_OWN_FILE' [session] testdata/params/wf_sales.prm:5", own, StringComparison.Ordinal);

        var (_, both, _) = CliRunner.Run("params", Sales, "--session", "s_m_sales_orders", "--param-dir", "testdata/params", "--param-file", "testdata/params/sales.prm");
        Assert.Contains("$DBConnection_Src = 'ORA_SALES_PROD' [session] testdata/params/sales.prm:29", both, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_in_plain_text_is_withheld_from_the_report_and_its_findings()
    {
        // Two files and the command line give the same password: the shadowing findings name where each value came
        // from, never the value itself (I2S0307); the file line that applies is flagged (I2S0702).
        const string direct = "testdata/exports/direct_loads.xml";
        foreach (var format in new[] { "text", "json" })
        {
            var (_, files, _) = CliRunner.Run("params", direct, "--session", "s_m_load_gl", "--format", format,
                "--param-file", "testdata/params/finance.prm", "--param-file", "testdata/params/finance_second.prm");
            var (_, cli, _) = CliRunner.Run("params", direct, "--session", "s_m_load_gl", "--format", format,
                "--param-file", "testdata/params/finance.prm", "--param", "$Param_GlPassword=Cli-Pa55");

            foreach (var stdout in new[] { files, cli })
            {
                Assert.DoesNotContain("Pa55", stdout, StringComparison.Ordinal);
                Assert.Contains("I2S0307", stdout, StringComparison.Ordinal);
                Assert.Contains(Core.Parameters.Passwords.WithheldValue, stdout, StringComparison.Ordinal);
            }

            Assert.Contains("I2S0702", files, StringComparison.Ordinal);
        }

        var (_, text, _) = CliRunner.Run("params", direct, "--session", "s_m_load_gl", "--param-file", "testdata/params/finance.prm", "--param-file", "testdata/params/finance_second.prm");
        Assert.Contains("testdata/params/finance_second.prm:2:1: warning I2S0702: $Param_GlPassword holds a password in plain text", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("testdata/params/no-such.prm", "no such file")]
    [InlineData("testdata/params", "it is a directory; give a file")]
    public void A_parameter_file_that_cannot_be_read_is_named_as_given(string path, string reason)
    {
        var (exit, stdout, stderr) = CliRunner.Run("params", "testdata/exports/direct_loads.xml", "--session", "s_m_load_gl", "--param-file", path);

        Assert.Equal(3, exit);
        Assert.Contains($"{path}: error I2S0001: cannot read the parameter file: {reason}\n", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(RepositoryPaths.Root, stdout + stderr, StringComparison.Ordinal);
    }

    private const string Semantics = "testdata/params/semantics/";

    [Fact]
    public void A_parameter_file_is_read_in_the_repository_code_page_unless_another_is_named()
    {
        // The export's repository is MS1252 and its workflow name accented: a Windows-1252 file matches as written.
        var (exit, stdout, _) = CliRunner.Run("params", Semantics + "export.xml", "--session", "s_m_post", "--param-file", Semantics + "run_cp1252.prm");
        Assert.Equal(0, exit);
        Assert.Contains("$DBConnection_Ledger = 'ORA_LEDGER' [session] testdata/params/semantics/run_cp1252.prm:4", stdout, StringComparison.Ordinal);

        // A UTF-8 file read in the repository's code page is never a silent mismatch; named, it reads right.
        var (_, mismatch, _) = CliRunner.Run("params", Semantics + "export.xml", "--session", "s_m_post", "--param-file", Semantics + "run_utf8.prm");
        Assert.Contains("testdata/params/semantics/run_utf8.prm:1:14: warning I2S0312:", mismatch, StringComparison.Ordinal);
        var (named, utf8, _) = CliRunner.Run("params", Semantics + "export.xml", "--session", "s_m_post", "--param-file", Semantics + "run_utf8.prm", "--param-encoding", "utf-8");
        Assert.Equal(0, named);
        Assert.Contains("$DBConnection_Ledger = 'ORA_LEDGER' [session] testdata/params/semantics/run_utf8.prm:2", utf8, StringComparison.Ordinal);
        Assert.DoesNotContain("I2S0312", utf8, StringComparison.Ordinal);

        var (usage, _, error) = CliRunner.Run("params", Semantics + "export.xml", "--session", "s_m_post", "--param-encoding", "klingon");
        Assert.Equal(2, usage);
        Assert.Contains("--param-encoding: 'klingon' is not a code page", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run_null.prm")]
    [InlineData("run_blank.prm")]
    public void A_blank_or_null_value_leaves_the_mapping_parameters_initial_value(string file)
    {
        var (exit, stdout, _) = CliRunner.Run("params", Semantics + "export.xml", "--session", "s_m_post", "--param-file", Semantics + file);

        Assert.Equal(0, exit);
        Assert.Contains("$$STATE = 'OPEN' [mapping]", stdout, StringComparison.Ordinal);
        Assert.Contains("info I2S0314: $$STATE is assigned no value", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_param_files_are_one_file_that_replaces_the_ones_the_export_names()
    {
        var (_, own, _) = CliRunner.Run("params", Semantics + "export.xml", "--session", "s_m_post", "--param-dir", Semantics);
        Assert.Contains("$DBConnection_Ledger = 'ORA_FROM_WORKFLOW_FILE' [session] testdata/params/semantics/workflow.prm:2", own, StringComparison.Ordinal);

        var (_, given, _) = CliRunner.Run("params", Semantics + "export.xml", "--session", "s_m_post", "--param-dir", Semantics,
            "--param-file", Semantics + "run_blank.prm", "--param-file", Semantics + "run_cp1252.prm");
        Assert.Contains("$DBConnection_Ledger = 'ORA_LEDGER' [session] testdata/params/semantics/run_cp1252.prm:4", given, StringComparison.Ordinal);
        Assert.DoesNotContain("workflow.prm", given, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_parameter_findings_when_given_parameter_options()
    {
        var (without, _, _) = CliRunner.Run("validate", Sales);
        var (with, stdout, _) = CliRunner.Run("validate", Sales, "--param", "$$EUR_RATE=abc");

        Assert.Equal(0, without);
        Assert.Equal(1, with);
        Assert.Contains("error I2S0308: $$EUR_RATE = 'abc' from --param $$EUR_RATE is not a valid decimal", stdout, StringComparison.Ordinal);
        Assert.Contains("error I2S0304: $DBConnection_Src is used by session s_m_sales_orders", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("params", Sales, "--session", "no_such_session")]
    [InlineData("params", Sales)]
    [InlineData("params", Sales, "--session", "s_m_sales_orders", "--param", "NO_EQUALS")]
    public void Usage_errors_are_2(params string[] args) => Assert.Equal(2, CliRunner.Run(args).Exit);

    [Fact]
    public void A_missing_parameter_file_is_unreadable_input()
    {
        var (exit, _, stderr) = CliRunner.Run("params", Sales, "--session", "s_m_sales_orders", "--param-file", "testdata/params/missing.prm");
        Assert.Equal(3, exit);
        Assert.Contains("I2S0001", stderr, StringComparison.Ordinal);
    }

    [CorpusFact]
    public void Every_corpus_session_resolves_without_a_crash()
    {
        var files = RepositoryPaths.CorpusExports;
        var (documents, _) = ExportDocuments.Read(files.Select(f => new ExportInput(f, () => File.OpenRead(f))).ToList());
        var sessions = 0;
        foreach (var (document, folder, occurrence) in SessionOccurrences.In(documents))
        {
            var report = SessionParameters.Resolve(document.Path, folder, occurrence, new ParameterInputs());
            Assert.All(report.Resolution.Parameters, p => Assert.True(p.Value is not null || report.Resolution.Diagnostics.Any(d => d.Code == "I2S0304" && d.Message.StartsWith(p.Name + " ", StringComparison.Ordinal))));
            sessions++;
        }

        Assert.True(sessions >= 173, $"{sessions} session occurrences");

        // And through the command line, for every session occurrence of every export.
        var runs = 0;
        foreach (var document in documents)
        {
            foreach (var occurrence in SessionOccurrences.Of(document))
            {
                var selector = string.Join('/', occurrence.WorkletPath.Append(occurrence.Name));
                var args = new List<string> { "params", document.Path, "--session", selector, "--format", "json" };
                if (occurrence.Workflow is not null)
                {
                    args.AddRange(["--workflow", occurrence.Workflow]);
                }

                var (exit, stdout, stderr) = CliRunner.Run([.. args]);
                Assert.True(exit is 0 or 1, $"{document.Path} {occurrence.ObjectPath}: exit {exit}: {stderr}");
                using var json = JsonDocument.Parse(stdout);
                Assert.Equal(occurrence.ObjectPath, json.RootElement.GetProperty("objectPath").GetString());
                runs++;
            }
        }

        Assert.Equal(sessions, runs);
    }
}
