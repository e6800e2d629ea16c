using System.Text;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parameters;

/// <summary>
/// Parameter files as PowerCenter reads them (Advanced Workflow Guide, Parameter Files), on
/// testdata/params/semantics: a Windows-1252 export whose workflow name is accented, the files it names itself
/// (workflow.prm, session.prm) and run files with the traps migration teams meet.
/// </summary>
public sealed class ParameterFileSemanticsTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.TestData, "params", "semantics");

    private static readonly Lazy<ExportDocument> Document = new(() =>
    {
        using var stream = File.OpenRead(Path.Combine(Folder, "export.xml"));
        return ExportReader.ReadDocument(stream, "export.xml").Document!;
    });

    private static readonly Encoding Windows1252 = ParameterFileText.EncodingOf("MS1252")!;

    /// <summary>A file of testdata/params/semantics, decoded in <paramref name="encoding"/> (the repository's, MS1252, by default).</summary>
    public static (ParameterFile File, IReadOnlyList<Diagnostic> Diagnostics) Load(string name, Encoding? encoding = null)
    {
        var (text, decoding) = ParameterFileText.Decode(File.ReadAllBytes(Path.Combine(Folder, name)), encoding ?? Windows1252, name);
        var (file, parsing) = ParameterFileParser.Parse(text, name);
        return (file, [.. decoding, .. parsing]);
    }

    private static SessionParameterReport Resolve(ParameterInputs inputs)
    {
        var (document, folder, occurrence) = SessionOccurrences.In([Document.Value]).Single();
        return SessionParameters.Resolve(document.Path, folder, occurrence, inputs);
    }

    private static SessionParameterReport Run(string file, params CliParameter[] cli) => Resolve(new ParameterInputs { Files = [Load(file).File], Cli = cli });

    private static ResolvedParameter Value(SessionParameterReport report, string name) =>
        report.Resolution.Parameters.Single(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Findings(SessionParameterReport report) => report.Resolution.Diagnostics.Select(d => $"{d.Code} {d.Location.File}:{d.Location.Line}");

    [Fact]
    public void A_file_in_the_repository_code_page_matches_the_accented_heading()
    {
        var (_, diagnostics) = Load("run_cp1252.prm");
        var report = Run("run_cp1252.prm");

        Assert.Empty(diagnostics);
        Assert.Equal(("ORA_LEDGER", ParameterLayer.Session), (Value(report, "$DBConnection_Ledger").Value, Value(report, "$DBConnection_Ledger").Layer));
    }

    [Fact]
    public void A_utf8_file_read_in_the_repository_code_page_is_a_located_warning_and_reads_right_when_named()
    {
        var (_, asRepository) = Load("run_utf8.prm");
        var warning = Assert.Single(asRepository);
        Assert.Equal(("I2S0312", "run_utf8.prm", 1, 14), (warning.Code, warning.Location.File, warning.Location.Line, warning.Location.Column));

        var (utf8, asUtf8) = Load("run_utf8.prm", new UTF8Encoding(false));
        Assert.Empty(asUtf8);
        Assert.Equal("ORA_LEDGER", Value(Resolve(new ParameterInputs { Files = [utf8] }), "$DBConnection_Ledger").Value);
    }

    [Fact]
    public void Bytes_the_code_page_cannot_decode_are_a_located_warning()
    {
        var (text, diagnostics) = ParameterFileText.Decode(Encoding.ASCII.GetBytes("[Global]\n$$A=ok\n$$B=caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray(), new UTF8Encoding(false), "bad.prm");

        var warning = Assert.Single(diagnostics);
        Assert.Equal(("I2S0312", 3, 8), (warning.Code, warning.Location.Line, warning.Location.Column));
        Assert.EndsWith("$$B=caf\uFFFD\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16", false)]
    [InlineData("utf-16", true)]
    [InlineData("utf-16BE", false)]
    [InlineData("utf-32", false)]
    public void A_file_in_a_code_page_of_wider_code_units_is_split_into_lines_after_decoding(string codePage, bool byteOrderMark)
    {
        // UTF-16LE is one of the code pages PowerCenter names (UTF-16LE); its newline is a whole code unit, and the
        // byte 0x0A also occurs inside other characters (U+0A00..U+0AFF, U+xx0A).
        const string written = "[Global]\r\n$$A=\u0A05\u010A\r\n$$B=two\n";
        var encoding = Encoding.GetEncoding(codePage);
        var bytes = (byteOrderMark ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(written)).ToArray();

        var (text, diagnostics) = ParameterFileText.Decode(bytes, byteOrderMark ? Windows1252 : encoding, "wide.prm");

        Assert.Empty(diagnostics);
        Assert.Equal(written, text);
    }

    [Theory]
    [InlineData("run_null.prm")]
    [InlineData("run_blank.prm")]
    public void Blank_and_null_mean_no_value_so_the_initial_value_applies(string file)
    {
        var report = Run(file);

        // The most specific section says "no value": the less specific [Global] CLOSED does not apply either.
        Assert.Equal(("OPEN", ParameterLayer.Mapping), (Value(report, "$$STATE").Value, Value(report, "$$STATE").Layer));
        Assert.Contains($"I2S0314 {file}:{(file == "run_null.prm" ? 5 : 3)}", Findings(report));
    }

    [Fact]
    public void Built_ins_cannot_be_set_by_a_file_padded_names_do_not_match_and_placeholders_are_reported()
    {
        var report = Run("run_traps.prm");

        Assert.DoesNotContain(report.Resolution.Parameters, p => p.Value is "wf_other" or "s_other");
        Assert.Equal(
            ["I2S0313 run_traps.prm:2", "I2S0313 run_traps.prm:3", "I2S0311 run_traps.prm:4", "I2S0310 run_traps.prm:5", "I2S0311 run_traps.prm:6"],
            Findings(report).Where(f => f.Contains("run_traps", StringComparison.Ordinal) && !f.StartsWith("I2S0308", StringComparison.Ordinal))
                .OrderBy(f => int.Parse(f[(f.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("OPEN", Value(report, "$$STATE").Value);
        Assert.DoesNotContain(report.Resolution.Parameters, p => p.Name == "$$STATE ");
    }

    [Fact]
    public void Built_ins_with_a_documented_default_never_fail_the_session()
    {
        var report = Run("run_cp1252.prm");

        Assert.Equal(("s_m_post.log", ParameterLayer.System), (Value(report, "$PMSessionLogFile").Value, Value(report, "$PMSessionLogFile").Layer));
        Assert.DoesNotContain(report.Resolution.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Service_process_directories_are_expanded_from_the_root_the_file_or_command_line_gives()
    {
        var fromFile = Run("run_traps.prm");
        Assert.Equal("/data/infa_shared/inbound", Value(fromFile, "$PMSourceFileDir").Value);
        Assert.Equal(("/data/infa_shared/TgtFiles", ParameterLayer.System, true),
            (Value(fromFile, "$PMTargetFileDir").Value, Value(fromFile, "$PMTargetFileDir").Layer, Value(fromFile, "$PMTargetFileDir").IsRunTime));

        var noRoot = Run("run_cp1252.prm");
        Assert.Equal("$PMRootDir/SrcFiles", Value(noRoot, "$PMSourceFileDir").Value);
        Assert.Equal(("$PMRootDir", true), (Value(noRoot, "$PMRootDir").Value, Value(noRoot, "$PMRootDir").IsRunTime));

        var cli = Run("run_cp1252.prm", new CliParameter("$PMRootDir", "/opt/infa"));
        Assert.Equal("/opt/infa/SrcFiles", Value(cli, "$PMSourceFileDir").Value);
    }

    [Fact]
    public void A_cycle_of_service_process_variables_is_one_error()
    {
        var report = Run("run_cycle.prm");

        var error = Assert.Single(report.Resolution.Diagnostics, d => d.Code == "I2S0315");
        Assert.Contains("$PMRootDir -> $PMTempDir -> $PMRootDir", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shell_variables_in_commands_are_not_parameters_but_PM_and_mapping_names_are()
    {
        var report = Run("run_cp1252.prm");

        Assert.Equal(
            ["$$BATCH", "$PMSourceFileDir", "$PMTargetFileDir"],
            report.Usages.Where(u => u.Kind == ParameterUsageKind.Command).Select(u => u.Name).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(report.Resolution.Parameters, p => p.Name.Equals("$file", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_pre_session_variable_assignment_is_a_value_below_the_file()
    {
        var assigned = Run("run_cp1252.prm");
        Assert.Equal(("B-2026-03", ParameterLayer.Assignment), (Value(assigned, "$$BATCH").Value, Value(assigned, "$$BATCH").Layer));
        Assert.DoesNotContain(assigned.Resolution.Diagnostics, d => d.Code is "I2S0304" or "I2S0305" && d.Message.Contains("$$BATCH", StringComparison.Ordinal));

        var fromFile = Run("run_cp1252.prm", new CliParameter("$$BATCH", "B-MANUAL"));
        Assert.Equal(("B-MANUAL", ParameterLayer.Cli), (Value(fromFile, "$$BATCH").Value, Value(fromFile, "$$BATCH").Layer));
    }

    [Fact]
    public void Dates_with_fractional_seconds_to_the_nanosecond_are_valid()
    {
        var report = Run("run_cp1252.prm");

        Assert.Equal("03/01/2026 23:59:59.123456789", Value(report, "$$CUTOFF").Value);
        Assert.DoesNotContain(report.Resolution.Diagnostics, d => d.Code == "I2S0308");
    }

    [Fact]
    public void The_command_line_file_replaces_the_files_the_export_names_and_the_workflows_wins_over_the_sessions()
    {
        var own = new Dictionary<string, ParameterFile>
        {
            ["$PMSourceFileDir/session.prm"] = Load("session.prm").File,
            ["$PMSourceFileDir/workflow.prm"] = Load("workflow.prm").File,
        };

        var named = Resolve(new ParameterInputs { OwnFiles = own });
        Assert.Equal(("ORA_FROM_WORKFLOW_FILE", "workflow.prm:2"), (Value(named, "$DBConnection_Ledger").Value, Value(named, "$DBConnection_Ledger").Origin));
        Assert.Equal(("1/1/1753", ParameterLayer.Default), (Value(named, "$$CUTOFF").Value, Value(named, "$$CUTOFF").Layer));

        var merged = Resolve(new ParameterInputs { OwnFiles = own, Cli = [new CliParameter("$PMMergeSessParamFile", "TRUE")] });
        Assert.Equal("ORA_FROM_WORKFLOW_FILE", Value(merged, "$DBConnection_Ledger").Value);
        Assert.Equal(("01/31/2026", "session.prm:3"), (Value(merged, "$$CUTOFF").Value, Value(merged, "$$CUTOFF").Origin));

        var replaced = Resolve(new ParameterInputs { OwnFiles = own, Files = [Load("run_blank.prm").File, Load("run_cp1252.prm").File] });
        Assert.Equal(("ORA_LEDGER", "run_cp1252.prm:4"), (Value(replaced, "$DBConnection_Ledger").Value, Value(replaced, "$DBConnection_Ledger").Origin));
        Assert.DoesNotContain(replaced.Resolution.Parameters, p => p.Origin?.Contains("workflow.prm", StringComparison.Ordinal) == true);
    }
}
