using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Functions.Character;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Encoding;

/// <summary>
/// ENC_BASE64(value) (TLR: Functions > ENC_BASE64; the page was not in the research corpus): "encodes data by converting
/// binary data to string data using Multipurpose Internet Mail Extensions (MIME) encoding"; NULL for NULL. Spark's
/// <c>base64</c> encodes the bytes; a string is encoded as its UTF-8 bytes (<c>encode(value, 'UTF-8')</c>), which is
/// approximate: a practitioner reports that in Unicode mode PowerCenter encodes the UTF-16LE bytes on Windows
/// (opacki.eu, PowerCenter 9.0), UTF-8 in ASCII mode. Long encodings are broken into 76-character lines by Spark 3.3
/// to 3.5 unless <c>spark.sql.chunkBase64String.enabled</c> is false, as MIME does.
/// </summary>
public sealed class EncBase64 : ExpressionFunction
{
    public override string Name => "ENC_BASE64";

    public override FunctionCategory Category => FunctionCategory.Encoding;

    public override string Syntax => "ENC_BASE64(value)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override PcType Bind(CallBinding call)
    {
        Strings.ExpectStringOrBinary(call, 0);
        return PcType.String(Math.Max(4, (Strings.Precision(call[0].Type) + 2) / 3 * 4));
    }

    public override SqlExpr Translate(CallTranslation call) => Hashing.NullOr(call, Strings.NullString, () =>
    {
        if (call.TypeOf(0).Kind == PcTypeKind.Binary)
        {
            return Strings.Call("base64", call[0]);
        }

        call.Approximate("a string is encoded as its UTF-8 bytes; a practitioner reports UTF-16LE in Unicode mode on Windows");
        return Strings.Call("base64", Strings.Call("encode", call.String(0), SqlLiteral.String("UTF-8")));
    });
}

/// <summary>
/// DEC_BASE64(value) (TLR: Functions > DEC_BASE64; the page was not in the research corpus): decodes a base 64 value
/// into binary data; NULL for NULL. Spark's <c>unbase64</c> gives the bytes. Decoded bytes are the original string
/// only in the data movement mode that encoded it, as the TLR warns.
/// </summary>
public sealed class DecBase64 : ExpressionFunction
{
    public override string Name => "DEC_BASE64";

    public override FunctionCategory Category => FunctionCategory.Encoding;

    public override string Syntax => "DEC_BASE64(value)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectString(0);
        return PcType.Binary;
    }

    public override SqlExpr Translate(CallTranslation call) =>
        Hashing.NullOr(call, SqlLiteral.Null(SqlType.Binary), () => Strings.Call("unbase64", call.String(0)));
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
