using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Functions;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Syntax;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Translation;

/// <summary>
/// What the mapping plan offers an expression: the translation of <c>:LKP</c> calls (a column of the lookup joined
/// for the call), or null when the expression stands alone and the call cannot be translated.
/// </summary>
public interface IExpressionHost
{
    /// <summary>The value of an unconnected lookup call, or null when it is not translated here.</summary>
    SqlExpr? LookupCall(LookupSymbol lookup, IReadOnlyList<SqlExpr> arguments);
}

/// <summary>
/// Lowers a bound tree to SQL (<see cref="SqlExpr"/>) with its row-error expression, collecting function verdicts,
/// run-time values and variable updates. Operators follow the TLR: <c>||</c> ignores NULL operands (NULL only when
/// all are NULL); arithmetic with NULL is NULL; division and modulus by zero are row errors; comparisons follow the
/// "Treat Null In Comparison Operators As" setting; AND, OR and NOT are three-valued.
/// </summary>
public sealed class Lowerer
{
    private readonly List<FunctionUse> functions = [];
    private readonly List<ExpressionProblem> problems = [];
    private readonly Dictionary<string, RunTimeValue> runTimeValues = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<VariableUpdate> variableUpdates = [];
    private readonly IExpressionHost? host;
    private bool failed;

    internal Lowerer(ExpressionSettings settings, IExpressionHost? host)
    {
        Settings = settings;
        this.host = host;
    }

    public ExpressionSettings Settings { get; }

    internal IReadOnlyList<FunctionUse> Functions => functions;

    internal IReadOnlyList<ExpressionProblem> Problems => problems;

    internal IReadOnlyList<RunTimeValue> RunTimeValues => [.. runTimeValues.Values.OrderBy(v => v.Name, StringComparer.Ordinal)];

    internal IReadOnlyList<VariableUpdate> VariableUpdates => variableUpdates;

    internal bool Failed => failed;

    internal Lowered Lower(BoundExpression node) => node switch
    {
        BoundLiteral literal => new Lowered(Literal(literal), null),
        BoundPort port => new Lowered(Column(port), null),
        BoundParameter parameter => new Lowered(RunTimeValue(parameter.Parameter.Name, parameter.Parameter.Type, parameter.Type), null),
        BoundBuiltIn builtIn => new Lowered(BuiltIn(builtIn), null),
        BoundTaskVariable task => new Lowered(RunTimeValue($"${task.Task}.{task.Variable.Name}", task.Type), null),
        BoundUnary unary => Unary(unary),
        BoundBinary binary => Binary(binary),
        BoundCall call => Call(call),
        BoundLookupCall lookup => LookupCall(lookup),
        BoundExternalCall external => Fail(external.Span, $":{external.Kind}.{external.Name} calls {(external.Kind == "SP" ? "a stored procedure" : "an external procedure")}, which runs outside PowerCenter's expression engine and is not translated: rewrite it as a query of the source or a lookup"),
        _ => Fail(node.Span, "this part of the expression did not bind"),
    };

    /// <summary>A run-time value as its named marker, noted once per name.</summary>
    internal SqlExpr RunTimeValue(string name, PcType type, PcType? computed = null)
    {
        var marker = SparkDialect.ParameterMarker(name);
        runTimeValues.TryAdd(name, new RunTimeValue(name, type, marker));
        SqlExpr value = new SqlParameter(name, SqlTypes.Of(type));
        return computed is { Kind: PcTypeKind.Double } && type.Kind == PcTypeKind.Decimal ? new SqlCast(value, SqlType.Double) : value;
    }

    internal void Approximate(BoundCall call, string difference)
    {
        var index = functions.FindLastIndex(f => f.Span == call.Span && f.Name == call.Function.Name);
        if (index >= 0)
        {
            functions[index] = functions[index] with { Verdict = Verdict.Approximate, Note = difference };
        }
        else
        {
            functions.Add(new FunctionUse(call.Function.Name, Verdict.Approximate, difference, call.Span));
        }
    }

    internal SqlExpr Unsupported(BoundCall call, string reason)
    {
        Fail(call.Span, $"{call.Function.Name}: {reason}");
        var index = functions.FindLastIndex(f => f.Span == call.Span && f.Name == call.Function.Name);
        if (index >= 0)
        {
            functions[index] = functions[index] with { Verdict = Verdict.Unsupported, Note = reason };
        }

        return SqlNull.Instance;
    }

