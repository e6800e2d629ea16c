using System.Runtime.InteropServices;
using System.Text;
using System.Xml;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parsing.Builders;

namespace Informatica2Spark.Core.Parsing;

/// <summary>
/// Reads PowerCenter XML exports with a streaming XmlReader (never a whole-document DOM), checking each element against
/// the export grammar (<see cref="ExportGrammar"/>, from <c>xsd/powrmart.xsd</c>) as it is read.
/// DTDs and entities are never honoured; size and depth are bounded; every failure is a located diagnostic.
/// </summary>
public static class ExportReader
{
    static ExportReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Streams the export into <paramref name="sink"/>, one top-level folder object at a time.
    /// <paramref name="displayPath"/> is the path as the user named it, used in every diagnostic.
    /// </summary>
    public static ExportReadOutcome Read(Stream stream, string displayPath, IExportSink sink, ExportReaderOptions? options = null)
    {
        options ??= ExportReaderOptions.Default;
        var session = new ReadSession(displayPath, sink, options);
        return session.Run(stream);
    }

    /// <summary>Reads the whole export into an <see cref="ExportDocument"/>.</summary>
    public static ExportReadResult ReadDocument(Stream stream, string displayPath, ExportReaderOptions? options = null) =>
        ReadDocument(stream, displayPath, null, options);

    /// <summary>Reads the whole document, handing each folder to <paramref name="folderCompleted"/> as soon as it is complete.</summary>
    public static ExportReadResult ReadDocument(Stream stream, string displayPath, Action<ExportDocument, Folder>? folderCompleted, ExportReaderOptions? options = null)
    {
        var collector = new DocumentCollector(folderCompleted);
        var outcome = Read(stream, displayPath, collector, options);
        return new ExportReadResult(outcome.IsReadable ? collector.Build() : null, outcome.Diagnostics);
    }

    private sealed class ReadSession(string path, IExportSink sink, ExportReaderOptions options)
    {
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly List<string> _pathStack = [];

        /// <summary>The children of the elements being read, innermost last: each element's run is copied out and removed at its end.</summary>
        private readonly List<RawElement> _children = [];
        private readonly SharedValues _values = new();

        /// <summary>The longest buffer <see cref="_value"/> keeps between values, in characters.</summary>
        private const int MaxValueBuffer = 1 << 16;

        /// <summary>The characters of the attribute value being read; grown as a value needs, back to 256 after a long one.</summary>
        private char[] _value = new char[256];
        private readonly GrammarCheck? _grammar = options.ValidateSchema ? new GrammarCheck(ExportGrammar.Instance) : null;
        private int _schemaFindings;
        private bool _rootOpened;
        private string? _encoding;

        public ExportReadOutcome Run(Stream stream)
        {
            try
            {
                var head = new byte[PrologInspector.Window];
                var length = ReadHead(stream, head);
                var prolog = PrologInspector.Inspect(head.AsSpan(0, length), length < head.Length, path);
                if (prolog.Note is not null)
                {
                    _diagnostics.Add(prolog.Note);
                }

                if (prolog.Fatal is not null)
                {
                    return Fail(prolog.Fatal);
                }

                _encoding = prolog.DeclaredEncoding ?? "UTF-8";
                using var input = new PrefixedStream(head, length, stream);
                var guard = new ValueLengthGuard(TextLayout.Of(head.AsSpan(0, length), prolog.DeclaredEncoding), options.MaxValueCharacters);
                using var guarded = new ReadAheadStream(input, guard.Scan);
                using var xml = XmlReader.Create(guarded, Settings());
                ReadDocumentElement(xml);
                AddSchemaSummary();
                _diagnostics.Sort(DiagnosticComparer.Instance);
                return new ExportReadOutcome(true, _diagnostics);
            }
            catch (XmlException error)
            {
                return Fail(XmlErrorClassifier.Classify(error, path, _rootOpened));
            }
            catch (InputRefusedException refused)
            {
                return Fail(refused.Diagnostic);
            }
            catch (ValueTooLongException tooLong)
            {
                return Fail(DiagnosticCodes.ValueLengthLimitExceeded.Create(
                    $"{tooLong.Kind} here is longer than {tooLong.Limit} characters as written (an entity reference such as &amp; counts as written), the limit for one value; real exports stay far below this",
                    new SourceLocation(path, tooLong.Line, tooLong.Column, CurrentPath())));
            }
            catch (DecoderFallbackException)
            {
                return Fail(DiagnosticCodes.EncodingError.Create("bytes invalid for the declared encoding", new SourceLocation(path)));
            }
            catch (IOException error)
            {
                return Fail(DiagnosticCodes.FileUnreadable.Create($"cannot read the file: {error.Message}", new SourceLocation(path)));
            }
        }

        /// <summary>An unreadable input reports exactly one diagnostic: schema noise before it would only mislead.</summary>
        private ExportReadOutcome Fail(Diagnostic fatal)
        {
            _diagnostics.Clear();
            _diagnostics.Add(fatal);
            return new ExportReadOutcome(false, _diagnostics);
        }

