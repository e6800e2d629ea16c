using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Pipeline;

/// <summary>
/// What <see cref="ConversionRun"/> reports while it runs (<see cref="ConversionRequest.Progress"/>): each session
/// converted, then, once all the sessions of an export are converted, each of its folders and the export itself.
/// Reports come from the reader's and the workers' threads, in no fixed order across exports; they never change
/// the run's output.
/// </summary>
/// <param name="Input">The export, as the run records inputs.</param>
public abstract record ConversionProgress(string Input);

/// <summary>One session occurrence converted (or failed: see its status).</summary>
public sealed record SessionConverted(string Input, SessionSummary Summary) : ConversionProgress(Input);

/// <summary>Every selected session of a folder of an export converted: how many, and how many of them failed.</summary>
public sealed record FolderConverted(string Input, string Folder, int Sessions, int Failed) : ConversionProgress(Input);

/// <summary>
/// An export done: its sessions and failures in all, or the first finding that kept it from being read
/// (<see cref="Problem"/>, not null: nothing of it is converted).
/// </summary>
public sealed record ExportConverted(string Input, int Sessions, int Failed, Diagnostic? Problem) : ConversionProgress(Input);
