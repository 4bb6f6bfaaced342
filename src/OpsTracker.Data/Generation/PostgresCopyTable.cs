using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace OpsTracker.Data.Generation;

/// <summary>
/// Writes entities of one type to their PostgreSQL table with binary COPY. Table, columns, value conversions (enums
/// stored by name, actors as JSON, UTC times) and store types all come from the EF model, so the rows are exactly
/// those SaveChanges would write, and a column added to the model is copied without a change here.
/// </summary>
internal sealed class PostgresCopyTable<T>
    where T : class
{
    private readonly string _copyCommand;
    private readonly Column[] _columns;

    /// <param name="withKey">
    /// Copy the primary key too (the caller has reserved the values from the table's sequence); otherwise the
    /// database assigns it.
    /// </param>
    /// <param name="shadowValues">
    /// Values of shadow properties derived from the entity (an operation's folded search text), by property name;
    /// other shadow properties are left to the column's default.
    /// </param>
    public PostgresCopyTable(IModel model, bool withKey, IReadOnlyDictionary<string, Func<T, object?>>? shadowValues = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = new List<Column>();
        foreach (var property in entity.GetProperties())
        {
            Func<T, object?>? derived = null;
            // Shadow properties (an operation's review state) have no CLR value: the column's default applies, unless
            // the caller derives the value.
            if ((property.IsPrimaryKey() && !withKey)
                || (property.IsShadowProperty() && shadowValues?.TryGetValue(property.Name, out derived) != true))
            {
                continue;
            }
            var name = property.GetColumnName(table) ?? throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} has no column.");
            var mapping = property.GetRelationalTypeMapping();
            if (derived is not null)
            {
                columns.Add(new Column(Quote(name), mapping.StoreTypeNameBase, derived));
                continue;
            }
            var converter = property.GetValueConverter() ?? mapping.Converter;
            var getter = property.GetGetter();
            Func<T, object?> read = converter is null
                ? e => getter.GetClrValue(e)
                : e => getter.GetClrValue(e) is { } v ? converter.ConvertToProvider(v) : null;
            columns.Add(new Column(Quote(name), mapping.StoreTypeNameBase, read));
        }
        _columns = [.. columns];
        var target = entity.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(table.Name)}" : Quote(table.Name);
        _copyCommand = $"COPY {target} ({string.Join(", ", _columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
    }

    /// <summary>Copies the rows on the open connection (inside its current transaction, if any); returns how many.</summary>
    public async Task<ulong> WriteAsync(NpgsqlConnection connection, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(rows);
        await using var writer = await connection.BeginBinaryImportAsync(_copyCommand, cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var column in _columns)
            {
                if (column.Read(row) is { } value)
                {
                    await writer.WriteAsync(value, column.DataType, cancellationToken);
                }
                else
                {
                    await writer.WriteNullAsync(cancellationToken);
                }
            }
        }
        return await writer.CompleteAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record Column(string Name, string DataType, Func<T, object?> Read);
}
