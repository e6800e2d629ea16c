namespace Informatica2Spark.Core.Parsing;

/// <summary>
/// Measures every value the XML parser would hold whole as an export's bytes pass on their way to it: attribute values,
/// text, CDATA sections, comments, processing instructions, declarations and the rest of a tag (names and blanks
/// between its values). <see cref="Scan"/> takes the bytes in order, block by block; a value longer than the limit
/// stops the read with a <see cref="ValueTooLongException"/> at the value's first character, before the parser has
/// been given the slice (<see cref="SliceSize"/> bytes) that makes it too long: one attribute of a billion characters would otherwise exhaust memory
/// (the parser keeps a start tag whole, and a .NET string holds at most about 2^30 characters).
/// </summary>
/// <remarks>
/// The scan is lexical and needs no decoding: the markup characters it looks for are ASCII, and in UTF-8 and the code
/// pages exports use they are never part of another character. Lengths and columns count characters as the parser
/// does (UTF-16 code units: a UTF-8 continuation byte counts nothing, a four-byte sequence two); in a multi-byte code
/// page other than UTF-8 they count bytes, which is never less. A character or entity reference counts as written.
/// The export reader runs it on the read-ahead thread (<see cref="ReadAheadStream"/>), beside the parser.
/// </remarks>
internal sealed class ValueLengthGuard
{
    /// <summary>Every byte a markup character may be, for the states that need them all.</summary>
    private static readonly Classes Markup = new("<>\"'-?[]!\r\n"u8);

    /// <summary>In text, only '&lt;' ends the value; a line break moves the position.</summary>
    private static readonly Classes TextStops = new("<\r\n"u8);

    /// <summary>In a tag, a quote begins a value and '&gt;' ends the tag.</summary>
    private static readonly Classes TagStops = new("\"'>\r\n"u8);

    /// <summary>In an attribute value, only its own quote ends it.</summary>
    private static readonly Classes DoubleQuotedStops = new("\"\r\n"u8);

    private static readonly Classes SingleQuotedStops = new("'\r\n"u8);

    private readonly long _limit;
    private readonly TextLayout _layout;
    private readonly byte[] _pending = new byte[3];
    private int _pendingLength;
    private int _skip;

    private State _state = State.Text;
    private byte _quote;
    private long _repeats;

    /// <summary>The bytes scanned before the current slice: where the parser may still read up to when a value is too long.</summary>
    private long _sliceStart;
    private int _brackets;
    private long _run;
    private int _line = 1;
    private int _column = 1;
    private bool _afterCarriageReturn;
    private (int Line, int Column) _runStart;

    /// <summary>The value begins with marks held back (a ']' in CDATA, a '-' in a comment): it starts at the first.</summary>
    private bool _startHeld;

    /// <param name="layout">How the bytes encode characters (<see cref="TextLayout.Of"/>).</param>
    /// <param name="limit">The most characters one value may have.</param>
    public ValueLengthGuard(TextLayout layout, long limit)
    {
        _layout = layout;
        _limit = limit;
        _skip = layout.ByteOrderMarkLength;
    }

    private enum State
    {
        Text,
        MarkupStart,
        Bang,
        BangDash,
        CDataOpen,
        Tag,
        Value,
        Comment,
        ProcessingInstruction,
        CData,
        Declaration,
    }

    /// <summary>At most this many bytes are measured at once, so a too-long value is refused within this many bytes of where it passes the limit.</summary>
    public const int SliceSize = 4096;

