using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Generation;

/// <summary>What one <see cref="SyntheticDataWriter.WriteAsync"/> stored.</summary>
/// <param name="ReplacedReports">Reports of the same seed stored by an earlier run and replaced by this one.</param>
public sealed record GenerationSummary(
    int Seed,
    int Reports,
    int Operations,
    int Casualties,
    int Hideouts,
    int Tallies,
    int ReplacedReports,
    TimeSpan Elapsed)
{
    public int Rows => Reports + Operations + Casualties + Hideouts + Tallies;
}

/// <summary>
/// Stores what <see cref="SyntheticReportGenerator"/> generates, in one transaction: the seed's earlier synthetic
/// reports (file names <c>synthetic/&lt;seed&gt;/…</c>) are replaced, as a changed report file replaces its extraction,
/// so running one seed twice leaves one copy. On PostgreSQL rows go in by binary COPY with keys reserved from the
/// tables' sequences (safe beside a running app), followed by ANALYZE so the dashboard's queries are planned on the new
/// statistics; on other providers, by SaveChanges in batches, each in a fresh context without change detection.
/// </summary>
public sealed class SyntheticDataWriter(IDbContextFactory<OpsTrackerDbContext> contextFactory)
{
    /// <summary>Reports per batch: one COPY per table, or one SaveChanges.</summary>
    public int CopyBatchReports { get; init; } = 2_000;

    public int SaveChangesBatchReports { get; init; } = 250;

