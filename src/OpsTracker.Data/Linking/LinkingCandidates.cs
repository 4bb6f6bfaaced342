using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Linking;
using OpsTracker.Data.Review;

namespace OpsTracker.Data.Linking;

/// <summary>
/// Which stored operations the linker compares a new one with: one statement (UNION ALL) of parts, each read through
/// an index, so linking stays fast however many operations are stored. <see cref="EventScorer"/> decides; a part only
/// has to deliver every operation the scorer could link (and few others).
/// <list type="bullet">
/// <item>Dated operations in the date window of the new one's precision (<see cref="EventScorer.CandidateWindow"/>),
/// each stored precision in its own part of the window, through the index on (province, precision, date).</item>
/// <item>Undated operations by their report's publication date (<see cref="EventColumns.UndatedToldOn"/>): an undated
/// operation of a report published on P is taken to have happened in the <see cref="LinkingThresholds.UndatedToldWithinDays"/> days up to
/// P, the week a re-telling's lead told it in. So an undated re-telling finds its dated original in that week, a dated
/// operation finds the undated re-tellings published in the days after it, and two undated operations are compared
/// when their reports were published at most <see cref="LinkingThresholds.UndatedToldApartDays"/> days apart.</item>
/// <item>"Timeless" operations (undated, in a report without publication date): nothing places them in time, so every
/// one of the province is a candidate (the scorer links them only with a copied sentence or the same place, kind and
/// figures). They are few: most reports have a publication date.</item>
/// <item>Undated operations at the same named place, whenever told (the scorer's same place, kind and figures).</item>
/// <item>For a timeless operation, the dated operations of the <see cref="LinkingThresholds.TimelessLooksBackReports"/>
/// reports stored before its own (the scorer links them only with a copied sentence), so a timeless re-telling loaded
/// after its dated original finds it too.</item>
/// </list>
/// Each part looks in the new operation's province and among operations without a province (a re-telling that lost it
/// with its lead paragraph); an operation without a province looks in every province. The kinds the scorer forbids
/// (an ISIS attack is never the security forces' strike, search, raid or arrest) stay in the database.
/// </summary>
public static class LinkingCandidates
{
    /// <summary>The kinds that never tell the same event as an ISIS attack (EventScorer's kind rule).</summary>
    private static readonly OperationKind[] SecurityForceKinds = [OperationKind.Airstrike, OperationKind.Search, OperationKind.Raid, OperationKind.Arrest];

    /// <summary>
    /// The candidates of one new operation (of report <paramref name="reportId"/>, published <paramref name="published"/>)
    /// as one query, or null when nothing can be linked to it (a date known only to the year).
    /// </summary>
    internal static IQueryable<Operation>? Query(OpsTrackerDbContext db, int reportId, DateOnly? published, OperationFacts facts)
    {
        var undated = EventScorer.Undated(facts);
        var window = undated
            ? published is { } p ? EventScorer.CandidateWindow(p.AddDays(-LinkingThresholds.UndatedToldWithinDays), DatePrecision.Week) : null
            : EventScorer.CandidateWindow(facts.Date, facts.Precision);
        if (!undated && window is null)
        {
            return null;
        }
        var (toldFrom, toldTo) = undated
            ? published is { } q ? (q.AddDays(-LinkingThresholds.UndatedToldApartDays), q.AddDays(LinkingThresholds.UndatedToldApartDays)) : (default(DateOnly?), default(DateOnly?))
            : ToldSpan(facts.Date!.Value, facts.Precision);

        var parts = new List<IQueryable<Operation>>();
        // The new operation's province and the province-less; without a province, every province.
        IEnumerable<string?> provinces = facts.ProvinceCode is { } province ? [province, null] : [];
        foreach (var source in facts.ProvinceCode is null ? [Others(db, reportId, facts.Kind)] : provinces.Select(pc => InProvince(Others(db, reportId, facts.Kind), pc)))
        {
            if (window is not null)
            {
                parts.Add(InWindow(source, window));
            }
            if (toldFrom is { } from && toldTo is { } to)
            {
                parts.Add(source.Where(o => EF.Property<DateOnly?>(o, EventColumns.UndatedToldOn) >= from
                    && EF.Property<DateOnly?>(o, EventColumns.UndatedToldOn) <= to));
            }
            parts.Add(source.Where(o => (o.Date == null || o.DatePrecision == DatePrecision.Unknown)
                && EF.Property<DateOnly?>(o, EventColumns.UndatedToldOn) == null));
            if (undated && facts.Place is { } place)
            {
                parts.Add(source.Where(o => (o.Date == null || o.DatePrecision == DatePrecision.Unknown) && o.Place == place));
            }
            if (undated && published is null)
            {
                // Timeless: the dated operations of the reports stored just before this one (through the index on ReportId).
                var since = reportId - LinkingThresholds.TimelessLooksBackReports;
                parts.Add(source.Where(o => o.ReportId < reportId && o.ReportId >= since
                    && o.Date != null && o.DatePrecision != DatePrecision.Unknown));
            }
        }
        return parts.Aggregate((a, b) => a.Concat(b));
    }

