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

    /// <summary>The first error in <paramref name="fields"/> given the tally as it is now, or null when all are valid.</summary>
    public static (string Field, string Reason)? Validate(JsonObject fields, ReportedTally current)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(current);
        foreach (var (key, value) in fields)
        {
            if (!Fields.Contains(key))
            {
                return (key, $"Not an editable field; these are: {string.Join(", ", Fields)}.");
            }
            var text = Corrections.Text(value);
            string? error = key switch
            {
                "periodStart" or "periodEnd" when value is not null && (text is null || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) =>
                    "A date as YYYY-MM-DD, or null.",
                "scope" when text is null || (!string.Equals(text, TallyRow.AllIraq, StringComparison.OrdinalIgnoreCase) && ProvinceCatalog.Default.Find(text) is null) =>
                    "IQ for all Iraq, or an ISO 3166-2 province code such as IQ-KI.",
                "reportedBy" when value is not null && text is not { Length: <= MaxReportedByLength } => $"A name of at most {MaxReportedByLength} characters, or null.",
                _ when Figures.Contains(key) && value is not null && Corrections.Int(value) is not (>= 0 and <= MaxFigure) => $"A whole number from 0 to {MaxFigure}, or null.",
                _ => null,
            };
            if (error is not null)
            {
                return (key, error);
            }
        }
        var copy = new ReportedTally { PeriodStart = current.PeriodStart, PeriodEnd = current.PeriodEnd };
        Apply(copy, fields);
        if (copy.PeriodStart is { } s && copy.PeriodEnd is { } e && s > e)
        {
            return (fields.ContainsKey("periodEnd") ? "periodEnd" : "periodStart", "The period ends before it starts.");
        }
        return null;
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
