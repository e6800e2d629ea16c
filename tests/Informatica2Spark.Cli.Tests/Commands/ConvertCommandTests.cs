using System.Diagnostics;
using Informatica2Spark.Runtime;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary><c>i2s convert</c> on the testdata cases: every output file, determinism, --check, and what reads the outputs back.</summary>
public sealed class ConvertCommandTests
{
    public static TheoryData<string> Cases => new(ConvertCases.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_output_file_and_the_findings_snapshot(string name)
    {
        using var output = ConvertOutput.Run(ConvertCases.Arguments(name));

        Assert.Equal(ConvertCases.ExpectedExit(name), output.Exit);
        var files = new Dictionary<string, string>(output.Files(), StringComparer.Ordinal)
        {
            ["stdout.txt"] = output.Scrubbed(output.Stdout),
        };
        Snapshot.VerifyFiles(files, $"case={name}");
    }

    [Fact]
    public void Two_runs_are_byte_identical()
    {
        using var first = ConvertOutput.Run(ConvertCases.Arguments("direct_loads"));
        using var second = ConvertOutput.Run(ConvertCases.Arguments("direct_loads"));

        Assert.Equal(first.Files(includeRuntime: true), second.Files(includeRuntime: true));
    }

    [Fact]
    public void Check_is_clean_on_fresh_output_and_lists_drifted_missing_and_extra_files()
    {
        using var output = ConvertOutput.Run(ConvertCases.Arguments("direct_loads"));
        string[] check = ["convert", .. ConvertCases.Arguments("direct_loads"), "--out", output.Directory, "--check"];

        var clean = CliRunner.Run(check);
        Assert.Equal(0, clean.Exit);
        Assert.Contains("is up to date", clean.Stdout, StringComparison.Ordinal);

        var job = Path.Combine(output.Directory, "FINANCE", "wf_finance", "s_m_load_gl", "job.yaml");
        File.AppendAllText(job, "# edited\n");
        File.Delete(Path.Combine(output.Directory, "FINANCE", "wf_finance", "s_m_load_gl", "REPORT.md"));
        File.WriteAllText(Path.Combine(output.Directory, "notes.txt"), "mine");
        var before = output.Files(includeRuntime: true);

        var drifted = CliRunner.Run(check);
        Assert.Equal(1, drifted.Exit);
        Assert.Contains($"drifted: {output.Directory}/FINANCE/wf_finance/s_m_load_gl/job.yaml", drifted.Stdout, StringComparison.Ordinal);
        Assert.Contains($"missing: {output.Directory}/FINANCE/wf_finance/s_m_load_gl/REPORT.md", drifted.Stdout, StringComparison.Ordinal);
        Assert.Contains($"extra: {output.Directory}/notes.txt", drifted.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, output.Files(includeRuntime: true));
    }

    [Fact]
    public void Check_exit_codes_follow_drift_unless_fail_on_is_given()
    {
        using var output = ConvertOutput.Run(ConvertCases.Arguments("transformation_kinds"));
        Assert.Equal(1, output.Exit);

        Assert.Equal(0, CliRunner.Run(["convert", .. ConvertCases.Arguments("transformation_kinds"), "--out", output.Directory, "--check"]).Exit);
        Assert.Equal(1, CliRunner.Run(["convert", .. ConvertCases.Arguments("transformation_kinds"), "--out", output.Directory, "--check", "--fail-on", "error"]).Exit);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_job_yaml_reads_back_into_its_schema(string name)
    {
        using var output = ConvertOutput.Run(ConvertCases.Arguments(name));

        var jobs = output.Files().Where(f => f.Key.EndsWith("/job.yaml", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(jobs);
        foreach (var (path, text) in jobs)
        {
            var job = JobConfigReader.Parse(text, path);
            Assert.Equal(1, job.Version);
            Assert.Equal(path[..^"/job.yaml".Length], Manifest(output).Single(s => s.ObjectPath == job.Job.ObjectPath).Dir);
            Assert.Contains(job.Job.Status, new[] { "converted", "partial", "failed" });
            Assert.All(job.Targets, t => Assert.True(t.Refusal is not null || t.View is not null, $"{path}: {t.Instance}"));
            Assert.All(job.Sources.Concat(job.Targets).SelectMany(s => s.Options), o => Assert.True(o.Value is null ^ o.Secret is null, $"{path}: {o.Key}"));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_submit_script_passes_bash_syntax_check(string name)
    {
        using var output = ConvertOutput.Run(ConvertCases.Arguments(name));

        foreach (var script in Directory.EnumerateFiles(output.Directory, "submit.sh", SearchOption.AllDirectories))
        {
            using var bash = Process.Start(new ProcessStartInfo("bash", ["-n", script]) { RedirectStandardError = true })!;
            var errors = bash.StandardError.ReadToEnd();
            bash.WaitForExit();
            Assert.True(bash.ExitCode == 0, $"{script}: {errors}");
        }
    }

    [Fact]
    public void The_manifest_lists_inputs_sessions_and_every_file_with_its_digest()
    {
        using var output = ConvertOutput.Run(ConvertCases.Arguments("sales_orders"));

        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Directory, "i2s-manifest.json"))).RootElement;
        var listed = manifest.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("sha256").GetString()!);
        var written = output.Files(includeRuntime: true).Keys.Where(p => p != "i2s-manifest.json").ToList();
        Assert.Equal(written, listed.Keys.Order(StringComparer.Ordinal));
        foreach (var path in written)
        {
            var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(output.Directory, path))));
            Assert.Equal(digest, listed[path]);
        }

