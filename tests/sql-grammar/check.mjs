// Checks Spark SQL texts against the SparkSQL grammar of dt-sql-parser (generated from Spark's ANTLR grammar).
// Standard input: a JSON array of SQL texts. Standard output: a JSON array of the same length and order, holding null
// for a text the grammar accepts, else its first syntax error as
// {"line", "column", "endLine", "endColumn", "message"} (lines and columns from 1; endColumn is exclusive).
// A malformed input exits with code 2 and one line on standard error.
import { SparkSQL } from 'dt-sql-parser';

const QUOTES = {
    "'": 'unterminated string literal',
    '"': 'unterminated double-quoted string literal',
    '`': 'unterminated back-quoted identifier',
};

function fail(message) {
    process.stderr.write(`sql-grammar: ${message}\n`);
    process.exit(2);
}

// The first character the lexer matched to no token, such as the opening quote of an unterminated literal. The
// grammar ends in a catch-all token, so it never reports these itself; the parser then fails on them with a message
// that names a rule rather than the character.
function firstUnrecognized(spark, text) {
    const lexer = spark.createLexer(text);
    for (const token of lexer.getAllTokens()) {
        if (lexer.vocabulary.getSymbolicName(token.type) === 'UNRECOGNIZED') {
            return {
                line: token.line,
                column: token.column + 1,
                endLine: token.line,
                endColumn: token.column + 2,
                message: QUOTES[token.text] ?? `unrecognized character '${token.text}'`,
            };
        }
    }
    return null;
}

// The first error the parser reported (later ones follow from its recovery), or an unrecognized character at or
// before it.
function firstError(spark, text, errors) {
    const e = errors[0];
    const parse = { line: e.startLine, column: e.startColumn, endLine: e.endLine, endColumn: e.endColumn, message: e.message };
    const lexical = firstUnrecognized(spark, text);
    const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
    return lexical !== null && before(lexical, parse) ? lexical : parse;
}

// The parser's default listeners print the syntax errors that this script returns; keep standard output for the result.
console.log = console.error = console.warn = () => {};

const chunks = [];
for await (const chunk of process.stdin) {
    chunks.push(chunk);
}

let texts;
try {
    texts = JSON.parse(Buffer.concat(chunks).toString('utf8'));
} catch (e) {
    fail(`standard input is not JSON: ${e.message}`);
}
if (!Array.isArray(texts) || texts.some((t) => typeof t !== 'string')) {
    fail('standard input must be a JSON array of strings');
}

const spark = new SparkSQL();
const results = texts.map((text) => {
    const errors = spark.validate(text);
    return errors.length === 0 ? null : firstError(spark, text, errors);
});
process.stdout.write(JSON.stringify(results) + '\n');
