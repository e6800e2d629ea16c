namespace Microsoft.Spark.Sql;

/// <summary>
/// Compile-only declaration of <c>Microsoft.Spark.Sql.Functions</c>: every member the reference notes list with its
/// 2.3.1 signature, used by drivers or not, because generated drivers import the class with <c>using static</c> and so
/// every name it declares is a simple name there (a bare <c>Array</c> binds to <see cref="Array(Column[])"/>); a
/// declaration that lacked a name could not show such a clash.
/// </summary>
public static class Functions
{
    public static Column Abs(Column column) => throw CompileOnly.Refuse();

    public static Column Array(params Column[] columns) => throw CompileOnly.Refuse();

    public static Column Array(string columnName, params string[] columnNames) => throw CompileOnly.Refuse();

    public static Column Asc(string columnName) => throw CompileOnly.Refuse();

    public static Column Avg(Column column) => throw CompileOnly.Refuse();

    public static Column Avg(string columnName) => throw CompileOnly.Refuse();

    public static DataFrame Broadcast(DataFrame df) => throw CompileOnly.Refuse();

    public static Column Call_UDF(string udfName, params Column[] columns) => throw CompileOnly.Refuse();

    public static Column CallUDF(string udfName, params Column[] columns) => throw CompileOnly.Refuse();

    public static Column Coalesce(params Column[] columns) => throw CompileOnly.Refuse();

    public static Column Col(string columnName) => throw CompileOnly.Refuse();

    public static Column CollectList(Column column) => throw CompileOnly.Refuse();

    public static Column CollectList(string columnName) => throw CompileOnly.Refuse();

    public static Column Column(string columnName) => throw CompileOnly.Refuse();

    public static Column Concat(params Column[] columns) => throw CompileOnly.Refuse();

    public static Column ConcatWs(string sep, params Column[] columns) => throw CompileOnly.Refuse();

    public static Column Count(Column column) => throw CompileOnly.Refuse();

    public static Column Count(string columnName) => throw CompileOnly.Refuse();

    public static Column CountDistinct(Column column, params Column[] columns) => throw CompileOnly.Refuse();

    public static Column CountDistinct(string columnName, params string[] columnNames) => throw CompileOnly.Refuse();

    public static Column CumeDist() => throw CompileOnly.Refuse();

    public static Column CurrentDate() => throw CompileOnly.Refuse();

    public static Column CurrentTimestamp() => throw CompileOnly.Refuse();

    public static Column DateAdd(Column start, int days) => throw CompileOnly.Refuse();

    public static Column DateAdd(Column start, Column days) => throw CompileOnly.Refuse();

    public static Column DateDiff(Column end, Column start) => throw CompileOnly.Refuse();

    public static Column DateFormat(Column dateExpr, string format) => throw CompileOnly.Refuse();

    public static Column DateSub(Column start, int days) => throw CompileOnly.Refuse();

    public static Column DateSub(Column start, Column days) => throw CompileOnly.Refuse();

    public static Column DayOfMonth(Column column) => throw CompileOnly.Refuse();

    public static Column DenseRank() => throw CompileOnly.Refuse();

    public static Column Desc(string columnName) => throw CompileOnly.Refuse();

    public static Column Explode(Column column) => throw CompileOnly.Refuse();

    public static Column Expr(string expr) => throw CompileOnly.Refuse();

    public static Column First(Column column, bool ignoreNulls = false) => throw CompileOnly.Refuse();

    public static Column First(string columnName, bool ignoreNulls = false) => throw CompileOnly.Refuse();

    public static Column FromUnixTime(Column column) => throw CompileOnly.Refuse();

    public static Column FromUnixTime(Column column, string format) => throw CompileOnly.Refuse();

    public static Column Greatest(params Column[] columns) => throw CompileOnly.Refuse();

    public static Column Greatest(string columnName, params string[] columnNames) => throw CompileOnly.Refuse();

    public static Column Hash(params Column[] columns) => throw CompileOnly.Refuse();

    public static Column InputFileName() => throw CompileOnly.Refuse();

    public static Column IsNull(Column column) => throw CompileOnly.Refuse();

    public static Column Lag(Column column, int offset, object? defaultValue = null) => throw CompileOnly.Refuse();

    public static Column Lag(string columnName, int offset, object? defaultValue = null) => throw CompileOnly.Refuse();

    public static Column Lag(Column column, int offset, object defaultValue, bool ignoreNulls) => throw CompileOnly.Refuse();

    public static Column Last(Column column, bool ignoreNulls = false) => throw CompileOnly.Refuse();

    public static Column Last(string columnName, bool ignoreNulls = false) => throw CompileOnly.Refuse();

    public static Column Lead(Column column, int offset, object? defaultValue = null) => throw CompileOnly.Refuse();

    public static Column Lead(string columnName, int offset, object? defaultValue = null) => throw CompileOnly.Refuse();