        var input = manifest.GetProperty("inputs")[0];
        Assert.Equal("testdata/exports/sales_orders.xml", input.GetProperty("path").GetString());
        Assert.Equal(3, manifest.GetProperty("sessions").GetArrayLength());
    }

    [Fact]
    public void Secret_values_never_reach_the_output()
    {
        Environment.SetEnvironmentVariable("ORA_SALES_PASSWORD", "s3cr3t-ora-value-91");
        try
        {
            using var sales = ConvertOutput.Run(ConvertCases.Arguments("sales_orders"));
            using var finance = ConvertOutput.Run(ConvertCases.Arguments("direct_loads"));

            // A second file giving the same password makes a shadowing finding (I2S0307) in stdout and REPORT.md.
            using var shadowed = ConvertOutput.Run([.. ConvertCases.Arguments("direct_loads"), "--param-file", "testdata/params/finance_second.prm"]);
            Assert.Contains("I2S0307: $Param_GlPassword", shadowed.Stdout, StringComparison.Ordinal);

            var texts = new[] { sales, finance, shadowed }.SelectMany(o => o.Files(includeRuntime: true).Values.Append(o.Stdout).Append(o.Stderr)).ToList();
            Assert.All(texts, text => Assert.DoesNotContain("s3cr3t-ora-value-91", text, StringComparison.Ordinal));
            Assert.All(texts, text => Assert.DoesNotContain("Pa55", text, StringComparison.Ordinal));
            Assert.Contains(texts, text => text.Contains("env:ORA_SALES_PASSWORD", StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable("ORA_SALES_PASSWORD", null);
        }
    }

    [Fact]
    public void A_password_the_mapping_uses_is_bound_only_when_the_driver_runs()
    {
        // $$DB_PWD is used in the Source Filter and given in plain text: it is never written, never bound as text at
        // conversion, and the driver asks for it (no value, run time) instead of querying with '$$DB_PWD' as written.
        using var output = ConvertOutput.Run("testdata/secrets/password_used.xml", "--param-file", "testdata/secrets/password_used.prm", "--connections", "testdata/connections/connections.yaml", "--env", "dev");
        var files = output.Files(includeRuntime: false);
        Assert.All(files.Values.Append(output.Stdout), text => Assert.DoesNotContain("Pa55", text, StringComparison.Ordinal));

        var job = files["FINANCE/wf_finance/s_m_load_gl/job.yaml"];
        Assert.Contains("  - name: \"$$DB_PWD\"\n    value: null\n    layer: \"session\"\n", job, StringComparison.Ordinal);
        Assert.Contains("value withheld (a password): give it when the driver runs, with --param $$DB_PWD=VALUE or I2S_PARAM__DB_PWD\"\n    runTime: true", job, StringComparison.Ordinal);
        var driver = files["FINANCE/wf_finance/s_m_load_gl/driver/Program.cs"];
        Assert.Contains("[\"$$DB_PWD\"] = null,", driver, StringComparison.Ordinal);
        Assert.Contains("API_TOKEN = '$$DB_PWD'", driver, StringComparison.Ordinal); // bound by run.Text when the driver runs
    }

    [Fact]
    public void Json_output_lists_sessions_check_and_diagnostics()
    {
        using var output = ConvertOutput.Run([.. ConvertCases.Arguments("sales_orders"), "--format", "json"]);

        var json = System.Text.Json.JsonDocument.Parse(output.Stdout).RootElement;
        Assert.Equal(3, json.GetProperty("sessions").GetArrayLength());
        Assert.Equal(["converted", "partial", "partial"], json.GetProperty("sessions").EnumerateArray().Select(e => e.GetProperty("status").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("check").ValueKind);
        Assert.Contains(json.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "I2S0801");
    }

    [Fact]
    public void Session_and_workflow_filters_select_what_is_converted()
    {
        using var one = ConvertOutput.Run([.. ConvertCases.Arguments("sales_orders"), "--session", "s_m_stage_customers"]);
        Assert.Equal(["SALES/WF:wf_sales/ST:s_m_stage_customers"], Manifest(one).Select(s => s.ObjectPath));

        // A filter that selects nothing is a usage error: nothing is written.
        using var none = ConvertOutput.Run([.. ConvertCases.Arguments("sales_orders"), "--workflow", "wf_other"]);
        Assert.Equal(2, none.Exit);
        Assert.Equal("i2s: --workflow 'wf_other' selects no session of the given exports; nothing was written\n", none.Stderr);
        Assert.False(Directory.Exists(none.Directory));
    }

    [Fact]
    public void Unsupported_error_fails_the_conversion_but_still_writes_every_session()
    {
        using var output = ConvertOutput.Run([.. ConvertCases.Arguments("sales_orders"), "--unsupported", "error"]);

        Assert.Equal(1, output.Exit);
        Assert.Contains("error I2S0801: STG_CUSTOMERS", output.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, Manifest(output).Count);
    }

    [Fact]
    public void A_template_override_replaces_the_built_in_one_by_file_name()
    {
        var templates = Path.Combine(Path.GetTempPath(), "i2s-templates-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "REPORT.md.hbs"), "# {{Job.Identity.Session}} ({{Status}})\n");
        try
        {
            using var output = ConvertOutput.Run([.. ConvertCases.Arguments("direct_loads"), "--templates", templates]);

            Assert.Equal(0, output.Exit);
            Assert.Equal("# s_m_load_gl (converted)\n", output.Files()["FINANCE/wf_finance/s_m_load_gl/REPORT.md"]);
            Assert.StartsWith("# Job configuration", output.Files()["FINANCE/wf_finance/s_m_load_gl/job.yaml"], StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(templates, "README.md.hbs"), "x");
            var unknown = CliRunner.Run("convert", "testdata/exports/direct_loads.xml", "--templates", templates, "--out", output.Directory);
            Assert.Equal(2, unknown.Exit);
            Assert.Contains("template override 'README.md.hbs' replaces no template", unknown.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
        }
    }

    [Fact]
    public void Cluster_profile_and_volume_options_shape_the_conf()
    {
        using var output = ConvertOutput.Run([.. ConvertCases.Arguments("direct_loads"), "--cluster", "large", "--volume", "GL_ENTRIES=90m"]);

        var conf = output.Files()["FINANCE/wf_finance/s_m_load_gl/spark-defaults.conf"];
        Assert.Contains("spark.executor.instances 16\n", conf, StringComparison.Ordinal);
        Assert.Contains("spark.sql.shuffle.partitions 160\n", conf, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_i2s_did_not_write_is_never_replaced()
    {
        var directory = Path.Combine(Path.GetTempPath(), "i2s-foreign-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "mine.txt"), "keep");
        try
        {
            var run = CliRunner.Run("convert", "testdata/exports/direct_loads.xml", "--out", directory);

            Assert.Equal(2, run.Exit);
            Assert.Contains("refusing to replace", run.Stderr, StringComparison.Ordinal);
            Assert.Equal(["mine.txt"], Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("--spark-version", "2.2", "--spark-version 2.2 is not supported")]
    [InlineData("--templates", "testdata/no-such-dir", "no such directory")]
    [InlineData("--cluster", "huge", "--cluster huge: neither a preset (small, medium, large) nor a cluster profile file")]
    [InlineData("--volume", "GL_ENTRIES", "--volume GL_ENTRIES: expected SOURCE=ROWS")]
    [InlineData("--unsupported", "ignore", "ignore")]
    public void Bad_options_are_usage_errors(string option, string value, string message)
    {
        var run = CliRunner.Run("convert", "testdata/exports/direct_loads.xml", option, value, "--out", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));

        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
    }

    private static IReadOnlyList<(string ObjectPath, string Dir)> Manifest(ConvertOutput output) =>
        [.. System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Directory, "i2s-manifest.json"))).RootElement
            .GetProperty("sessions").EnumerateArray().Select(s => (s.GetProperty("objectPath").GetString()!, s.GetProperty("dir").GetString()!))];
}