    /// <summary>
    /// The database's plan of each operation's candidate statement for a stored report (link-bench --explain):
    /// PostgreSQL's <c>EXPLAIN (ANALYZE, BUFFERS)</c>, SQLite's <c>EXPLAIN QUERY PLAN</c>. Runs the statements; changes nothing.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ExplainAsync(OpsTrackerDbContext db, int reportId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var published = await db.Reports.Where(r => r.Id == reportId).Select(r => r.Published).SingleAsync(cancellationToken);
        var mine = await EventLinker.Rows(db.Operations.Where(o => o.ReportId == reportId)).ToListAsync(cancellationToken);
        var plans = new List<string>();
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var op in mine)
            {
                if (Query(db, reportId, published, op.Facts()) is not { } query)
                {
                    continue;
                }
                await using var command = EventLinker.Rows(query).CreateDbCommand();
                command.CommandText = (postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + command.CommandText;
                var lines = new List<string> { $"-- operation {op.Id} ({op.ProvinceCode ?? "no province"}, {op.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"} {op.Precision}, {op.Kind})" };
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    lines.Add(postgres ? reader.GetString(0) : string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString())));
                }
                plans.Add(string.Join(Environment.NewLine, lines));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return plans;
    }

    /// <summary>
    /// The new report's undated operations get its publication date (one statement; none when the report has no date,
    /// since its operations were stored without one).
    /// </summary>
    internal static Task MarkUndatedAsync(OpsTrackerDbContext db, int reportId, DateOnly? published, CancellationToken cancellationToken) =>
        published is not { } day
            ? Task.CompletedTask
            : db.Operations.Where(o => o.ReportId == reportId && (o.Date == null || o.DatePrecision == DatePrecision.Unknown))
                .ExecuteUpdateAsync(s => s.SetProperty(o => EF.Property<DateOnly?>(o, EventColumns.UndatedToldOn), day), cancellationToken);

    /// <summary>
    /// Keeps <see cref="EventColumns.UndatedToldOn"/> of a tracked operation right after an analyst corrected its date or
    /// precision (OperationCorrections): dated now, it is found by its date; undated now, by its report's publication
    /// date. An operation whose report is not loaded (one being imported) is left to the linker, which marks the
    /// report's undated operations when it links them.
    /// </summary>
    public static void KeepUndatedToldOn(OpsTrackerDbContext db, Operation operation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Report is { } report)
        {
            db.Entry(operation).Property(EventColumns.UndatedToldOn).CurrentValue = UndatedToldOn(operation, report.Published);
        }
    }

    /// <summary>What <see cref="EventColumns.UndatedToldOn"/> holds for an operation of a report published on <paramref name="published"/>.</summary>
    public static DateOnly? UndatedToldOn(Operation operation, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return operation.Date is null || operation.DatePrecision == DatePrecision.Unknown ? published : null;
    }

    /// <summary>
    /// The publication dates of the undated operations a dated one may be: those whose week-before-publication window
    /// (<see cref="LinkingThresholds.UndatedToldWithinDays"/>, widened by the scorer's week slack) meets the dated one's span.
    /// </summary>
    internal static (DateOnly? From, DateOnly? To) ToldSpan(DateOnly date, DatePrecision precision)
    {
        var (start, end) = precision switch
        {
            DatePrecision.Week => (date.AddDays(-LinkingThresholds.WeekSlackDays), date.AddDays(6 + LinkingThresholds.WeekSlackDays)),
            DatePrecision.Month => (new DateOnly(date.Year, date.Month, 1), new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month))),
            _ => (date, date),
        };
        // An undated operation told on P is looked for as the week starting P - UndatedToldWithinDays, which the scorer
        // stretches by WeekSlackDays on each side: [P - within - slack, P - within + 6 + slack].
        var before = 6 + LinkingThresholds.WeekSlackDays - LinkingThresholds.UndatedToldWithinDays;
        var after = LinkingThresholds.UndatedToldWithinDays + LinkingThresholds.WeekSlackDays;
        return (Shift(start, -before), Shift(end, after));
    }

    private static DateOnly Shift(DateOnly date, int days) =>
        DateOnly.FromDayNumber(Math.Clamp(date.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    /// <summary>Other reports' operations not rejected, of a kind the scorer does not forbid with <paramref name="kind"/>.</summary>
    private static IQueryable<Operation> Others(OpsTrackerDbContext db, int reportId, OperationKind kind)
    {
        var others = db.Operations.Where(o => o.ReportId != reportId
            && EF.Property<ReviewState>(o, Configurations.OperationReviewStateConfiguration.ReviewStateColumn) != ReviewState.Rejected);
        if (kind == OperationKind.IsisAttack)
        {
            others = others.Where(o => o.Kind != OperationKind.Airstrike && o.Kind != OperationKind.Search
                && o.Kind != OperationKind.Raid && o.Kind != OperationKind.Arrest);
        }
        else if (SecurityForceKinds.Contains(kind))
        {
            others = others.Where(o => o.Kind != OperationKind.IsisAttack);
        }
        return others;
    }

    private static IQueryable<Operation> InProvince(IQueryable<Operation> source, string? province) =>
        province is null ? source.Where(o => o.ProvinceCode == null) : source.Where(o => o.ProvinceCode == province);

    /// <summary>
    /// Each stored precision in the part of the window it can match (EventScorer.DateScore): a day within the new
    /// operation's own span (its day +/- DayWindowDays, its week or month), a week up to 6 + slack days earlier, a month
    /// among the month starts; year-only and unknown dates never link.
    /// </summary>
    private static IQueryable<Operation> InWindow(IQueryable<Operation> source, CandidateDates window)
    {
        var months = window.MonthStarts.Select(m => (DateOnly?)m).ToList();
        var (dayFrom, dayTo) = EventLinker.DaySpan(window);
        return source.Where(o =>
            (o.DatePrecision == DatePrecision.Day && o.Date >= dayFrom && o.Date <= dayTo)
            || (o.DatePrecision == DatePrecision.Week && o.Date >= window.From && o.Date <= window.To)
            || (o.DatePrecision == DatePrecision.Month && months.Contains(o.Date)));
    }
}
