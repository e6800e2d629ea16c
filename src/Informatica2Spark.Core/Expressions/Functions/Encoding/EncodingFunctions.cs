using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Functions.Character;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Encoding;

/// <summary>
/// The hash and base 64 functions: one value (a string or binary; numbers and dates are converted to strings, as
/// PowerCenter does: practitioner, exploreinformatica.com on MD5), NULL for NULL.
/// <list type="bullet">
/// <item>MD5(value) (TLR: Functions > MD5, 10.4.0): the MD5 checksum as a "unique 32-character string of hexadecimal
/// digits 0-9 and a-f"; case sensitive. Spark's <c>md5</c> returns the same lower-case hex digest; a string is hashed as
/// its UTF-8 bytes (the page does not say which bytes PowerCenter hashes; for ASCII text every code page agrees).</item>
/// <item>SHA256(value) (TLR: Functions > SHA256, 10.4.0): the SHA-256 digest as a "unique 32-byte binary"; the TLR
/// notes that it "returns different values when the PowerCenter Integration Service runs in ASCII and Unicode mode".
/// Spark's <c>sha2(value, 256)</c> gives the hex digest, <c>unhex</c> the 32 bytes. A binary value is exact; a string
/// is hashed as its UTF-8 bytes, which is approximate.</item>
/// <item>CRC32(value) (TLR: Functions > CRC32, 10.4.0 and 10.5): a 32-bit cyclic redundancy check; the TLR warns that
/// results may differ between ASCII and Unicode mode and between operating systems, and does not say whether the
/// integer is signed. Spark's <c>crc32</c> gives the standard (zlib) CRC-32 of the bytes as an unsigned BIGINT (0 to
/// 4294967295), a string taken as its UTF-8 bytes: approximate.</item>
/// <item>ENC_BASE64(value) (TLR: Functions > ENC_BASE64; the page was not in the research corpus): "encodes data by
/// converting binary data to string data using Multipurpose Internet Mail Extensions (MIME) encoding". Spark's
/// <c>base64</c> encodes the bytes; a string is encoded as its UTF-8 bytes (<c>encode(value, 'UTF-8')</c>), which is
/// approximate: a practitioner reports that in Unicode mode PowerCenter encodes the UTF-16LE bytes on Windows
/// (opacki.eu, PowerCenter 9.0), UTF-8 in ASCII mode. Encodings longer than 76 characters are broken into lines by
/// Spark 3.3 to 3.5 unless <c>spark.sql.chunkBase64String.enabled</c> is false, as MIME does.</item>
/// <item>DEC_BASE64(value) (TLR: Functions > DEC_BASE64; the page was not in the research corpus): decodes a base 64
/// value into binary data with Spark's <c>unbase64</c>. Decoded bytes are the original string only in the data
/// movement mode that encoded it, as the TLR warns.</item>
/// </list>
/// </summary>
public sealed class HashAndBase64Functions : IFunctionFamily
{
    private const string CrcDifference = "Spark's crc32 is the zlib CRC-32 of the UTF-8 bytes as an unsigned BIGINT; PowerCenter documents a 32-bit integer that may differ by data movement mode and operating system";

    public IEnumerable<ExpressionFunction> Functions =>
    [
        new EncodingFunction("MD5", _ => PcType.String(32), Strings.NullString, (call, bytes) => Strings.Call("md5", bytes)),
        new EncodingFunction("SHA256", _ => PcType.Binary, SqlLiteral.Null(SqlType.Binary), (call, bytes) =>
        {
            ApproximateForText(call, "a string is hashed as its UTF-8 bytes, where PowerCenter documents different digests in ASCII and Unicode mode");
            return Strings.Call("unhex", Strings.Call("sha2", bytes, SqlLiteral.Int(256)));
        }, limits: "approximate for a string, hashed as its UTF-8 bytes"),
        new EncodingFunction("CRC32", _ => PcType.BigInt, new SqlCast(SqlNull.Instance, SqlType.BigInt), (call, bytes) => Strings.Call("crc32", bytes), CrcDifference),
        new EncodingFunction("ENC_BASE64", type => PcType.String(Math.Max(4, (Strings.Precision(type) + 2) / 3 * 4)), Strings.NullString, (call, bytes) =>
        {
            ApproximateForText(call, "a string is encoded as its UTF-8 bytes; a practitioner reports UTF-16LE in Unicode mode on Windows");
            return Strings.Call("base64", call.TypeOf(0).Kind == PcTypeKind.Binary ? bytes : Strings.Call("encode", bytes, SqlLiteral.String("UTF-8")));
        }, limits: "approximate for a string, encoded as its UTF-8 bytes"),
        new EncodingFunction("DEC_BASE64", _ => PcType.Binary, SqlLiteral.Null(SqlType.Binary), (call, _) => Strings.Call("unbase64", call.String(0)), acceptsBinary: false),
    ];

