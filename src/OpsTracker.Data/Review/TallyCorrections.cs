using System.Globalization;
using System.Text.Json.Nodes;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Review;

/// <summary>The fields of an official tally an analyst may correct (its period, scope and figures), as a JSON merge patch.</summary>
public static class TallyCorrections
{
    /// <summary>The largest figure a tally may be corrected to (official yearly tallies run to some thousands).</summary>
    public const int MaxFigure = 1_000_000;
    public const int MaxReportedByLength = 200;

    private static readonly string[] Figures = ["operations", "killed", "arrested", "hideoutsDestroyed", "isisAttacks"];

    public static IReadOnlyList<string> Fields { get; } =
        ["periodStart", "periodEnd", "scope", "reportedBy", .. Figures];

    /// <summary>The English texts of the refusals (composite formats; the dashboard translates them as resource keys).</summary>
    public static class Messages
    {
        public const string NotEditable = "Not an editable field; these are: {0}.";
        public const string Date = "A date as YYYY-MM-DD, or null.";
        public const string Scope = "IQ for all Iraq, or an ISO 3166-2 province code such as IQ-KI.";
        public const string ReportedBy = "A name of at most {0} characters, or null.";
        public const string Figure = "A whole number from 0 to {0}, or null.";
        public const string PeriodOrder = "The period ends before it starts.";
    }

    /// <summary>Every field of <paramref name="fields"/> that is refused, given the tally as it is now; empty when all are valid.</summary>
    public static IReadOnlyList<FieldRefusal> Validate(JsonObject fields, ReportedTally current)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(current);
        var refusals = new List<FieldRefusal>();
        foreach (var (key, value) in fields)
        {
            if (!Fields.Contains(key))
            {
                refusals.Add(new FieldRefusal(key, Messages.NotEditable, string.Join(", ", Fields)));
                continue;
            }
            var text = Corrections.Text(value);
            FieldRefusal? refusal = key switch
            {
                "periodStart" or "periodEnd" when value is not null && (text is null || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) =>
                    new(key, Messages.Date),
                "scope" when text is null || (!string.Equals(text, TallyRow.AllIraq, StringComparison.OrdinalIgnoreCase) && ProvinceCatalog.Default.Find(text) is null) =>
                    new(key, Messages.Scope),
                "reportedBy" when value is not null && text is not { Length: <= MaxReportedByLength } => new(key, Messages.ReportedBy, MaxReportedByLength),
                _ when Figures.Contains(key) && value is not null && Corrections.Int(value) is not (>= 0 and <= MaxFigure) => new(key, Messages.Figure, MaxFigure),
                _ => null,
            };
            if (refusal is not null)
            {
                refusals.Add(refusal);
            }
        }
        if (refusals.Count > 0)
        {
            return refusals;
        }
        var copy = new ReportedTally { PeriodStart = current.PeriodStart, PeriodEnd = current.PeriodEnd };
        Apply(copy, fields);
        if (copy.PeriodStart is { } s && copy.PeriodEnd is { } e && s > e)
        {
            refusals.Add(new FieldRefusal(fields.ContainsKey("periodEnd") ? "periodEnd" : "periodStart", Messages.PeriodOrder));
        }
        return refusals;
    }

    /// <summary>
    /// The merge patch that turns <paramref name="shown"/> into <paramref name="edited"/>: only the fields that differ
    /// (text trimmed, empty text as null, the scope as its code in upper case).
    /// </summary>
    public static JsonObject Patch(TallyFields shown, TallyFields edited)
    {
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(edited);
        var patch = new JsonObject();
        static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var start = Clean(edited.PeriodStart);
        if (start != Clean(shown.PeriodStart)) { patch["periodStart"] = start; }
        var end = Clean(edited.PeriodEnd);
        if (end != Clean(shown.PeriodEnd)) { patch["periodEnd"] = end; }
        var scope = Clean(edited.Scope)?.ToUpperInvariant();
        if (!string.Equals(scope, shown.Scope, StringComparison.OrdinalIgnoreCase)) { patch["scope"] = scope; }
        var reportedBy = Clean(edited.ReportedBy);
        if (reportedBy != shown.ReportedBy) { patch["reportedBy"] = reportedBy; }
        if (edited.Operations != shown.Operations) { patch["operations"] = edited.Operations; }
        if (edited.Killed != shown.Killed) { patch["killed"] = edited.Killed; }
        if (edited.Arrested != shown.Arrested) { patch["arrested"] = edited.Arrested; }
        if (edited.HideoutsDestroyed != shown.HideoutsDestroyed) { patch["hideoutsDestroyed"] = edited.HideoutsDestroyed; }
        if (edited.IsisAttacks != shown.IsisAttacks) { patch["isisAttacks"] = edited.IsisAttacks; }
        return patch;
    }

    public static void Apply(ReportedTally tally, JsonObject fields)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var (key, value) in fields)
        {
            var text = Corrections.Text(value);
            var number = value is null ? null : Corrections.Int(value);
            switch (key)
            {
                case "periodStart":
                    tally.PeriodStart = text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    break;
                case "periodEnd":
                    tally.PeriodEnd = text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    break;
                case "scope" when text is not null:
                    tally.Scope = string.Equals(text, TallyRow.AllIraq, StringComparison.OrdinalIgnoreCase) ? TallyRow.AllIraq : ProvinceCatalog.Default.Find(text)?.Code ?? tally.Scope;
                    break;
                case "reportedBy":
                    tally.ReportedBy = text;
                    break;
                case "operations": tally.Operations = number; break;
                case "killed": tally.Killed = number; break;
                case "arrested": tally.Arrested = number; break;
                case "hideoutsDestroyed": tally.HideoutsDestroyed = number; break;
                case "isisAttacks": tally.IsisAttacks = number; break;
            }
        }
    }

    public static object Snapshot(ReportedTally t, ReviewState state)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new
        {
            state = OperationFilter.ReviewName(state),
            periodStart = t.PeriodStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            periodEnd = t.PeriodEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            scope = t.Scope,
            reportedBy = t.ReportedBy,
            operations = t.Operations,
            killed = t.Killed,
            arrested = t.Arrested,
            hideoutsDestroyed = t.HideoutsDestroyed,
            isisAttacks = t.IsisAttacks,
        };
    }
}

/// <summary>
/// The fields of an official tally an analyst may correct, as shown (the base of a correction) or as edited; the
/// period's ends as written (YYYY-MM-DD), so that a mistyped date reaches <see cref="TallyCorrections.Validate"/>.
/// </summary>
public sealed record TallyFields(
    string? PeriodStart, string? PeriodEnd, string? Scope, string? ReportedBy,
    int? Operations, int? Killed, int? Arrested, int? HideoutsDestroyed, int? IsisAttacks)
{
    public static TallyFields Of(
        DateOnly? periodStart, DateOnly? periodEnd, string scope, string? reportedBy,
        int? operations, int? killed, int? arrested, int? hideoutsDestroyed, int? isisAttacks) =>
        new(Date(periodStart), Date(periodEnd), scope, reportedBy, operations, killed, arrested, hideoutsDestroyed, isisAttacks);

    public static TallyFields Of(TallyItem t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return Of(t.PeriodStart, t.PeriodEnd, t.Scope, t.ReportedBy, t.Operations, t.Killed, t.Arrested, t.HideoutsDestroyed, t.IsisAttacks);
    }

    public static TallyFields Of(TallyQueueItem t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return Of(t.PeriodStart, t.PeriodEnd, t.Scope, t.ReportedBy, t.Operations, t.Killed, t.Arrested, t.HideoutsDestroyed, t.IsisAttacks);
    }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
