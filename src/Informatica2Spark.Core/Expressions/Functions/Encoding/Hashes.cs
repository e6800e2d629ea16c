using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Functions.Character;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Encoding;

/// <summary>
/// MD5(value) (TLR: Functions > MD5, 10.4.0): the MD5 checksum of a string or binary value as a "unique 32-character
/// string of hexadecimal digits 0-9 and a-f"; case sensitive; NULL for NULL. Spark's <c>md5</c> returns the same
/// lower-case hex digest; a string is hashed as its UTF-8 bytes (the page does not say which bytes PowerCenter hashes;
/// for ASCII text every code page agrees). Numbers and dates are converted to strings first.
/// </summary>
public sealed class Md5 : ExpressionFunction
{
    public override string Name => "MD5";

    public override FunctionCategory Category => FunctionCategory.Encoding;

    public override string Syntax => "MD5(value)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override PcType Bind(CallBinding call)
    {
        Strings.ExpectStringOrBinary(call, 0);
        return PcType.String(32);
    }

    public override SqlExpr Translate(CallTranslation call) => Hashing.NullOr(call, Strings.NullString, () => Strings.Call("md5", Hashing.Bytes(call)));
}

/// <summary>
/// SHA256(value) (TLR: Functions > SHA256, 10.4.0): the SHA-256 digest of a string or binary value as a "unique
/// 32-byte binary"; case sensitive; NULL for NULL. The TLR notes that the function "returns different values when the
/// PowerCenter Integration Service runs in ASCII and Unicode mode" (it needs INFA_ENABLE_BINARY_FUNCTIONS). Spark's
/// <c>sha2(value, 256)</c> gives the hex digest, <c>unhex</c> the 32 bytes. A binary value is exact; a string is
/// hashed as its UTF-8 bytes, which is approximate: PowerCenter hashes the bytes of its data movement mode.
/// </summary>
public sealed class Sha256 : ExpressionFunction
{
    public override string Name => "SHA256";

    public override FunctionCategory Category => FunctionCategory.Encoding;

    public override string Syntax => "SHA256(value)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override PcType Bind(CallBinding call)
    {
        Strings.ExpectStringOrBinary(call, 0);
        return PcType.Binary;
    }

    public override SqlExpr Translate(CallTranslation call) => Hashing.NullOr(call, SqlLiteral.Null(SqlType.Binary), () =>
    {
        Hashing.ApproximateForText(call, "a string is hashed as its UTF-8 bytes, where PowerCenter documents different digests in ASCII and Unicode mode");
        return Strings.Call("unhex", Strings.Call("sha2", Hashing.Bytes(call), SqlLiteral.Int(256)));
    });
}

/// <summary>
/// CRC32(value) (TLR: Functions > CRC32, 10.4.0 and 10.5): a 32-bit cyclic redundancy check of a string or binary
/// value; case sensitive. The TLR warns that results may differ between ASCII and Unicode mode and between operating
/// systems, and does not say whether the 32-bit integer is signed. Spark's <c>crc32</c> gives the standard (zlib)
/// CRC-32 of the bytes as an unsigned BIGINT (0 to 4294967295); a string is taken as its UTF-8 bytes. Approximate.
/// </summary>
public sealed class Crc32 : ExpressionFunction
{
    public override string Name => "CRC32";

    public override FunctionCategory Category => FunctionCategory.Encoding;

    public override string Syntax => "CRC32(value)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override Verdict Verdict => Verdict.Approximate;

    public override string Difference => "Spark's crc32 is the zlib CRC-32 of the UTF-8 bytes as an unsigned BIGINT; PowerCenter documents a 32-bit integer that may differ by data movement mode and operating system";

    public override PcType Bind(CallBinding call)
    {
        Strings.ExpectStringOrBinary(call, 0);
        return PcType.BigInt;
    }

    public override SqlExpr Translate(CallTranslation call) =>
        Hashing.NullOr(call, new SqlCast(SqlNull.Instance, SqlType.BigInt), () => Strings.Call("crc32", Hashing.Bytes(call)));
}

/// <summary>What the hash and encoding functions share: the value as bytes, NULL constants, the approximation for text.</summary>
internal static class Hashing
{
    /// <summary>The argument as Spark hashes it: binary as it is, a string as its UTF-8 bytes (Spark's implicit cast), other values converted to strings.</summary>
    public static SqlExpr Bytes(CallTranslation call) => call.TypeOf(0).Kind == PcTypeKind.Binary ? call[0] : call.String(0);

    /// <summary>A NULL constant argument gives <paramref name="nullResult"/>, otherwise the translation.</summary>
    public static SqlExpr NullOr(CallTranslation call, SqlExpr nullResult, Func<SqlExpr> translate) =>
        call.IsLiteral(0, out var value) && value is null ? nullResult : translate();

    /// <summary>Marks the use approximate unless the argument is binary.</summary>
    public static void ApproximateForText(CallTranslation call, string difference)
    {
        if (call.TypeOf(0).Kind != PcTypeKind.Binary)
        {
            call.Approximate(difference);
        }
    }
}
