using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Queries;

/// <summary>
/// Keyset paging: the operations after a <see cref="TimelineCursor"/> in the timeline's order, read by seeking the
/// timeline indexes (<c>IX_Operations_Timeline</c> and <c>IX_Operations_Province_Timeline</c>, keyed
/// <c>("Date" IS NULL), "Date" DESC, "Id"</c>) to the cursor instead of stepping over the rows before it, so page 2,000
/// costs what page 1 costs (docs/decisions/0007, docs/benchmarks.md).
/// </summary>
internal static class TimelineSeek
{
    /// <summary>
    /// Dated operations after a dated cursor: on or before its date, and on its date only the higher ids. The rows come
    /// from a root whose SQL says <c>("Date" IS NULL) IS FALSE</c>: PostgreSQL matches that to the index's first key and
    /// can start the scan at the cursor's date. LINQ's <c>o.Date != null</c> becomes <c>"Date" IS NOT NULL</c>, which
    /// it does not match, and the scan then walks every index entry before the cursor (the seek would cost as much as
    /// the depth: 830 buffers for a cursor 80,000 rows deep, against 128).
    /// </summary>
    public static IQueryable<Operation> DatedAfter(
        OpsTrackerDbContext db, Func<IQueryable<Operation>, IQueryable<Operation>> filter, DateOnly date, int id)
    {
        var root = db.Operations.FromSqlRaw(DatedRootSql(db)).AsNoTracking();
        return filter(root).Where(o => o.Date <= date && (o.Date < date || o.Id > id));
    }

    /// <summary>
    /// Undated operations (they come last, by id) after the cursor's id, or all of them after a dated cursor.
    /// <c>"Date" IS NULL</c> is the index's first key as it stands.
    /// </summary>
    public static IQueryable<Operation> UndatedAfter(IQueryable<Operation> filtered, int? id) => id is { } after
        ? filtered.Where(o => o.Date == null && o.Id > after)
        : filtered.Where(o => o.Date == null);

    /// <summary>
    /// <c>SELECT * FROM "Operations" WHERE ("Date" IS NULL) IS FALSE</c>, names from the model, quoted by the provider
    /// (SQLite reads <c>IS FALSE</c> too). A constant: nothing from the request is in it.
    /// </summary>
    private static string DatedRootSql(OpsTrackerDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(Operation))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var date = sql.DelimitIdentifier(entity.FindProperty(nameof(Operation.Date))!.GetColumnName(table)!);
        return $"SELECT * FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE ({date} IS NULL) IS FALSE";
    }
}