    public static Column Lead(Column column, int offset, object defaultValue, bool ignoreNulls) => throw CompileOnly.Refuse();

    public static Column Least(params Column[] columns) => throw CompileOnly.Refuse();

    public static Column Least(string columnName, params string[] columnNames) => throw CompileOnly.Refuse();

    public static Column Length(Column column) => throw CompileOnly.Refuse();

    public static Column Lit(object literal) => throw CompileOnly.Refuse();

    public static Column Lower(Column column) => throw CompileOnly.Refuse();

    public static Column Lpad(Column column, int len, string pad) => throw CompileOnly.Refuse();

    public static Column Ltrim(Column column) => throw CompileOnly.Refuse();

    public static Column Ltrim(Column column, string trimString) => throw CompileOnly.Refuse();

    public static Column Max(Column column) => throw CompileOnly.Refuse();

    public static Column Max(string columnName) => throw CompileOnly.Refuse();

    public static Column Md5(Column column) => throw CompileOnly.Refuse();

    public static Column Mean(Column column) => throw CompileOnly.Refuse();

    public static Column Mean(string columnName) => throw CompileOnly.Refuse();

    public static Column Min(Column column) => throw CompileOnly.Refuse();

    public static Column Min(string columnName) => throw CompileOnly.Refuse();

    public static Column MonotonicallyIncreasingId() => throw CompileOnly.Refuse();

    public static Column Month(Column column) => throw CompileOnly.Refuse();

    public static Column Not(Column column) => throw CompileOnly.Refuse();

    public static Column Ntile(int n) => throw CompileOnly.Refuse();

    public static Column PercentRank() => throw CompileOnly.Refuse();

    public static Column Rank() => throw CompileOnly.Refuse();

    public static Column RegexpReplace(Column column, string pattern, string replacement) => throw CompileOnly.Refuse();

    public static Column RegexpReplace(Column column, Column pattern, Column replacement) => throw CompileOnly.Refuse();

    public static Column Round(Column column) => throw CompileOnly.Refuse();

    public static Column Round(Column column, int scale) => throw CompileOnly.Refuse();

    public static Column RowNumber() => throw CompileOnly.Refuse();

    public static Column Rpad(Column column, int len, string pad) => throw CompileOnly.Refuse();

    public static Column Rtrim(Column column) => throw CompileOnly.Refuse();

    public static Column Rtrim(Column column, string trimString) => throw CompileOnly.Refuse();

    public static Column Sha2(Column column, int numBits) => throw CompileOnly.Refuse();

    public static Column Split(Column column, string pattern) => throw CompileOnly.Refuse();

    public static Column Split(Column column, string pattern, int limit) => throw CompileOnly.Refuse();

    public static Column Struct(params Column[] columns) => throw CompileOnly.Refuse();

    public static Column Struct(string columnName, params string[] columnNames) => throw CompileOnly.Refuse();

    public static Column Substring(Column column, int pos, int len) => throw CompileOnly.Refuse();

    public static Column Sum(Column column) => throw CompileOnly.Refuse();

    public static Column Sum(string columnName) => throw CompileOnly.Refuse();

    public static Column ToDate(Column column) => throw CompileOnly.Refuse();

    public static Column ToDate(Column column, string format) => throw CompileOnly.Refuse();

    public static Column ToTimestamp(Column column) => throw CompileOnly.Refuse();

    public static Column ToTimestamp(Column column, string format) => throw CompileOnly.Refuse();

    public static Column Trim(Column column) => throw CompileOnly.Refuse();

    public static Column Trim(Column column, string trimString) => throw CompileOnly.Refuse();

    public static Column UnixTimestamp() => throw CompileOnly.Refuse();

    public static Column UnixTimestamp(Column column) => throw CompileOnly.Refuse();

    public static Column UnixTimestamp(Column column, string format) => throw CompileOnly.Refuse();

    public static Column Upper(Column column) => throw CompileOnly.Refuse();

    public static Column When(Column condition, object value) => throw CompileOnly.Refuse();

    public static Column Window(Column column, string windowDuration) => throw CompileOnly.Refuse();

    public static Column Window(Column column, string windowDuration, string slideDuration) => throw CompileOnly.Refuse();

    public static Column Window(Column column, string windowDuration, string slideDuration, string startTime) => throw CompileOnly.Refuse();

    public static Column Year(Column column) => throw CompileOnly.Refuse();

    /// <summary>The scalar user-defined function factory of no argument (the reference lists factories of 0 to 10 arguments).</summary>
    public static System.Func<Column> Udf<TResult>(System.Func<TResult> udf) => throw CompileOnly.Refuse();

    /// <summary>Named by the reference among the names <c>using static</c> brings into scope.</summary>
    public static Column DayOfWeek(Column column) => throw CompileOnly.Refuse();
}
