using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Data.Queries;

/// <summary>
/// The folded search column of an operation (<see cref="Column"/>, a shadow property): its place, evidence and actors
/// folded by <see cref="Fold"/> (the extractor's <see cref="ArabicNormalizer.NormalizeTerm"/>, lower case, runs of white
/// space as one space), joined by <see cref="Separator"/>. A query folded the same way is then a plain substring of it,
/// which a trigram index (PostgreSQL) finds without reading every row and without a regular expression
/// (docs/decisions/0006-scale-indexes-search-and-exports.md). The column is written whenever EF saves an operation
/// (<see cref="Refresh"/>, hooked into <see cref="OpsTrackerDbContext"/>), by the generator's COPY, and filled for rows
/// older than the column by <see cref="BackfillAsync"/> at startup.
/// </summary>
public static class OperationSearchText
{
    public const string Column = "SearchText";

    /// <summary>
    /// Between the place, the evidence and each actor: a control character the filter refuses in a query
    /// (<see cref="OperationFilter"/>), so no query can match across two fields.
    /// </summary>
    public const char Separator = '\u001F';

    /// <summary>Rows folded per statement by <see cref="BackfillAsync"/>.</summary>
    private const int BackfillBatch = 2_000;

    /// <summary>
    /// The one folding of search text, for stored text and queries alike: <see cref="ArabicNormalizer.NormalizeTerm"/>
    /// (one alef, ya for alef maqsura and hamza seats, ha for ta marbuta, no diacritics or tatweel, ASCII digits, a
    /// hashtag's underscores as spaces), lower case, and every run of white space as one space.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = ArabicNormalizer.NormalizeTerm(text).ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The column's value for an operation with this place, evidence and actors.</summary>
    public static string Of(string? place, string evidence, IEnumerable<string> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var sb = new StringBuilder();
        sb.Append(Fold(place ?? "")).Append(Separator).Append(Fold(evidence ?? ""));
        foreach (var actor in actors)
        {
            sb.Append(Separator).Append(Fold(actor));
        }
        return sb.ToString();
    }

    public static string Of(Operation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return Of(operation.Place, operation.EvidenceText, operation.Actors);
    }

    /// <summary>
    /// Before a save: writes the column of every operation being added or changed, so the search never reads a stale
    /// fold (an analyst's corrected place is found at once).
    /// </summary>
    public static void Refresh(ChangeTracker changeTracker)
    {
        ArgumentNullException.ThrowIfNull(changeTracker);
        foreach (var entry in changeTracker.Entries<Operation>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                var property = entry.Property<string?>(Column);
                var value = Of(entry.Entity);
                if (!string.Equals(property.CurrentValue, value, StringComparison.Ordinal))
                {
                    property.CurrentValue = value;
                }
            }
        }
    }

    /// <summary>
    /// Folds the operations stored before the column existed (its value null), a batch at a time; returns how many.
    /// Runs after the migrations; a no-op once every row has its fold.
    /// </summary>
    public static async Task<int> BackfillAsync(IDbContextFactory<OpsTrackerDbContext> factory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var total = 0;
        while (true)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var batch = await db.Operations.AsTracking()
                .Where(o => EF.Property<string?>(o, Column) == null)
                .OrderBy(o => o.Id)
                .Take(BackfillBatch)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return total;
            }
            if (db.Database.IsNpgsql())
            {
                // One statement per batch: the ids and folds as two arrays.
                await db.Database.ExecuteSqlRawAsync(
                    "UPDATE \"Operations\" AS o SET \"SearchText\" = v.folded FROM unnest(@ids, @folded) AS v(id, folded) WHERE o.\"Id\" = v.id",
                    [new Npgsql.NpgsqlParameter("ids", batch.Select(o => o.Id).ToArray()), new Npgsql.NpgsqlParameter("folded", batch.Select(Of).ToArray())],
                    cancellationToken);
            }
            else
            {
                foreach (var operation in batch)
                {
                    // Marks the shadow property modified: SaveChanges writes only this column.
                    db.Entry(operation).Property<string?>(Column).CurrentValue = Of(operation);
                }
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                await db.SaveChangesAsync(cancellationToken);
            }
            total += batch.Count;
        }
    }
}
