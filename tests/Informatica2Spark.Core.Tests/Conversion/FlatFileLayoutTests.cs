using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Model;
using Xunit;

namespace Informatica2Spark.Core.Tests.Conversion;

/// <summary>Flat-file layouts as Spark reads and writes them, or the reason it cannot.</summary>
public sealed class FlatFileLayoutTests
{
    private static FlatFileSettings Layout(
        bool delimited = true, string delimiters = ",", string quote = "DOUBLE", int skip = 0, string? codePage = "UTF-8", bool lineSequential = true,
        bool consecutiveAsOne = false, params (string Name, string Value)[] other) =>
        new(null, delimited, delimiters, "10", quote, null, "*", consecutiveAsOne, false, lineSequential, skip, codePage,
            [.. other.Select(o => new AttributeValue(o.Name, o.Value))]);

    private static FieldDefinition Field(string name, string type, int precision, int scale, int offset) =>
        new(name, type, precision, scale, KeyType.NotAKey, true, null, offset, precision, null, null, null, [], default) { PhysicalOffset = offset, PhysicalLength = precision };

    private static string Option(IReadOnlyList<JobOption> options, string key) => Assert.Single(options, o => o.Key == key).Value!;

    [Theory]
    [InlineData("\\011", "\t")]
    [InlineData("|", "|")]
    [InlineData("\\174\\174", "||")]
    public void Delimiters_are_decoded_from_octal_escapes(string written, string decoded) => Assert.Equal(decoded, CsvLayout.Decode(written));

    [Fact]
    public void Quote_none_turns_quoting_off_and_the_code_page_is_the_encoding()
    {
        var (options, refusals) = CsvLayout.Read(Layout(delimiters: "\\011", quote: "NONE", codePage: "MS1252", skip: 1));

        Assert.Empty(refusals);
        Assert.Equal(("\t", string.Empty, "windows-1252", "true"), (Option(options, "sep"), Option(options, "quote"), Option(options, "encoding"), Option(options, "header")));
    }

    [Fact]
    public void Several_delimiters_are_one_separator_only_when_treated_as_and()
    {
        Assert.Equal("~|", Option(CsvLayout.Read(Layout(delimiters: "~|", other: ("MULTIDELIMITERSASAND", "YES"))).Options, "sep"));
        Assert.Contains("any of 2 delimiter characters", Assert.Single(CsvLayout.Read(Layout(delimiters: "~|")).Refusals), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, null, false, "first 2 rows")]
    [InlineData(0, "EBCDIC-XYZ", false, "code page 'EBCDIC-XYZ'")]
    [InlineData(0, "UTF-8", true, "consecutive delimiters")]
    public void What_Spark_csv_cannot_read_is_refused(int skip, string? codePage, bool consecutive, string reason)
    {
        Assert.Contains(CsvLayout.Read(Layout(skip: skip, codePage: codePage, consecutiveAsOne: consecutive)).Refusals, r => r.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Writes_keep_spaces_and_write_empty_strings_as_nothing()
    {
        var (options, _) = CsvLayout.Write(Layout(quote: "NONE"), header: false, "no header");

        Assert.Equal(("false", "false", string.Empty, "false"),
            (Option(options, "ignoreLeadingWhiteSpace"), Option(options, "ignoreTrailingWhiteSpace"), Option(options, "emptyValue"), Option(options, "escapeQuotes")));
    }

    [Fact]
    public void A_delimited_file_is_read_with_the_definition_schema()
    {
        var (ddl, refusal) = SparkSchema.Of([Field("ID", "number", 10, 0, 0), Field("NAME", "string", 20, 0, 0), Field("AMOUNT", "number", 12, 2, 0), Field("AT", "datetime", 29, 9, 0)]);

        Assert.Null(refusal);
        Assert.Equal("`ID` DECIMAL(10,0), `NAME` STRING, `AMOUNT` DECIMAL(12,2), `AT` TIMESTAMP", ddl);
    }

    [Fact]
    public void A_fixed_width_source_is_cut_by_physical_offset_and_length_in_bytes()
    {
        var (projection, refusals) = FixedWidthLayout.Read(Layout(delimited: false, codePage: "MS1252"), [Field("ID", "string", 6, 0, 0), Field("AMT", "number", 9, 2, 6)], "3.5");

        Assert.Empty(refusals);
        Assert.Contains("substring(CAST(`value` AS BINARY), 1, 6), 'windows-1252'", projection[0], StringComparison.Ordinal);
        Assert.EndsWith("AS `ID`", projection[0], StringComparison.Ordinal);
        Assert.Contains("CAST(trim(decode(substring(CAST(`value` AS BINARY), 7, 9), 'windows-1252')) AS DECIMAL(9,2))", projection[1], StringComparison.Ordinal);
        Assert.Contains("octet_length(`value`) <= 6 OR substring(decode(substring(CAST(`value` AS BINARY), 7, 9), 'windows-1252'), 1, 1) = '*'", projection[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixed_width_target_pads_each_field_to_its_precision_in_bytes_and_writes_nulls_with_the_null_character()
    {
        var (projection, refusals) = FixedWidthLayout.Write(Layout(delimited: false), [Field("ID", "string", 6, 0, 0)], "3.5");

        Assert.Empty(refusals);
        Assert.Equal(
            "CAST(concat(substring(encode(CASE WHEN `ID` IS NULL THEN '*     ' ELSE CAST(`ID` AS STRING) END, 'UTF-8'), 1, 6), "
            + "encode(repeat(' ', greatest(0, 6 - length(encode(CASE WHEN `ID` IS NULL THEN '*     ' ELSE CAST(`ID` AS STRING) END, 'UTF-8')))), 'UTF-8')) AS STRING) AS `value`",
            Assert.Single(projection));
    }

    [Theory]
    [InlineData(false, "UTF-8", "number", "3.5", "not line-sequential")]
    [InlineData(true, "IBM037", "string", "3.5", "ASCII bytes")]
    [InlineData(true, "MS1252", "string", "4.0", "spark.sql.legacy.javaCharsets")]
    [InlineData(true, "UTF-8", "binary", "3.5", "binary")]
    public void What_fixed_width_reads_do_not_translate_is_refused(bool lineSequential, string codePage, string type, string spark, string reason)
    {
        var (_, refusals) = FixedWidthLayout.Read(Layout(delimited: false, codePage: codePage, lineSequential: lineSequential), [Field("F", type, 4, 0, 0)], spark);

        Assert.Contains(refusals, r => r.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Number_fields_of_fixed_width_targets_are_refused_until_their_field_width_is_known()
    {
        Assert.Contains("field width", Assert.Single(FixedWidthLayout.Write(Layout(delimited: false), [Field("N", "number", 9, 2, 0)], "3.5").Refusals), StringComparison.Ordinal);
    }
}
