using System.Runtime.InteropServices;

namespace Informatica2Spark.Cli.Output;

/// <summary>
/// Runs a clean-up when the process is asked to stop (SIGINT from Ctrl+C, SIGTERM from a CI runner's cancel or
/// <c>kill</c>, SIGHUP from a closed terminal), then lets the signal end the process as it would have (exit code 128 +
/// the signal's number on Unix). See .NET's <see cref="PosixSignalRegistration"/>.
/// </summary>
internal static class InterruptSignals
{
    private static readonly PosixSignal[] Signals = [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP];

    /// <summary>Registers <paramref name="cleanUp"/> for each signal this platform can deliver; dispose the registrations to remove it.</summary>
    public static IReadOnlyList<PosixSignalRegistration> Register(Action cleanUp)
    {
        var registrations = new List<PosixSignalRegistration>();
        foreach (var signal in Signals)
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, _ => Run(cleanUp)));
            }
            catch (PlatformNotSupportedException)
            {
                // a signal this platform does not deliver
            }
        }

        return registrations;
    }

    /// <summary>A clean-up that fails leaves what it could not remove: the process is ending and the next run removes it as stale.</summary>
    private static void Run(Action cleanUp)
    {
        try
        {
            cleanUp();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // left for the next run
        }
    }
}
