namespace Informatica2Spark.Core.Parsing;

/// <summary>
/// Reads PowerCenter XML exports with a streaming, schema-validating XmlReader (never a whole-document DOM).
/// DTDs and entities are never honoured; size and depth are bounded; every failure is a located diagnostic.
/// </summary>
public static class ExportReader
{
    /// <summary>
    /// Streams the export into <paramref name="sink"/>, one top-level folder object at a time.
    /// <paramref name="displayPath"/> is the path as the user named it, used in every diagnostic.
    /// </summary>
    public static ExportReadOutcome Read(Stream stream, string displayPath, IExportSink sink, ExportReaderOptions? options = null) =>
        throw new NotImplementedException("The export reader is being written.");

    /// <summary>Reads the whole export into an <see cref="Model.ExportDocument"/>.</summary>
    public static ExportReadResult ReadDocument(Stream stream, string displayPath, ExportReaderOptions? options = null) =>
        throw new NotImplementedException("The export reader is being written.");
}