    internal void SetVariable(VariableUpdate update) => variableUpdates.Add(update);

    private SqlExpr Literal(BoundLiteral literal) => literal.Value switch
    {
        null => SqlNull.Instance,
        string text => SqlLiteral.String(text),
        bool flag => SqlLiteral.Bool(flag),
        decimal number when literal.IsIntegerConstant => Conversions.NumberLiteral(number, PcType.Integer),
        decimal number => Conversions.NumberLiteral(number, literal.Type),
        double number => new SqlLiteral(number, SqlType.Double),
        DateTime timestamp => new SqlLiteral(timestamp, SqlType.Timestamp),
        var other => throw new InvalidOperationException($"a literal of {other.GetType().Name}"),
    };

    /// <summary>A port's column; a decimal port that computes as Double (high precision off, over 15 digits) is cast.</summary>
    private static SqlExpr Column(BoundPort port)
    {
        SqlExpr column = new SqlColumn(port.Port.Column);
        return port.Type.Kind == PcTypeKind.Double && port.Port.Type.Kind == PcTypeKind.Decimal ? new SqlCast(column, SqlType.Double) : column;
    }

    private SqlExpr BuiltIn(BoundBuiltIn builtIn) => builtIn.Variable.Source switch
    {
        BuiltInSource.RunValue => RunTimeValue(builtIn.Variable.Name, builtIn.Variable.Type),
        BuiltInSource.CurrentTimestamp => CurrentTimestamp(builtIn),
        _ => Fail(builtIn.Span, $"{builtIn.Variable.Name} is {builtIn.Variable.Description}, which exists only with stored procedures in PowerCenter and is not translated").Value,
    };

    private SqlExpr CurrentTimestamp(BoundBuiltIn builtIn)
    {
        problems.Add(new ExpressionProblem(DiagnosticCodes.ExpressionApproximate,
            $"{builtIn.Variable.Name} is Spark's current_timestamp(), fixed once per query and in microseconds, where PowerCenter reads the node's clock", builtIn.Span));
        return new SqlFunction("current_timestamp");
    }

    private Lowered Unary(BoundUnary unary)
    {
        var operand = Lower(unary.Operand);
        var value = unary.Operator == UnaryOperator.Not
            ? new SqlUnary(SqlUnaryOperator.Not, Conversions.ToCondition(unary.Operand, operand.Value))
            : Negate(unary, operand.Value);
        return new Lowered(value, operand.Error);
    }

    private static SqlExpr Negate(BoundUnary unary, SqlExpr operand)
    {
        if (unary.Operand is BoundLiteral { Value: decimal number } literal)
        {
            return Conversions.NumberLiteral(-number, literal.IsIntegerConstant ? PcType.Integer : literal.Type);
        }

        return new SqlUnary(SqlUnaryOperator.Negate, Conversions.ToNumber(unary.Operand, operand, unary.Type));
    }

    private Lowered Binary(BoundBinary binary)
    {
        if (binary.Operator == BinaryOperator.Concat)
        {
            return Concat(binary);
        }

        var left = Lower(binary.Left);
        var right = Lower(binary.Right);
        var error = Lowered.FirstError([left.Error, right.Error]);
        switch (binary.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                return new Lowered(new SqlBinary(binary.Operator == BinaryOperator.And ? SqlBinaryOperator.And : SqlBinaryOperator.Or,
                    Conversions.ToCondition(binary.Left, left.Value), Conversions.ToCondition(binary.Right, right.Value)), error);
            case BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                return new Lowered(Comparisons.Compare(binary.Operator, Operand(binary.Left, left.Value, binary.OperandType), Operand(binary.Right, right.Value, binary.OperandType), Settings.NullComparison), error);
            default:
                return Arithmetic(binary, left, right, error);
        }
    }

    /// <summary>An operand of a comparison: integer constants stay plain integers (comparing as Double gives the same answer), booleans compare as 1 or 0.</summary>
    private static SqlExpr Operand(BoundExpression bound, SqlExpr value, PcType operandType) =>
        bound is BoundLiteral { IsIntegerConstant: true, Value: decimal number } ? Conversions.NumberLiteral(number, PcType.Integer)
        : bound.Type.Kind == PcTypeKind.Boolean && operandType.Kind != PcTypeKind.Boolean ? new SqlCast(value, SqlType.Int)
        : value;