    /// <summary>
    /// Measures the next bytes of the export (from its first byte, in order, each byte once), <see cref="SliceSize"/>
    /// bytes at a time.
    /// </summary>
    /// <exception cref="ValueTooLongException">
    /// A value, counted from its first character, passes the limit in them; its <see cref="ValueTooLongException.Offset"/>
    /// is the start of the slice in which it did (counted from the export's first byte): the bytes before it may be
    /// parsed, so that a problem of the XML before the value's end is reported as it was found.
    /// </exception>
    public void Scan(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            var slice = bytes[..Math.Min(bytes.Length, SliceSize)];
            ScanSlice(slice);
            _sliceStart += slice.Length;
            bytes = bytes[slice.Length..];
        }
    }

    private void ScanSlice(ReadOnlySpan<byte> bytes)
    {
        if (_skip > 0)
        {
            var skipped = Math.Min(_skip, bytes.Length);
            _skip -= skipped;
            bytes = bytes[skipped..];
        }

        if (_layout.UnitSize == 1)
        {
            ScanBytes(bytes);
        }
        else
        {
            ScanUnits(bytes);
        }
    }

    /// <summary>
    /// Single-byte code pages and UTF-8: bytes that cannot end or begin anything in the current state are counted
    /// together, the others are taken one by one. A byte that is markup elsewhere but not in this state (a '-' in an
    /// attribute value) counts as any character does, which is what taking it alone would do.
    /// </summary>
    private void ScanBytes(ReadOnlySpan<byte> bytes)
    {
        var utf8 = _layout.IsUtf8;
        var table = StopsNow().For(utf8);
        var width = 0;
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var entry = table[b];
            if (entry != Classes.Stop)
            {
                width += entry;
                continue;
            }

            if (i > start)
            {
                Plain(width);
                width = 0;
            }

            Markup1(b);
            start = i + 1;
            table = StopsNow().For(utf8);
        }

        if (bytes.Length > start)
        {
            Plain(width);
        }
    }

    /// <summary>
    /// The bytes that matter in the current state. States that plain characters move on (just after '&lt;' or
    /// '&lt;!') and the rarer ones take every markup byte, which is right in any state.
    /// </summary>
    private Classes StopsNow() => _state switch
    {
        State.Text => TextStops,
        State.Tag => TagStops,
        State.Value => _quote == (byte)'"' ? DoubleQuotedStops : SingleQuotedStops,
        _ => Markup,
    };

    /// <summary>
    /// What each byte is in a state: <see cref="Stop"/> for a byte taken alone, else the UTF-16 code units it adds to
    /// the value (in UTF-8 a continuation byte none and a four-byte sequence's lead two; in other code pages one, so
    /// that a multi-byte code page other than UTF-8 is counted in bytes, never less than its characters).
    /// </summary>
    private sealed class Classes
    {
        public const byte Stop = 0xFF;

        private readonly byte[] _utf8 = new byte[256];
        private readonly byte[] _singleByte = new byte[256];

        public Classes(ReadOnlySpan<byte> stops)
        {
            for (var b = 0; b < 256; b++)
            {
                _utf8[b] = (byte)(b < 0x80 ? 1 : b < 0xC0 ? 0 : b < 0xF0 ? 1 : 2);
                _singleByte[b] = 1;
            }

            foreach (var b in stops)
            {
                _utf8[b] = Stop;
                _singleByte[b] = Stop;
            }
        }

        public byte[] For(bool utf8) => utf8 ? _utf8 : _singleByte;

        /// <summary>Whether the ASCII character <paramref name="c"/> is taken alone.</summary>
        public bool Stops(int c) => _singleByte[c] == Stop;
    }

    /// <summary>UTF-16 and UTF-32: each code unit is read from its bytes (a unit split between two reads waits for the rest).</summary>
    private void ScanUnits(ReadOnlySpan<byte> bytes)
    {
        var size = _layout.UnitSize;
        Span<byte> unit = stackalloc byte[4];
        foreach (var b in bytes)
        {
            if (_pendingLength < size - 1)
            {
                _pending[_pendingLength++] = b;
                continue;
            }

            _pending.AsSpan(0, _pendingLength).CopyTo(unit);
            unit[size - 1] = b;
            _pendingLength = 0;
            var value = 0;
            for (var i = 0; i < size; i++)
            {
                value |= unit[i] << (8 * (_layout.LittleEndian ? i : size - 1 - i));
            }

            if (value is < 0x80 and >= 0 && Markup.Stops(value))
            {
                Markup1((byte)value);
            }
            else
            {
                // A UTF-32 unit above U+FFFF is two UTF-16 code units.
                Plain(value > 0xFFFF ? 2 : 1);
            }
        }
    }

    /// <summary>Characters that are not markup: they lengthen the current value, and end what a markup character had begun.</summary>
    private void Plain(int width)
    {
        _state = _state switch
        {
            State.MarkupStart => State.Tag,
            State.Bang or State.BangDash => State.Declaration,
            _ => _state,
        };
        Lengthen(_repeats + width);
        _repeats = 0;
        _afterCarriageReturn = false;
        _column += width;
    }

    /// <summary>One ASCII markup character, in the state the scan is in; one that ends a value is not part of it.</summary>
    private void Markup1(byte c)
    {
        if (c is (byte)'\r' or (byte)'\n')
        {
            Lengthen(_repeats + 1);
            _repeats = 0;
            if (c == '\r' || !_afterCarriageReturn)
            {
                _line++;
            }

            _column = 1;
            _afterCarriageReturn = c == '\r';
            return;
        }

        _afterCarriageReturn = false;
        if (!Ends(c))
        {
            Lengthen(1);
        }

        _column++;
    }

    /// <summary>Moves the scan on over <paramref name="c"/>; true when it ends the current value (and begins the next).</summary>
    private bool Ends(byte c)
    {
        var repeats = _repeats;
        _repeats = 0;
        switch (_state)
        {
            case State.Text when c == '<':
                return Begin(State.MarkupStart);
            case State.MarkupStart:
                _state = c switch
                {
                    (byte)'?' => State.ProcessingInstruction,
                    (byte)'!' => State.Bang,
                    _ => State.Tag,
                };
                return Quote(c);
            case State.Bang:
                _state = c switch
                {
                    (byte)'-' => State.BangDash,
                    (byte)'[' => State.CDataOpen,
                    _ => State.Declaration,
                };
                return false;
            case State.BangDash when c == '-':
                return Begin(State.Comment);
            case State.BangDash:
                _state = State.Declaration;
                return false;
            case State.CDataOpen when c == '[':
                return Begin(State.CData);
            case State.Tag:
                return Quote(c) || (c == '>' && Begin(State.Text));
            case State.Value when c == _quote:
                return Begin(State.Tag);
            case State.Comment:
                return Closing(c, (byte)'-', 2, repeats);
            case State.CData:
                return Closing(c, (byte)']', 2, repeats);
            case State.ProcessingInstruction:
                return Closing(c, (byte)'?', 1, repeats);
            case State.Declaration:
                return Declaration(c);
            default:
                return false;
        }
    }

    /// <summary>In a tag, a quote begins an attribute value.</summary>
    private bool Quote(byte c)
    {
        if (_state != State.Tag || c is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }

        _quote = c;
        return Begin(State.Value);
    }

    /// <summary>
    /// Inside a comment, CDATA section or processing instruction, which ends with <paramref name="needed"/> times
    /// <paramref name="mark"/> and <c>&gt;</c>: marks are held back from its length until they turn out not to close it.
    /// </summary>
    private bool Closing(byte c, byte mark, int needed, long repeats)
    {
        if (c == mark)
        {
            if (repeats == 0 && _run == 0)
            {
                _runStart = (_line, _column);
                _startHeld = true;
            }

            _repeats = repeats + 1;

            // Marks beyond the closing ones are part of the value, however many come in a row.
            if (_run + _repeats - needed > _limit)
            {
                throw TooLong();
            }

            return true;
        }

        if (c == '>' && repeats >= needed)
        {
            Lengthen(repeats - needed);
            return Begin(State.Text);
        }

        Lengthen(repeats);
        return false;
    }

    /// <summary>A DOCTYPE or other declaration ends at a '&gt;' outside quotes and brackets.</summary>
    private bool Declaration(byte c)
    {
        if (_quote != 0)
        {
            _quote = c == _quote ? (byte)0 : _quote;
        }
        else if (c is (byte)'"' or (byte)'\'')
        {
            _quote = c;
        }
        else if (c == '[')
        {
            _brackets++;
        }
        else if (c == ']')
        {
            _brackets--;
        }
        else if (c == '>' && _brackets <= 0)
        {
            _brackets = 0;
            return Begin(State.Text);
        }

        return false;
    }

    /// <summary>Starts the next value in <paramref name="state"/>; always true (the character that did it is in neither).</summary>
    private bool Begin(State state)
    {
        _state = state;
        _run = 0;
        _startHeld = false;
        if (state != State.Value)
        {
            _quote = 0;
        }

        return true;
    }

    private void Lengthen(long width)
    {
        if (width == 0)
        {
            return;
        }

        if (_run == 0 && !_startHeld)
        {
            _runStart = (_line, _column);
        }

        _startHeld = false;

        _run += width;
        if (_run > _limit)
        {
            throw TooLong();
        }
    }

    private ValueTooLongException TooLong() =>
        new(Kind(), _limit, _runStart.Line, _runStart.Column) { Offset = _sliceStart };

    private string Kind() => _state switch
    {
        State.Value => "an attribute value",
        State.Text => "a text",
        State.Comment => "a comment",
        State.CData => "a CDATA section",
        State.ProcessingInstruction => "a processing instruction",
        State.Declaration or State.Bang or State.BangDash => "a declaration",
        _ => "a tag",
    };
}
