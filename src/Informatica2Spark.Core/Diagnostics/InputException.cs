namespace Informatica2Spark.Core.Diagnostics;

/// <summary>
/// An exception that stands for bad input, not for a bug in i2s: its message is a complete one-line finding that
/// names the input and says what to change. A conversion that throws one reports the message (I2S0804) and goes on;
/// any other exception is an internal error (exit code 70) whose stack trace is logged at diagnostic verbosity.
/// </summary>
public class InputException(string message) : Exception(message);