        private static int ReadHead(Stream stream, byte[] head)
        {
            var total = 0;
            int n;
            while (total < head.Length && (n = stream.Read(head, total, head.Length - total)) > 0)
            {
                total += n;
            }

            return total;
        }

        private XmlReaderSettings Settings()
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                MaxCharactersInDocument = options.MaxDocumentCharacters,
                MaxCharactersFromEntities = 1024,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = true,
                CloseInput = false,
            };
            return settings;
        }

        /// <summary>Turns the grammar check's pending findings into diagnostics located at <paramref name="objectPath"/>.</summary>
        private void TakeFindings(string? objectPath)
        {
            foreach (var finding in _grammar!.Findings)
            {
                _schemaFindings++;
                if (_schemaFindings > options.MaxSchemaDiagnostics)
                {
                    continue;
                }

                var descriptor = finding.IsWarning ? DiagnosticCodes.SchemaWarning : DiagnosticCodes.SchemaViolation;
                _diagnostics.Add(descriptor.Create(finding.Message, new SourceLocation(path, finding.Line, finding.Column, objectPath)));
            }

            _grammar.Findings.Clear();
        }

        private void TakeFindings()
        {
            if (_grammar is { Findings.Count: > 0 })
            {
                TakeFindings(CurrentPath());
            }
        }

        /// <summary>Checks the element under the cursor, when it is not read by <see cref="ReadElement"/>: its place and its attributes.</summary>
        private void CheckStart(XmlReader xml, IXmlLineInfo lineInfo, TextPosition position)
        {
            if (_grammar is null)
            {
                return;
            }

            _grammar.Start(xml.LocalName, xml.NamespaceURI, position.Line, position.Column);
            for (var i = 0; i < xml.AttributeCount; i++)
            {
                xml.MoveToAttribute(i);
                _grammar.Attribute(xml, xml.LocalName, xml.Value, lineInfo);
            }

            xml.MoveToElement();
            _grammar.EndOfAttributes(position.Line, position.Column);
        }

        private void CheckText(XmlReader xml, IXmlLineInfo lineInfo)
        {
            if (_grammar is not null && xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
            {
                _grammar.Text(xml.Value, lineInfo.LineNumber, lineInfo.LinePosition);
                TakeFindings();
            }
        }

        private void AddSchemaSummary()
        {
            if (_schemaFindings > options.MaxSchemaDiagnostics)
            {
                _diagnostics.Add(DiagnosticCodes.SchemaViolation.Create(
                    $"{_schemaFindings - options.MaxSchemaDiagnostics} more schema findings not shown (limit {options.MaxSchemaDiagnostics})",
                    new SourceLocation(path)));
            }
        }

        private string? CurrentPath() => _pathStack.Count == 0 ? null : string.Join('/', _pathStack);

        private void ReadDocumentElement(XmlReader xml)
        {
            var lineInfo = (IXmlLineInfo)xml;
            FolderHeader? folder = null;
            string repository = string.Empty;
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.EndElement)
                {
                    _grammar?.End(lineInfo.LineNumber, lineInfo.LinePosition);
                    TakeFindings();
                    if (xml.LocalName == "FOLDER" && folder is not null)
                    {
                        EndFolder(folder);
                        folder = null;
                    }

                    continue;
                }

                if (xml.NodeType != XmlNodeType.Element)
                {
                    CheckText(xml, lineInfo);
                    continue;
                }

                CheckDepth(xml, lineInfo);
                var position = new TextPosition(lineInfo.LineNumber, lineInfo.LinePosition);
                if (!_rootOpened)
                {
                    if (xml.LocalName != "POWERMART")
                    {
                        throw Refused(DiagnosticCodes.WrongRootElement, $"root element is <{xml.LocalName}>, not <POWERMART>: this is not a PowerCenter export", position);
                    }

                    _rootOpened = true;
                    CheckStart(xml, lineInfo, position);
                    TakeFindings();
                    sink.OnDocument(path, xml.GetAttribute("CREATION_DATE"), xml.GetAttribute("REPOSITORY_VERSION"), _encoding);
                    EndIfEmpty(xml, position);
                    continue;
                }

                switch (xml.LocalName)
                {
                    case "REPOSITORY":
                        CheckStart(xml, lineInfo, position);
                        TakeFindings();
                        repository = xml.GetAttribute("NAME") ?? string.Empty;
                        sink.OnRepository(repository, xml.GetAttribute("VERSION"), xml.GetAttribute("CODEPAGE"), xml.GetAttribute("DATABASETYPE"), position);
                        EndIfEmpty(xml, position);
                        break;
                    case "FOLDER":
                        CheckStart(xml, lineInfo, position);
                        folder = StartFolder(xml, repository, position);
                        TakeFindings();
                        if (xml.IsEmptyElement)
                        {
                            EndIfEmpty(xml, position);
                            EndFolder(folder);
                            folder = null;
                        }

                        break;
                    case var name when folder is not null && FolderObjectBuilders.IsFolderObject(name):
                        var raw = ReadElement(xml, lineInfo);
                        sink.OnObject(folder, FolderObjectBuilders.Build(raw));
                        break;
                    default:
                        CheckStart(xml, lineInfo, position);
                        TakeFindings();
                        EndIfEmpty(xml, position);
                        break;
                }
            }
        }

        /// <summary>An empty element has no end tag: its end is checked at its start tag.</summary>
        private void EndIfEmpty(XmlReader xml, TextPosition position)
        {
            if (_grammar is not null && xml.IsEmptyElement)
            {
                _grammar.End(position.Line, position.Column);
                TakeFindings();
            }
        }

        private FolderHeader StartFolder(XmlReader xml, string repository, TextPosition position)
        {
            var header = new FolderHeader(
                repository,
                xml.GetAttribute("NAME") ?? string.Empty,
                xml.GetAttribute("DESCRIPTION") is { Length: > 0 } d ? d : null,
                xml.GetAttribute("SHARED") is { } shared ? shared == "SHARED" : null,
                xml.GetAttribute("OWNER") is { Length: > 0 } o ? o : null,
                xml.GetAttribute("UUID") is { Length: > 0 } u ? u : null,
                position);
            _pathStack.Clear();
            _pathStack.Add(header.Name);
            sink.OnFolderStart(header);
            return header;
        }

        private void EndFolder(FolderHeader folder)
        {
            _pathStack.Clear();
            sink.OnFolderEnd(folder);
        }

        /// <summary>Reads the element under the cursor and its subtree; leaves the cursor on its end.</summary>
        private RawElement ReadElement(XmlReader xml, IXmlLineInfo lineInfo)
        {
            var position = new TextPosition(lineInfo.LineNumber, lineInfo.LinePosition);
            var name = xml.LocalName;
            _grammar?.Start(name, xml.NamespaceURI, position.Line, position.Column);
            var attributes = ReadAttributes(xml, lineInfo);
            _grammar?.EndOfAttributes(position.Line, position.Column);
            var element = new RawElement(name, attributes, position);
            var prefix = ObjectPath.PrefixOf(name);
            var pushed = false;
            if (prefix is not null && element.Attr("NAME") is { } objectName)
            {
                _pathStack.Add(prefix + ":" + objectName);
                pushed = true;
            }

            TakeFindings();
            if (xml.IsEmptyElement)
            {
                EndIfEmpty(xml, position);
            }
            else
            {
                var first = _children.Count;
                var depth = xml.Depth;
                while (xml.Read())
                {
                    if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
                    {
                        _grammar?.End(lineInfo.LineNumber, lineInfo.LinePosition);
                        TakeFindings();
                        break;
                    }

                    if (xml.NodeType == XmlNodeType.Element)
                    {
                        CheckDepth(xml, lineInfo);
                        _children.Add(ReadElement(xml, lineInfo));
                    }
                    else
                    {
                        CheckText(xml, lineInfo);
                    }
                }

                element.SetChildren(CollectionsMarshal.AsSpan(_children)[first..]);
                _children.RemoveRange(first, _children.Count - first);
            }

            if (pushed)
            {
                _pathStack.RemoveAt(_pathStack.Count - 1);
            }

            return element;
        }

        private KeyValuePair<string, string>[] ReadAttributes(XmlReader xml, IXmlLineInfo lineInfo)
        {
            var count = xml.AttributeCount;
            if (count == 0)
            {
                return RawElement.EmptyAttributes;
            }

            var attributes = new KeyValuePair<string, string>[count];
            for (var i = 0; i < count; i++)
            {
                xml.MoveToAttribute(i);
                var name = xml.LocalName;
                var value = ReadValue(xml);
                _grammar?.Attribute(xml, name, value, lineInfo);
                attributes[i] = new KeyValuePair<string, string>(name, value);
            }

            xml.MoveToElement();
            return attributes;
        }

        /// <summary>
        /// The value of the attribute the reader is on (as <see cref="XmlReader.Value"/> gives it: entities expanded,
        /// white space normalized), copied out in chunks and shared (<see cref="SharedValues"/>): a value met before
        /// costs no string.
        /// </summary>
        private string ReadValue(XmlReader xml)
        {
            var length = 0;
            int read;
            while ((read = xml.ReadValueChunk(_value, length, _value.Length - length)) > 0)
            {
                length += read;
                if (length == _value.Length)
                {
                    Array.Resize(ref _value, _value.Length * 2);
                }
            }

            var value = _values.Share(_value.AsSpan(0, length));
            if (_value.Length > MaxValueBuffer)
            {
                // A long value (up to the reader's limit) does not keep its buffer for the rest of the export.
                _value = new char[256];
            }

            return value;
        }

        private void CheckDepth(XmlReader xml, IXmlLineInfo lineInfo)
        {
            if (xml.Depth >= options.MaxDepth)
            {
                throw Refused(DiagnosticCodes.DepthLimitExceeded,
                    $"elements nest deeper than {options.MaxDepth} levels; real exports stay far below this",
                    new TextPosition(lineInfo.LineNumber, lineInfo.LinePosition));
            }
        }

        private InputRefusedException Refused(DiagnosticDescriptor descriptor, string message, TextPosition position) =>
            new(descriptor.Create(message, new SourceLocation(path, position.Line, position.Column, CurrentPath())));
    }

    private sealed class InputRefusedException(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }
}
