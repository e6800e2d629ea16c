using System.Globalization;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Expressions.Functions;
using Informatica2Spark.Core.Expressions.Syntax;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Binding;

/// <summary>
/// Resolves every name of a syntax tree against an <see cref="ExpressionScope"/> and types every node as
/// PowerCenter does. Reserved names come first (NULL, TRUE, FALSE, the DD_ and TC_ constants, SYSDATE,
/// SESSSTARTTIME...), then ports. A node that does not bind becomes <see cref="BoundInvalid"/> after one problem is
/// reported, and binding goes on, so one pass reports every unknown name. Never throws for bad input.
/// </summary>
public sealed class Binder
{
    private static readonly Dictionary<string, (object? Value, PcType Type)> Constants = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NULL"] = (null, PcType.Null),
        ["TRUE"] = (true, PcType.Boolean),
        ["FALSE"] = (false, PcType.Boolean),
        ["DD_INSERT"] = (0m, PcType.Integer),
        ["DD_UPDATE"] = (1m, PcType.Integer),
        ["DD_DELETE"] = (2m, PcType.Integer),
        ["DD_REJECT"] = (3m, PcType.Integer),
        ["TC_CONTINUE_TRANSACTION"] = (0m, PcType.Integer),
        ["TC_COMMIT_BEFORE"] = (1m, PcType.Integer),
        ["TC_COMMIT_AFTER"] = (2m, PcType.Integer),
        ["TC_ROLLBACK_BEFORE"] = (3m, PcType.Integer),
        ["TC_ROLLBACK_AFTER"] = (4m, PcType.Integer),
    };

    private readonly ExpressionScope scope;
    private readonly ExpressionSettings settings;
    private readonly List<ExpressionProblem> problems = [];
    private int aggregateDepth;

    private Binder(ExpressionScope scope, ExpressionSettings settings)
    {
        this.scope = scope;
        this.settings = settings;
    }

    /// <summary>Binds a parsed tree; the problems are in the order found.</summary>
    public static (BoundExpression Tree, IReadOnlyList<ExpressionProblem> Problems) Bind(ExpressionSyntax tree, ExpressionScope scope, ExpressionSettings settings)
    {
        var binder = new Binder(scope, settings);
        var bound = binder.Visit(tree);
        return (bound, binder.problems);
    }

    private BoundExpression Visit(ExpressionSyntax node) => node switch
    {
        NumberLiteralSyntax number => Number(number),
        StringLiteralSyntax text => new BoundLiteral(text.Value, PcType.String(Math.Max(1, Characters(text.Value))), text.Span),
        NameSyntax name => Name(name),
        ParameterSyntax parameter => Parameter(parameter),
        TaskVariableSyntax task => Task(task),
        ParenthesizedSyntax parenthesized => Visit(parenthesized.Inner),
        UnarySyntax unary => Unary(unary),
        BinarySyntax binary => Binary(binary),
        CallSyntax call => Call(call),
        ReferenceCallSyntax reference => Reference(reference),
        StarSyntax star => Invalid(star.Span, DiagnosticCodes.ExpressionSyntax, "'*' is only an argument of COUNT(*)"),
        _ => Invalid(node.Span, DiagnosticCodes.ExpressionSyntax, $"'{node.GetType().Name}' is not an expression"),
    };

    private BoundExpression Number(NumberLiteralSyntax number)
    {
        if (number.IsInteger)
        {
            if (!decimal.TryParse(number.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) || number.Text.TrimStart('0').Length > PcType.MaxDecimalPrecision)
            {
                // More digits than a decimal holds: PowerCenter computes the constant as Double.
                return new BoundLiteral(double.Parse(number.Text, CultureInfo.InvariantCulture), PcType.Double, number.Span);
            }

            // DG: Integer Values in Calculations: integer constants are computed as Double, or Decimal with high precision.
            return new BoundLiteral(whole, settings.HighPrecision ? PcType.Decimal(Math.Max(1, number.Text.TrimStart('0').Length), 0) : PcType.Double, number.Span, IsIntegerConstant: true);
        }

        if (!decimal.TryParse(number.Text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            return new BoundLiteral(double.Parse(number.Text, CultureInfo.InvariantCulture), PcType.Double, number.Span);
        }

        var scale = (decimal.GetBits(value)[3] >> 16) & 0xFF;
        var digits = Math.Max(scale, Math.Truncate(Math.Abs(value)).ToString(CultureInfo.InvariantCulture).TrimStart('0').Length + scale);
        return new BoundLiteral(value, settings.HighPrecision && !number.Text.Contains('e', StringComparison.OrdinalIgnoreCase) ? PcType.Decimal(Math.Max(1, digits), scale) : PcType.Double, number.Span);
    }

    private BoundExpression Name(NameSyntax name)
    {
        if (name.Member is { } member)
        {
            return Invalid(name.Span, DiagnosticCodes.ExpressionUnknownName,
                $"'{name.Name}.{member}' names port {member} of {name.Name}: an expression can only use the ports of its own transformation; connect the port to this transformation and use its name");
        }

        if (Constants.TryGetValue(name.Name, out var constant))
        {
            return new BoundLiteral(constant.Value, constant.Type, name.Span);
        }

        if (BuiltInVariables.Find(name.Name) is { } builtIn && !name.Name.StartsWith('$'))
        {
            return new BoundBuiltIn(builtIn, name.Span);
        }

        if (settings.WorkflowConditions && TaskVariables.Statuses.Contains(name.Name, StringComparer.OrdinalIgnoreCase))
        {
            return new BoundLiteral(name.Name.ToUpperInvariant(), PcType.String(20), name.Span);
        }

        if (scope.Port(name.Name) is { } port)
        {
            return new BoundPort(port, Computed(port.Type), name.Span);
        }

        var hint = FunctionRegistry.Find(name.Name) is not null ? $"; {name.Name.ToUpperInvariant()} is a function: call it with parentheses" : string.Empty;
        return Invalid(name.Span, DiagnosticCodes.ExpressionUnknownName, $"'{name.Name}' is not a port of this transformation{hint}");
    }

    /// <summary>
    /// The type a decimal port computes in (DG: Datatype Reference > Decimal and Double Values in Calculations): a
    /// decimal of more than 15 digits is Double without high precision; every other type is as declared.
    /// </summary>
    private PcType Computed(PcType declared) => declared.Kind == PcTypeKind.Decimal && !settings.HighPrecision && declared.Precision > 15 ? PcType.Double : declared;

    private BoundExpression Parameter(ParameterSyntax parameter)
    {
        if (parameter.IsMappingParameter)
        {
            return scope.Parameter(parameter.Name) is { } symbol
                ? new BoundParameter(symbol, Computed(symbol.Type), parameter.Span)
                : Invalid(parameter.Span, DiagnosticCodes.ExpressionUnknownName, $"{parameter.Name} is not a parameter or variable of this mapping: declare it in the mapping");
        }

        return BuiltInVariables.Find(parameter.Name) is { } builtIn
            ? new BoundBuiltIn(builtIn, parameter.Span)
            : Invalid(parameter.Span, DiagnosticCodes.ExpressionUnknownName, $"{parameter.Name} is not a built-in variable; session parameters cannot be used in transformation expressions");
    }

    private BoundExpression Task(TaskVariableSyntax task)
    {
        if (!settings.WorkflowConditions)
        {
            return Invalid(task.Span, DiagnosticCodes.ExpressionMisplaced, $"${task.Task}.{task.Variable} is a task variable: it can only be used in workflow link and decision conditions");
        }

        return TaskVariables.Find(task.Variable) is { } variable
            ? new BoundTaskVariable(task.Task, variable, task.Span)
            : Invalid(task.Span, DiagnosticCodes.ExpressionUnknownName, $"'{task.Variable}' is not a task variable (Status, PrevTaskStatus, ErrorCode, ErrorMsg, StartTime, EndTime, SrcSuccessRows, SrcFailedRows, TgtSuccessRows, TgtFailedRows, TotalTransErrors, FirstErrorCode, FirstErrorMsg)");
    }

    private BoundExpression Unary(UnarySyntax unary)
    {
        var operand = Visit(unary.Operand);
        if (unary.Operator == UnaryOperator.Not)
        {
            return operand.Type.IsNumberLike
                ? new BoundUnary(unary.Operator, operand, PcType.Boolean, unary.Span)
                : Mismatch(unary.Span, $"NOT takes a condition or a number, not {operand.Type}");
        }

        if (!operand.Type.IsNumberLike)
        {
            return Mismatch(unary.Span, $"unary {(unary.Operator == UnaryOperator.Negate ? "-" : "+")} takes a number, not {operand.Type}");
        }

        var type = operand.Type.Kind == PcTypeKind.Boolean ? PcType.Integer : operand.Type;
        return unary.Operator == UnaryOperator.Plus ? operand : new BoundUnary(unary.Operator, operand, type, unary.Span);
    }

    private BoundExpression Binary(BinarySyntax binary)
    {
        var left = Visit(binary.Left);
        var right = Visit(binary.Right);
        if (left is BoundInvalid || right is BoundInvalid)
        {
            return new BoundInvalid(binary.Span);
        }

        switch (binary.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                return left.Type.IsNumberLike && right.Type.IsNumberLike
                    ? new BoundBinary(binary.Operator, left, right, PcType.Boolean, PcType.Boolean, binary.Span)
                    : Mismatch(binary.Span, $"{binary.Operator.ToString().ToUpperInvariant()} takes conditions or numbers, not {left.Type} and {right.Type}");
            case BinaryOperator.Concat:
                return left.Type.Kind is PcTypeKind.Binary || right.Type.Kind is PcTypeKind.Binary
                    ? Mismatch(binary.Span, "|| takes strings, numbers and dates, not binary values")
                    : new BoundBinary(binary.Operator, left, right, PcType.String(), PcType.String(Math.Min(104_857_600, Length(left.Type) + Length(right.Type))), binary.Span);
            case BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                return Comparable(left.Type, right.Type) is { } operand
                    ? new BoundBinary(binary.Operator, left, right, operand, PcType.Boolean, binary.Span)
                    : Mismatch(binary.Span, $"cannot compare {left.Type} with {right.Type}: convert one side with TO_CHAR, TO_DATE or TO_DECIMAL");
            default:
                if (left.Type.Kind == PcTypeKind.DateTime || right.Type.Kind == PcTypeKind.DateTime)
                {
                    return Mismatch(binary.Span, "arithmetic operators do not take dates: use ADD_TO_DATE or DATE_DIFF");
                }

                return left.Type.IsNumberLike && right.Type.IsNumberLike
                    ? new BoundBinary(binary.Operator, left, right, Arithmetic.ResultType(binary.Operator, left, right, settings.HighPrecision), Arithmetic.ResultType(binary.Operator, left, right, settings.HighPrecision), binary.Span)
                    : Mismatch(binary.Span, $"arithmetic operators take numbers, not {left.Type} and {right.Type}");
        }
    }

    /// <summary>The characters of a string as Spark's length counts them: code points, not UTF-16 units.</summary>
    private static int Characters(string text) => text.EnumerateRunes().Count();

    private static int Length(PcType type) => type.Kind switch
    {
        PcTypeKind.String => type.Precision,
        PcTypeKind.DateTime => 29,
        PcTypeKind.Null => 0,
        _ => Math.Max(type.Precision, 1) + 2,
    };

    private static PcType? Comparable(PcType left, PcType right)
    {
        if (left.IsOpen || right.IsOpen)
        {
            return left.IsOpen ? (right.IsOpen ? PcType.Null : right) : left;
        }

        if (left.IsNumberLike && right.IsNumberLike)
        {
            return PcTypes.Common(left, right);
        }

        return left.Kind == right.Kind ? PcTypes.Common(left, right) : null;
    }

    private BoundExpression Call(CallSyntax call)
    {
        var function = FunctionRegistry.Find(call.Name);
        if (function is null)
        {
            var arguments = call.Arguments.Where(a => a is not StarSyntax).Select(Visit).ToList();
            return Invalid(call.NameSpan, DiagnosticCodes.ExpressionUnsupported, $"{call.Name.ToUpperInvariant()} is not a function of the transformation language that i2s translates");
        }

        if (function.IsAggregate)
        {
            if (!settings.AllowAggregates)
            {
                problems.Add(new ExpressionProblem(DiagnosticCodes.ExpressionMisplaced, $"{function.Name} is an aggregate function: it can only be used in an Aggregator or Rank transformation", call.NameSpan));
            }
            else if (aggregateDepth > 0)
            {
                problems.Add(new ExpressionProblem(DiagnosticCodes.ExpressionUnsupported, $"{function.Name} is nested in another aggregate function: Spark does not nest aggregates; compute the inner one in an Aggregator of its own", call.NameSpan));
            }
        }

        aggregateDepth += function.IsAggregate ? 1 : 0;
        var bound = call.Arguments.Select(a => a is StarSyntax star ? new BoundStar(star.Span) : Visit(a)).ToList();
        aggregateDepth -= function.IsAggregate ? 1 : 0;
        if (bound.Count < function.MinArguments || bound.Count > function.MaxArguments)
        {
            return Invalid(call.Span, DiagnosticCodes.ExpressionArguments, $"{function.Name} takes {Arity(function)}, not {bound.Count}: {function.Syntax}");
        }

        if (bound.OfType<BoundStar>().Any() && function.Name != "COUNT")
        {
            return Invalid(call.Span, DiagnosticCodes.ExpressionArguments, $"{function.Name} does not take '*': only COUNT(*) does");
        }

        var before = problems.Count;
        var binding = new CallBinding(function, bound, call.Span, settings, problems);
        var type = function.Bind(binding);
        return problems.Count > before && problems.Skip(before).Any(p => p.Code.DefaultSeverity == Severity.Error)
            ? new BoundInvalid(call.Span)
            : new BoundCall(function, bound, type, call.Span) { Data = binding.Data };
    }

    private static string Arity(ExpressionFunction function) =>
        function.MaxArguments == int.MaxValue ? $"at least {function.MinArguments} arguments"
        : function.MinArguments == function.MaxArguments ? $"{function.MinArguments} argument{(function.MinArguments == 1 ? string.Empty : "s")}"
        : $"{function.MinArguments} to {function.MaxArguments} arguments";

    private BoundExpression Reference(ReferenceCallSyntax reference)
    {
        var arguments = reference.Arguments.Select(a => a is StarSyntax star ? Invalid(star.Span, DiagnosticCodes.ExpressionSyntax, "'*' is only an argument of COUNT(*)") : Visit(a)).ToList();
        if (reference.Kind != "LKP")
        {
            return new BoundExternalCall(reference.Kind, reference.Name, arguments, reference.Span);
        }

        if (scope.Lookup(reference.Name) is not { } lookup)
        {
            return Invalid(reference.Span, DiagnosticCodes.ExpressionUnknownName, $":LKP.{reference.Name} is not an unconnected Lookup transformation of this mapping (one with a return port)");
        }

        return arguments.Count == lookup.Inputs.Count
            ? new BoundLookupCall(lookup, arguments, reference.Span)
            : Invalid(reference.Span, DiagnosticCodes.ExpressionArguments, $":LKP.{reference.Name} takes {lookup.Inputs.Count} argument(s), one per input port of the lookup, not {arguments.Count}");
    }

    private BoundInvalid Mismatch(TextSpan span, string message) => Invalid(span, DiagnosticCodes.ExpressionTypeMismatch, message);

    private BoundInvalid Invalid(TextSpan span, DiagnosticDescriptor code, string message)
    {
        problems.Add(new ExpressionProblem(code, message, span));
        return new BoundInvalid(span);
    }
}