    private Lowered Arithmetic(BoundBinary binary, Lowered left, Lowered right, SqlExpr? error)
    {
        var type = binary.Type;
        var l = Conversions.ToNumber(binary.Left, left.Value, type);
        var r = Conversions.ToNumber(binary.Right, right.Value, type);
        var op = binary.Operator switch
        {
            BinaryOperator.Multiply => SqlBinaryOperator.Multiply,
            BinaryOperator.Divide => SqlBinaryOperator.Divide,
            BinaryOperator.Modulo => SqlBinaryOperator.Modulo,
            BinaryOperator.Add => SqlBinaryOperator.Add,
            _ => SqlBinaryOperator.Subtract,
        };
        if (op is not (SqlBinaryOperator.Divide or SqlBinaryOperator.Modulo))
        {
            return new Lowered(new SqlBinary(op, l, r), error);
        }

        // TLR: MOD ("The divisor cannot be 0"): a zero divisor is a row error; the value is NULL.
        var message = binary.Operator == BinaryOperator.Divide ? "division by zero" : "modulus by zero";
        if (binary.Right is BoundLiteral { Value: decimal divisor })
        {
            return divisor != 0
                ? new Lowered(new SqlBinary(op, l, r), error)
                : new Lowered(new SqlCast(SqlNull.Instance, SqlTypes.Of(type)), Lowered.FirstError([error, SqlLiteral.String(message)]));
        }

        var zero = new SqlBinary(SqlBinaryOperator.Equal, r, SqlLiteral.Int(0));
        var value = new SqlBinary(op, l, new SqlFunction("nullif", r, SqlLiteral.Int(0)));
        return new Lowered(value, Lowered.FirstError([error, Lowered.ErrorWhen(zero, message)]));
    }

    /// <summary><c>a || b || c</c> (TLR: String Operators), flattened into one <see cref="Concatenation"/>.</summary>
    private Lowered Concat(BoundBinary binary)
    {
        var parts = new List<BoundExpression>();
        Flatten(binary, parts);
        var lowered = parts.Select(Lower).ToList();
        return new Lowered(Concatenation.Of(parts, [.. lowered.Select(l => l.Value)], Settings), Lowered.FirstError(lowered.Select(l => l.Error)));
    }

    private static void Flatten(BoundExpression node, List<BoundExpression> parts)
    {
        if (node is BoundBinary { Operator: BinaryOperator.Concat } binary)
        {
            Flatten(binary.Left, parts);
            Flatten(binary.Right, parts);
        }
        else
        {
            parts.Add(node);
        }
    }

    private Lowered Call(BoundCall call)
    {
        functions.Add(new FunctionUse(call.Function.Name, call.Function.Verdict, call.Function.Difference, call.Span));
        if (call.Function.Verdict == Verdict.Unsupported)
        {
            return new Lowered(Unsupported(call, call.Function.Difference ?? "not translated"), null);
        }

        var arguments = call.Arguments.Select(a => a is BoundStar ? new Lowered(SqlNull.Instance, null) : Lower(a)).ToList();
        var translation = new CallTranslation(this, call, arguments);
        var value = call.Function.Translate(translation);
        var argumentErrors = call.Function.EvaluatesAllArguments ? arguments.Select(a => a.Error) : [];
        return new Lowered(value, Lowered.FirstError([.. argumentErrors, .. translation.OwnErrors]));
    }

    private Lowered LookupCall(BoundLookupCall lookup)
    {
        var arguments = lookup.Arguments.Select(Lower).ToList();
        if (host?.LookupCall(lookup.Lookup, [.. arguments.Select(a => a.Value)]) is { } value)
        {
            return new Lowered(value, Lowered.FirstError(arguments.Select(a => a.Error)));
        }

        return Fail(lookup.Span, $":LKP.{lookup.Lookup.Name} is an unconnected lookup call: the mapping plan translates it as a join, and an expression on its own cannot");
    }

    private Lowered Fail(TextSpan span, string message)
    {
        failed = true;
        problems.Add(new ExpressionProblem(DiagnosticCodes.ExpressionUnsupported, message, span));
        return new Lowered(SqlNull.Instance, null);
    }
}
