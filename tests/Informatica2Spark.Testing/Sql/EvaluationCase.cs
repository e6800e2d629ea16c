namespace Informatica2Spark.Testing.Sql;

/// <summary>One expression and the inputs it is evaluated against, for <see cref="DuckDbEngine.Evaluate(IReadOnlyList{EvaluationCase})"/>.</summary>
/// <param name="Expression">A DuckDB SQL scalar expression over the input columns.</param>
/// <param name="Inputs">The columns of the one-row input relation; may be empty.</param>
public sealed record EvaluationCase(string Expression, IReadOnlyList<InputColumn> Inputs);