    public async Task<GenerationSummary> WriteAsync(GenerationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var generator = new SyntheticReportGenerator(options);
        var clock = Stopwatch.StartNew();
        await using var probe = await contextFactory.CreateDbContextAsync(cancellationToken);
        var postgres = probe.Database.IsNpgsql();
        var strategy = probe.Database.CreateExecutionStrategy();
        var summary = await strategy.ExecuteAsync(async ct =>
        {
            var counts = new Counts();
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            await db.Database.OpenConnectionAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var prefix = SyntheticData.SeedPrefix(options.Seed);
            counts.Replaced = await db.Reports.Where(r => r.FileName.StartsWith(prefix)).ExecuteDeleteAsync(ct);
            if (postgres)
            {
                await CopyAsync(db, generator, counts, ct);
            }
            else
            {
                await SaveInBatchesAsync(db, tx.GetDbTransaction(), generator, counts, ct);
            }
            await tx.CommitAsync(ct);
            return counts;
        }, cancellationToken);

        if (postgres)
        {
            // Fresh statistics at once, rather than whenever autovacuum gets to the new rows.
            var tables = new[] { typeof(Report), typeof(Operation), typeof(Casualty), typeof(Hideout), typeof(ReportedTally) }
                .Select(t => probe.Model.FindEntityType(t)!.GetTableName()!)
                .Select(name => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
#pragma warning disable EF1003 // Table names from the model, quoted; no user input.
            await probe.Database.ExecuteSqlRawAsync("ANALYZE " + string.Join(", ", tables), cancellationToken);
#pragma warning restore EF1003
        }
        return new GenerationSummary(options.Seed, summary.Reports, summary.Operations, summary.Casualties, summary.Hideouts,
            summary.Tallies, summary.Replaced, clock.Elapsed);
    }

    private async Task SaveInBatchesAsync(OpsTrackerDbContext root, DbTransaction transaction, SyntheticReportGenerator generator, Counts counts, CancellationToken ct)
    {
        var connection = root.Database.GetDbConnection();
        foreach (var batch in generator.Reports().Chunk(SaveChangesBatchReports))
        {
            // A fresh context per batch keeps the change tracker small; all share the one connection and transaction.
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            db.Database.SetDbConnection(connection, contextOwnsConnection: false);
            await db.Database.UseTransactionAsync(transaction, ct);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Reports.AddRange(batch);
            SetDefaultConfidence(db, batch);
            await db.SaveChangesAsync(ct);
            counts.Add(batch);
        }
    }

    /// <summary>
    /// Generated rows carry the column's default confidence (1.0), as COPY leaves them (it skips shadow properties):
    /// SaveChanges would otherwise write the shadow property's unset value.
    /// </summary>
    private static void SetDefaultConfidence(OpsTrackerDbContext db, IEnumerable<Report> batch)
    {
        foreach (var report in batch)
        {
            foreach (var operation in report.Operations)
            {
                Seeding.ExtractionMapper.Set(db, operation, Configurations.Confidence.Default);
                db.Entry(operation).Property(Linking.EventColumns.UndatedToldOn).CurrentValue = Linking.LinkingCandidates.UndatedToldOn(operation, report.Published);
                operation.Casualties.ForEach(c => Seeding.ExtractionMapper.Set(db, c, Configurations.Confidence.Default));
                operation.Hideouts.ForEach(h => Seeding.ExtractionMapper.Set(db, h, Configurations.Confidence.Default));
            }
            report.Tallies.ForEach(t => Seeding.ExtractionMapper.Set(db, t, Configurations.Confidence.Default));
        }
    }

    private async Task CopyAsync(OpsTrackerDbContext db, SyntheticReportGenerator generator, Counts counts, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var model = db.Model;
        var reports = new PostgresCopyTable<Report>(model, withKey: true);
        // The derived columns SaveChanges would write (OpsTrackerDbContext's SavingChanges): the search fold and the figures.
        var derived = new Dictionary<string, Func<Operation, object?>> { [Queries.OperationSearchText.Column] = Queries.OperationSearchText.Of };
        foreach (var (column, compute) in Queries.OperationFigures.Columns)
        {
            derived[column] = o => compute(o);
        }
        // An undated operation's report date, which the linker finds it by (LinkingCandidates); filled per batch below.
        var published = new Dictionary<int, DateOnly?>();
        derived[Linking.EventColumns.UndatedToldOn] = o => Linking.LinkingCandidates.UndatedToldOn(o, published[o.ReportId]);
        var operations = new PostgresCopyTable<Operation>(model, withKey: true, derived);
        var casualties = new PostgresCopyTable<Casualty>(model, withKey: false);
        var hideouts = new PostgresCopyTable<Hideout>(model, withKey: false);
        var tallies = new PostgresCopyTable<ReportedTally>(model, withKey: false);
        foreach (var batch in generator.Reports().Chunk(CopyBatchReports))
        {
            var reportIds = await ReserveKeysAsync<Report>(connection, model, batch.Length, ct);
            var batchOperations = batch.SelectMany(r => r.Operations).ToList();
            var operationIds = await ReserveKeysAsync<Operation>(connection, model, batchOperations.Count, ct);
            var o = 0;
            for (var r = 0; r < batch.Length; r++)
            {
                var report = batch[r];
                report.Id = reportIds[r];
                published[report.Id] = report.Published;
                foreach (var operation in report.Operations)
                {
                    operation.Id = operationIds[o++];
                    operation.ReportId = report.Id;
                    operation.Casualties.ForEach(c => c.OperationId = operation.Id);
                    operation.Hideouts.ForEach(h => h.OperationId = operation.Id);
                }
                report.Tallies.ForEach(t => t.ReportId = report.Id);
            }
            await reports.WriteAsync(connection, batch, ct);
            await operations.WriteAsync(connection, batchOperations, ct);
            await casualties.WriteAsync(connection, batchOperations.SelectMany(op => op.Casualties), ct);
            await hideouts.WriteAsync(connection, batchOperations.SelectMany(op => op.Hideouts), ct);
            await tallies.WriteAsync(connection, batch.SelectMany(rp => rp.Tallies), ct);
            published.Clear();
            counts.Add(batch);
        }
    }

    /// <summary>
    /// Takes <paramref name="count"/> values from the sequence behind <typeparamref name="T"/>'s identity key. nextval is
    /// never rolled back or handed out twice, so rows another writer inserts meanwhile cannot collide with ours.
    /// </summary>
    private static async Task<int[]> ReserveKeysAsync<T>(NpgsqlConnection connection, IModel model, int count, CancellationToken ct)
    {
        if (count == 0)
        {
            return [];
        }
        var entity = model.FindEntityType(typeof(T))!;
        var table = entity.GetTableName()!;
        var key = entity.FindPrimaryKey()!.Properties.Single().GetColumnName(StoreObjectIdentifier.Table(table, entity.GetSchema()))!;
        await using var command = new NpgsqlCommand(
            "SELECT nextval(pg_get_serial_sequence(@table, @column))::integer FROM generate_series(1, @count)", connection);
        command.Parameters.AddWithValue("table", entity.GetSchema() is { } schema ? $"\"{schema}\".\"{table}\"" : $"\"{table}\"");
        command.Parameters.AddWithValue("column", key);
        command.Parameters.AddWithValue("count", count);
        var ids = new int[count];
        await using var reader = await command.ExecuteReaderAsync(ct);
        var i = 0;
        while (await reader.ReadAsync(ct))
        {
            ids[i++] = reader.GetInt32(0);
        }
        return ids;
    }

    private sealed class Counts
    {
        public int Reports { get; private set; }
        public int Operations { get; private set; }
        public int Casualties { get; private set; }
        public int Hideouts { get; private set; }
        public int Tallies { get; private set; }
        public int Replaced { get; set; }

        public void Add(IReadOnlyCollection<Report> batch)
        {
            Reports += batch.Count;
            foreach (var report in batch)
            {
                Operations += report.Operations.Count;
                Tallies += report.Tallies.Count;
                foreach (var operation in report.Operations)
                {
                    Casualties += operation.Casualties.Count;
                    Hideouts += operation.Hideouts.Count;
                }
            }
        }
    }
}
