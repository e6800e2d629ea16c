using System.CommandLine;
using Informatica2Spark.Cli.Options;
using Informatica2Spark.Cli.Output;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Reporting;
using Informatica2Spark.Syntax;

namespace Informatica2Spark.Cli.Commands;

/// <summary>
/// <c>i2s translate-expression "&lt;expression&gt;"</c>: the Spark SQL of one PowerCenter expression, its type, the
/// verdict of every function and every diagnostic, so an engineer can try a translation.
/// </summary>
internal static class TranslateExpressionCommand
{
    public static Command Create(CliContext context)
    {
        var expression = new Argument<string>("expression") { Description = "The PowerCenter expression, quoted for the shell." };
        var ports = new Option<string[]>("--port")
        {
            Description = "A port the expression reads, NAME:TYPE (string(10), integer, bigint, decimal(10,2), double, date/time, binary); repeatable.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var parameters = new Option<string[]>("--param")
        {
            Description = "A mapping parameter, $$NAME[:TYPE]=VALUE (without a type: integer, decimal, date or string as the value reads); the value is bound into 'bound sql'. Repeatable.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var variables = new Option<string[]>("--variable")
        {
            Description = "A mapping variable, $$NAME[:TYPE]=START (without a type: integer, decimal, date or string as the value reads), for SETVARIABLE and friends; the start value is bound into 'bound sql'. Repeatable.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var dateFormat = new Option<string>("--date-format")
        {
            Description = "The session's DateTime Format String, the default format of TO_DATE and TO_CHAR.",
            DefaultValueFactory = _ => ExpressionSettings.DefaultDateTimeFormat,
        };
        var highPrecision = new Option<bool>("--high-precision") { Description = "Translate as a session with Enable high precision set." };
        var nullComparison = new Option<string>("--null-comparison")
        {
            Description = "The Integration Service's Treat Null In Comparison Operators As: null (default), high or low.",
            DefaultValueFactory = _ => "null",
        };
        nullComparison.AcceptOnlyFromAmong("null", "high", "low");
        var sparkVersion = new Option<string>("--spark-version")
        {
            Description = "The Spark version to translate for: " + string.Join(", ", SparkPlatforms.Versions) + ".",
            DefaultValueFactory = _ => SparkPlatforms.DefaultSparkVersion,
        };
        sparkVersion.AcceptOnlyFromAmong([.. SparkPlatforms.Versions]);
        var currentYear = new Option<int?>("--current-year")
        {
            Description = "The year two-digit years (RR, YY) resolve against; without it the translation reads the year when the job runs.",
        };
        var condition = new Option<bool>("--condition") { Description = "Translate as a condition (a filter or router group): a number counts as TRUE when not 0." };
        var workflow = new Option<bool>("--workflow-condition") { Description = "Translate as a workflow link or decision condition: task variables and status constants are in scope." };
        var format = CommonOptions.Format("text", "json");
        var output = CommonOptions.Output();
        var failOn = CommonOptions.FailOn();
        var command = new Command("translate-expression", "Translate one PowerCenter expression to Spark SQL and show its type, verdicts and diagnostics.")
        {
            expression, ports, parameters, variables, dateFormat, highPrecision, nullComparison, sparkVersion, currentYear, condition, workflow, format, output, failOn,
        };
        command.SetAction(parse =>
        {
            context.Enter("translate-expression");
            var stderr = context.Stderr;
            var declaredPorts = new List<PortDeclaration>();
            foreach (var text in parse.GetValue(ports) ?? [])
            {
                if (PortDeclarationOf(text) is not { } port)
                {
                    stderr.WriteLine($"i2s: --port takes NAME:TYPE with a transformation datatype, not '{text}'");
                    return ExitCodes.Usage;
                }

                if (declaredPorts.Any(p => p.Name.Equals(port.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    stderr.WriteLine($"i2s: --port {port.Name} is given twice");
                    return ExitCodes.Usage;
                }

                declaredPorts.Add(port);
            }

            var declaredParameters = new List<ParameterDeclaration>();
            foreach (var text in parse.GetValue(parameters) ?? [])
            {
                if (ParameterDeclarationOf(text) is not { } parameter)
                {
                    stderr.WriteLine($"i2s: --param takes $$NAME[:TYPE]=VALUE, not '{Shown(text)}'");
                    return ExitCodes.Usage;
                }

                declaredParameters.Add(WithoutPassword(parameter, stderr));
            }

            foreach (var text in parse.GetValue(variables) ?? [])
            {
                if (ParameterDeclarationOf(text) is not { } variable)
                {
                    stderr.WriteLine($"i2s: --variable takes $$NAME[:TYPE]=START, not '{Shown(text)}'");
                    return ExitCodes.Usage;
                }

                declaredParameters.Add(WithoutPassword(variable, stderr) with { IsVariable = true });
            }

            if (!Core.Expressions.Dates.DateFormats.HasDatePart(parse.GetRequiredValue(dateFormat)))
            {
                stderr.WriteLine($"i2s: --date-format '{parse.GetRequiredValue(dateFormat)}' names no part of a date (such as MM/DD/YYYY HH24:MI:SS)");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(currentYear) is { } year && year is < 1 or > 9999)
            {
                stderr.WriteLine($"i2s: --current-year {year}: a year from 1 to 9999");
                return ExitCodes.Usage;
            }

            var version = Version.Parse(parse.GetRequiredValue(sparkVersion));
            var request = new ExpressionRequest(parse.GetRequiredValue(expression), declaredPorts, declaredParameters)
            {
                Settings = new ExpressionSettings
                {
                    DateTimeFormat = parse.GetRequiredValue(dateFormat),
                    HighPrecision = parse.GetValue(highPrecision),
                    NullComparison = Enum.Parse<NullComparison>(parse.GetRequiredValue(nullComparison), ignoreCase: true),
                    SparkVersion = version,
                    AllowAggregates = true,
                    WorkflowConditions = parse.GetValue(workflow),
                    CurrentYear = parse.GetValue(currentYear),
                },
                CurrentYear = parse.GetValue(currentYear) ?? DateTime.Today.Year,
                Role = parse.GetValue(condition) ? ExpressionRole.Condition : ExpressionRole.Value,
            };
            var result = StandaloneExpressions.Translate(request);
            var report = parse.GetRequiredValue(format) == "json" ? ExpressionReports.Json(result) : ExpressionReports.Text(result);
            ReportOutput.Write(report, parse.GetValue(output), context.Stdout);
            return ExpressionReports.Diagnostics(result).AnyAtOrAbove(parse.GetRequiredValue(failOn).Threshold()) || result.BindingProblems.Count > 0
                ? ExitCodes.Findings
                : ExitCodes.Success;
        });
        return command;
    }

    private static PortDeclaration? PortDeclarationOf(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && PcTypes.Parse(text[(colon + 1)..]) is { } type ? new PortDeclaration(text[..colon].Trim(), type) : null;
    }

    /// <summary>
    /// A password given in plain text (<see cref="Passwords.IsPlaintext"/>) is declared without its value, so that
    /// 'bound sql' never writes it out: a run binds it when it runs, as the generated jobs do.
    /// </summary>
    private static ParameterDeclaration WithoutPassword(ParameterDeclaration declaration, TextWriter stderr)
    {
        if (!Passwords.IsPlaintext(declaration.Name, declaration.Value))
        {
            return declaration;
        }

        stderr.WriteLine($"i2s: {declaration.Name} names a password: its value is not bound into 'bound sql' {Passwords.WithheldValue}");
        return declaration with { Value = null };
    }

    /// <summary>A NAME=VALUE argument as a message may show it (<see cref="Passwords.Shown"/>: a password in plain text withheld).</summary>
    private static string Shown(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 ? $"{text[..equals]}={Passwords.Shown(text[..equals], text[(equals + 1)..])}" : text;
    }

    private static ParameterDeclaration? ParameterDeclarationOf(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return null;
        }

        var head = text[..equals].Trim();
        var colon = head.IndexOf(':', StringComparison.Ordinal);
        var name = colon > 0 ? head[..colon].Trim() : head;
        var value = text[(equals + 1)..];
        var type = colon > 0 ? PcTypes.Parse(head[(colon + 1)..]) : Inferred(value);
        return type is { } known && name.StartsWith("$$", StringComparison.Ordinal) && name.Length > 2 ? new ParameterDeclaration(name, known, value) : null;
    }

    /// <summary>A parameter given without a type: an integer, a decimal, a date in a parameter-file format, else a string.</summary>
    private static PcType Inferred(string value)
    {
        var year = 2000;
        if (RunTimeValues.TryParse(RunTimeValueKind.BigInt, value, year, out var whole, out _) && whole is long number)
        {
            return number is >= int.MinValue and <= int.MaxValue ? PcType.Integer : PcType.BigInt;
        }

        if (RunTimeValues.TryParse(RunTimeValueKind.Decimal, value, year, out var parsed, out _) && parsed is decimal fraction && !value.Contains('e', StringComparison.OrdinalIgnoreCase))
        {
            var scale = (decimal.GetBits(fraction)[3] >> 16) & 0xFF;
            return PcType.Decimal(Math.Max(scale + 1, value.Count(char.IsDigit)), scale);
        }

        return RunTimeValues.TryParse(RunTimeValueKind.DateTime, value, year, out var date, out _) && date is DateTime ? PcType.DateTime : PcType.String(Math.Max(1, value.Length));
    }
}
