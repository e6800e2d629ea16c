namespace Informatica2Spark.Core.Inputs;

/// <summary>
/// One export to read: the path as the user named it (used in every diagnostic) and a way to open it. The caller
/// supplies the opener, so Core itself never touches the disk.
/// </summary>
public sealed record ExportInput(string DisplayPath, Func<Stream> Open);