    /// <summary>Marks the use approximate unless the argument is binary.</summary>
    private static void ApproximateForText(CallTranslation call, string difference)
    {
        if (call.TypeOf(0).Kind != PcTypeKind.Binary)
        {
            call.Approximate(difference);
        }
    }
}

/// <summary>
/// One of <see cref="HashAndBase64Functions"/>: <c>NAME(value)</c>, its result type from the value's type, the result
/// of a NULL constant, and the translation of the value as bytes (binary as it is, a string as Spark reads it: its
/// UTF-8 bytes, other values converted to strings).
/// </summary>
public sealed class EncodingFunction(string name, Func<PcType, PcType> result, SqlExpr nullResult, Func<CallTranslation, SqlExpr, SqlExpr> translate, string? difference = null, bool acceptsBinary = true, string? limits = null) : ExpressionFunction
{
    public override string? Limits => limits;

    public override string Name => name;

    public override FunctionCategory Category => FunctionCategory.Encoding;

    public override string Syntax => $"{name}(value)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override Verdict Verdict => difference is null ? Verdict.Exact : Verdict.Approximate;

    public override string? Difference => difference;

    public override PcType Bind(CallBinding call)
    {
        if (!acceptsBinary || call[0].Type.Kind != PcTypeKind.Binary)
        {
            call.ExpectString(0);
        }

        return result(call[0].Type);
    }

    public override SqlExpr Translate(CallTranslation call) =>
        Strings.AnyNullLiteral(call) ? nullResult : translate(call, call.TypeOf(0).Kind == PcTypeKind.Binary ? call[0] : call.String(0));
}

/// <summary>
/// The encryption and compression functions, not translated (TLR: Functions > AES_ENCRYPT, AES_DECRYPT, COMPRESS,
/// DECOMPRESS; the pages were not in the research corpus).
/// <list type="bullet">
/// <item>AES_ENCRYPT(value, key), AES_DECRYPT(value, key): AES with a 128-bit key by the TLR as recalled; the cipher
/// mode, padding, initialization vector and key derivation are not documented (a practitioner equates it with Oracle's
/// AES-128 CBC with zero padding and still could not decrypt its output elsewhere: spacefold.com, 2019). Spark's
/// <c>aes_encrypt</c> (3.3+) offers ECB and GCM, and CBC from 3.5 with PKCS padding and a random IV, none of which is
/// known to produce PowerCenter's bytes.</item>
/// <item>COMPRESS(value), DECOMPRESS(value [, precision]): zlib compression; Spark SQL has no zlib function.</item>
/// </list>
/// </summary>
public sealed class UnsupportedEncodingFunctions : IFunctionFamily
{
    private const string Aes = "PowerCenter's AES cipher mode, padding, IV and key derivation are not documented, and none of Spark's aes_encrypt modes is known to match them";

    private const string Zlib = "Spark SQL has no zlib compression function";

    public IEnumerable<ExpressionFunction> Functions =>
    [
        new UnsupportedEncoding("AES_ENCRYPT", "AES_ENCRYPT(value, key)", 2, 2, PcType.Binary, Aes),
        new UnsupportedEncoding("AES_DECRYPT", "AES_DECRYPT(value, key)", 2, 2, PcType.String(), Aes),
        new UnsupportedEncoding("COMPRESS", "COMPRESS(value)", 1, 1, PcType.Binary, Zlib),
        new UnsupportedEncoding("DECOMPRESS", "DECOMPRESS(value [, precision])", 1, 2, PcType.Binary, Zlib),
    ];
}

/// <summary>One of <see cref="UnsupportedEncodingFunctions"/>: bound (so the rest of the expression is checked) and reported.</summary>
public sealed class UnsupportedEncoding(string name, string syntax, int min, int max, PcType result, string reason) : ExpressionFunction
{
    public override string Name => name;

    public override FunctionCategory Category => FunctionCategory.Encoding;

    public override string Syntax => syntax;

    public override int MinArguments => min;

    public override int MaxArguments => max;

    public override Verdict Verdict => Verdict.Unsupported;

    public override string Difference => reason;

    public override PcType Bind(CallBinding call) => result;

    public override SqlExpr Translate(CallTranslation call) => call.Unsupported(reason);
}
