using Informatica2Spark.Cli.Options;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace Informatica2Spark.Cli.Logging;

/// <summary>Serilog to stderr (never stdout, which carries results), and optionally to a log file.</summary>
internal static class CliLogging
{
    private const string Template = "i2s: {Level:w}: {Message:lj}{NewLine}{Exception}";

    public static Logger Create(Verbosity verbosity, FileInfo? logFile, TextWriter stderr)
    {
        var level = verbosity switch
        {
            Verbosity.Quiet => LogEventLevel.Error,
            Verbosity.Normal => LogEventLevel.Warning,
            Verbosity.Detailed => LogEventLevel.Information,
            _ => LogEventLevel.Verbose,
        };
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .WriteTo.Sink(new TextWriterSink(stderr, new MessageTemplateTextFormatter(Template)));
        if (logFile is not null)
        {
            configuration = configuration.WriteTo.File(
                logFile.FullName,
                restrictedToMinimumLevel: LogEventLevel.Verbose,
                outputTemplate: "{Level:u3} {Message:lj}{NewLine}{Exception}");
        }

        return configuration.CreateLogger();
    }

    private sealed class TextWriterSink(TextWriter writer, ITextFormatter formatter) : ILogEventSink
    {
        private readonly Lock _gate = new();

        public void Emit(LogEvent logEvent)
        {
            lock (_gate)
            {
                formatter.Format(logEvent, writer);
                writer.Flush();
            }
        }
    }
}
