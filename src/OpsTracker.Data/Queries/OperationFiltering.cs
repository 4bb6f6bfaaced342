using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Queries;

/// <summary>Applies an <see cref="OperationFilter"/> to a query of operations; shared by the timeline, tallies and exports.</summary>
internal static class OperationFiltering
{
    public static async Task<IQueryable<Operation>> ApplyAsync(
        OpsTrackerDbContext db, IQueryable<Operation> query, OperationFilter filter, CancellationToken cancellationToken) =>
        (await ForAsync(db, filter, cancellationToken))(query);

    /// <summary>
    /// The filter as a function applicable to several roots of one context (the page and its count): what needs the
    /// database (the actor lists) is read once.
    /// </summary>
    public static async Task<Func<IQueryable<Operation>, IQueryable<Operation>>> ForAsync(
        OpsTrackerDbContext db, OperationFilter filter, CancellationToken cancellationToken)
    {
        var actorPredicate = filter.Actor is { } actor ? await ActorPredicateAsync(db, actor, cancellationToken) : null;
        return query => Apply(query, filter, actorPredicate);
    }

    private static IQueryable<Operation> Apply(
        IQueryable<Operation> query, OperationFilter filter, Expression<Func<Operation, bool>>? actorPredicate)
    {
        // Operations an analyst rejected are left out of the timeline, the counts and the exports, unless the filter
        // asks for them (review=rejected): then they are all it shows, and counted.
        if (filter.Review is { } review)
        {
            query = query.Where(o => EF.Property<Review.ReviewState>(o, Configurations.OperationReviewStateConfiguration.ReviewStateColumn) == review);
        }
        else
        {
            query = query.Where(o => EF.Property<Review.ReviewState>(o, Configurations.OperationReviewStateConfiguration.ReviewStateColumn) != Review.ReviewState.Rejected);
        }
        // One entry per event (issue 10): an operation another report's telling of the same event stands for is not
        // listed or counted again.
        query = query.Where(Linking.EventFilter.IsCounted);
        if (filter.Provinces.Count == 1)
        {
            // One province as an equality, not "= ANY(array)": PostgreSQL then reads the province's timeline index in
            // order and stops after the page; with an array it reads the all-Iraq timeline index and filters
            // (1,100 rows read for page 3 of Kirkuk at a million operations, docs/benchmarks.md "Load").
            var code = filter.Provinces[0];
            query = query.Where(o => o.ProvinceCode == code);
        }
        else if (filter.Provinces.Count > 1)
        {
            var codes = filter.Provinces.ToList();
            query = query.Where(o => o.ProvinceCode != null && codes.Contains(o.ProvinceCode));
        }
        if (filter.From is { } from)
        {
            query = query.Where(o => o.Date >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(o => o.Date <= to);
        }
        if (filter.Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }
        if (actorPredicate is not null)
        {
            query = query.Where(actorPredicate);
        }
        if (filter.Text is { } text)
        {
            var terms = OperationSearch.Terms(text);
            if (terms.Texts.Count > 0 || terms.ProvinceCodes.Count > 0)
            {
                query = query.Where(OperationSearch.Predicate(terms));
            }
        }
        return query;
    }

    /// <summary>
    /// The distinct actor lists stored (a JSON array per operation, few distinct values), the ones naming the actor,
    /// and a predicate comparing the column with each: EF converts the lists the way it stores them.
    /// </summary>
    private static async Task<Expression<Func<Operation, bool>>> ActorPredicateAsync(
        OpsTrackerDbContext db, string actor, CancellationToken cancellationToken)
    {
        var lists = await DistinctActorListsAsync(db, cancellationToken);
        var matching = lists.Where(l => l.Contains(actor, StringComparer.OrdinalIgnoreCase)).ToList();
        var o = Expression.Parameter(typeof(Operation), "o");
        Expression body = Expression.Constant(false);
        var actors = Expression.Property(o, nameof(Operation.Actors));
        foreach (var list in matching)
        {
            body = Expression.OrElse(body, Expression.Equal(actors, Expression.Constant(list, typeof(List<string>))));
        }
        return Expression.Lambda<Func<Operation, bool>>(body, o);
    }

    /// <summary>
    /// The distinct actor lists, by a loose index scan of the Actors index (each step asks for the next larger list):
    /// a few dozen index probes instead of reading every operation.
    /// </summary>
    public static async Task<List<List<string>>> DistinctActorListsAsync(OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.Database.SqlQueryRaw<string>(DistinctActorsSql).ToListAsync(cancellationToken);
        return [.. stored.Select(s => JsonSerializer.Deserialize<List<string>>(s) ?? [])];
    }

    private const string DistinctActorsSql = """
        WITH RECURSIVE lists ("Actors") AS (
            SELECT MIN("Actors") FROM "Operations"
            UNION ALL
            SELECT (SELECT MIN(o."Actors") FROM "Operations" AS o WHERE o."Actors" > lists."Actors")
            FROM lists WHERE lists."Actors" IS NOT NULL)
        SELECT "Actors" AS "Value" FROM lists WHERE "Actors" IS NOT NULL
        """;

    /// <summary>Newest first, undated last, then by id: the timeline's order.</summary>
    public static IOrderedQueryable<Operation> InTimelineOrder(this IQueryable<Operation> query) =>
        query.OrderBy(o => o.Date == null).ThenByDescending(o => o.Date).ThenBy(o => o.Id);
}
