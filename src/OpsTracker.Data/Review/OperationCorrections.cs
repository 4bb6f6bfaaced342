using System.Globalization;
using System.Text.Json.Nodes;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Review;

/// <summary>
/// The fields of an operation an analyst may correct, as a JSON merge patch: how each is checked and applied to the
/// operation row. Arrays (actors, casualties, hideouts) are replaced whole, as a merge patch replaces arrays; a figure
/// may name the evidence span it was read from (<c>evidenceStart</c>, <c>evidenceEnd</c> in the report's text), which
/// keeps its evidence shown beside it.
/// </summary>
public static class OperationCorrections
{
    /// <summary>The largest count a casualty or hideout figure, or a number of strikes, may be corrected to.</summary>
    public const int MaxCount = 100_000;
    /// <summary>The most actors, casualty figures or hideout figures one operation may be given.</summary>
    public const int MaxItems = 50;
    public const int MaxPlaceLength = 200;
    public const int MaxActorLength = 100;
    /// <summary>The extraction rule stored on an operation an analyst added.</summary>
    public const string AnalystRule = "analyst";

    /// <summary>The fields a correction (a JSON merge patch) may set.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["kind", "date", "datePrecision", "province", "place", "strikes", "actors", "casualties", "hideouts"];

    /// <summary>
    /// The first error in <paramref name="fields"/> (field name and why), or null when all are valid. Figures' evidence
    /// spans must lie inside a report text of <paramref name="textLength"/> characters.
    /// </summary>
    public static (string Field, string Reason)? Validate(JsonObject fields, int textLength)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var (key, value) in fields)
        {
            if (!Fields.Contains(key))
            {
                return (key, $"Not an editable field; these are: {string.Join(", ", Fields)}.");
            }
            var error = key switch
            {
                "strikes" => value is null || Corrections.Int(value) is >= 0 and <= MaxCount ? null : $"A whole number from 0 to {MaxCount}, or null.",
                "actors" => ValidateActors(value),
                "casualties" => ValidateItems(value, textLength, ValidateCasualty),
                "hideouts" => ValidateItems(value, textLength, ValidateHideout),
                _ => ValidateText(key, value),
            };
            if (error is not null)
            {
                return (key, error);
            }
        }
        return null;
    }

    /// <summary>
    /// Applies valid <paramref name="fields"/> to <paramref name="op"/>; replaced figures are new rows with confidence 1
    /// (an analyst read them) and the evidence text of their span in <paramref name="reportText"/>.
    /// </summary>
    public static void Apply(OpsTrackerDbContext db, Operation op, JsonObject fields, string reportText)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var (key, value) in fields)
        {
            var text = Corrections.Text(value);
            switch (key)
            {
                case "kind" when text is not null && OperationFilter.ParseKind(text) is { } kind:
                    op.Kind = kind;
                    break;
                case "date":
                    op.Date = text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    break;
                case "datePrecision" when text is not null && Enum.TryParse<DatePrecision>(text, true, out var precision):
                    op.DatePrecision = precision;
                    break;
                case "province":
                    op.ProvinceCode = text is null ? null : ProvinceCatalog.Default.All.First(p => string.Equals(p.Code, text, StringComparison.OrdinalIgnoreCase)).Code;
                    op.Province = null;
                    break;
                case "place":
                    op.Place = text;
                    break;
                case "strikes":
                    op.Strikes = value is null ? null : Corrections.Int(value);
                    break;
                case "actors" when value is JsonArray actors:
                    op.Actors = [.. actors.Select(a => Corrections.Text(a)!.Trim())];
                    break;
                case "casualties" when value is JsonArray items:
                    op.Casualties.Clear();
                    foreach (var item in items.OfType<JsonObject>())
                    {
                        var (start, end, evidence) = Corrections.Evidence(item, reportText);
                        var casualty = new Casualty
                        {
                            Count = Corrections.Int(item["count"])!.Value,
                            Category = Enum.Parse<CasualtyCategory>(Corrections.Text(item["category"])!, ignoreCase: true),
                            Side = Enum.Parse<CasualtySide>(Corrections.Text(item["side"])!, ignoreCase: true),
                            Approximate = item["approximate"] is JsonValue a && a.TryGetValue<bool>(out var approximate) && approximate,
                            EvidenceStart = start,
                            EvidenceEnd = end,
                            EvidenceText = evidence,
                        };
                        op.Casualties.Add(casualty);
                        casualty.Operation = op;
                        db.Casualties.Add(casualty);
                        Seeding.ExtractionMapper.Set(db, casualty, 1.0);
                    }
                    break;
                case "hideouts" when value is JsonArray items:
                    op.Hideouts.Clear();
                    foreach (var item in items.OfType<JsonObject>())
                    {
                        var (start, end, evidence) = Corrections.Evidence(item, reportText);
                        var hideout = new Hideout
                        {
                            Count = Corrections.Int(item["count"])!.Value,
                            Kind = ParseHideoutKind(Corrections.Text(item["kind"])!)!.Value,
                            Outcome = Enum.Parse<HideoutOutcome>(Corrections.Text(item["outcome"])!, ignoreCase: true),
                            EvidenceStart = start,
                            EvidenceEnd = end,
                            EvidenceText = evidence,
                        };
                        op.Hideouts.Add(hideout);
                        hideout.Operation = op;
                        db.Hideouts.Add(hideout);
                        Seeding.ExtractionMapper.Set(db, hideout, 1.0);
                    }
                    break;
            }
        }
    }

    /// <summary>The operation as the audit trail records it before and after a change.</summary>
    public static object Snapshot(Operation op, ReviewState state)
    {
        ArgumentNullException.ThrowIfNull(op);
        return new
        {
            state = OperationFilter.ReviewName(state),
            kind = op.Kind.ToString(),
            date = op.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            datePrecision = op.DatePrecision.ToString(),
            province = op.ProvinceCode,
            place = op.Place,
            strikes = op.Strikes,
            // Copies, not lazy views: the snapshot before a change is serialised after it.
            actors = op.Actors.ToArray(),
            casualties = op.Casualties.Select(c => new { count = c.Count, category = ExtractionJson.Name(c.Category), side = ExtractionJson.Name(c.Side) }).ToArray(),
            hideouts = op.Hideouts.Select(h => new { count = h.Count, kind = ExtractionJson.Name(h.Kind), outcome = ExtractionJson.Name(h.Outcome) }).ToArray(),
        };
    }

    /// <summary>A hideout kind by its contract name (guest-house) or enum name (GuestHouse), ignoring case.</summary>
    public static HideoutKind? ParseHideoutKind(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var k in Enum.GetValues<HideoutKind>())
        {
            if (string.Equals(ExtractionJson.Name(k), value.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(k.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }
        return null;
    }

    private static string? ValidateText(string key, JsonNode? value)
    {
        var text = Corrections.Text(value);
        if (value is not null && text is null)
        {
            return "A string, or null.";
        }
        return key switch
        {
            "kind" when text is null || OperationFilter.ParseKind(text) is null =>
                $"One of {string.Join(", ", Enum.GetValues<OperationKind>().Select(ExtractionJson.Name))}.",
            "date" when text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) =>
                "A date as YYYY-MM-DD, or null.",
            "datePrecision" when text is null || !Enum.TryParse<DatePrecision>(text, true, out _) || int.TryParse(text, out _) =>
                $"One of {string.Join(", ", Enum.GetValues<DatePrecision>().Select(ExtractionJson.Name))}.",
            "province" when text is not null && ProvinceCatalog.Default.All.All(p => !string.Equals(p.Code, text, StringComparison.OrdinalIgnoreCase)) =>
                "An ISO 3166-2 province code such as IQ-KI, or null.",
            "place" when text is { Length: > MaxPlaceLength } => $"At most {MaxPlaceLength} characters.",
            _ => null,
        };
    }

    private static string? ValidateActors(JsonNode? value)
    {
        if (value is not JsonArray actors || actors.Count > MaxItems)
        {
            return $"An array of at most {MaxItems} names.";
        }
        return actors.All(a => Corrections.Text(a) is { Length: > 0 and <= MaxActorLength } name && name.Trim().Length > 0)
            ? null
            : $"Each actor is a name of 1 to {MaxActorLength} characters.";
    }

    private static string? ValidateItems(JsonNode? value, int textLength, Func<JsonObject, string?> validate)
    {
        if (value is not JsonArray items || items.Count > MaxItems)
        {
            return $"An array of at most {MaxItems} figures (an empty array removes them all).";
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item)
            {
                return $"Item {i} is not an object.";
            }
            if ((validate(item) ?? Corrections.ValidateEvidence(item, textLength)) is { } error)
            {
                return $"Item {i}: {error}";
            }
        }
        return null;
    }

    private static string? ValidateCasualty(JsonObject item)
    {
        if (Corrections.Int(item["count"]) is not (>= 1 and <= MaxCount))
        {
            return $"count is a whole number from 1 to {MaxCount}.";
        }
        if (Corrections.Text(item["category"]) is not { } category || !Enum.TryParse<CasualtyCategory>(category, true, out _) || int.TryParse(category, out _))
        {
            return $"category is one of {string.Join(", ", Enum.GetValues<CasualtyCategory>().Select(ExtractionJson.Name))}.";
        }
        if (Corrections.Text(item["side"]) is not { } side || !Enum.TryParse<CasualtySide>(side, true, out _) || int.TryParse(side, out _))
        {
            return $"side is one of {string.Join(", ", Enum.GetValues<CasualtySide>().Select(ExtractionJson.Name))}.";
        }
        return item.Select(p => p.Key).FirstOrDefault(k => k is not ("count" or "category" or "side" or "approximate" or "evidenceStart" or "evidenceEnd")) is { } unknown
            ? $"{unknown} is not a field of a casualty figure."
            : null;
    }

    private static string? ValidateHideout(JsonObject item)
    {
        if (Corrections.Int(item["count"]) is not (>= 1 and <= MaxCount))
        {
            return $"count is a whole number from 1 to {MaxCount}.";
        }
        if (Corrections.Text(item["kind"]) is not { } kind || ParseHideoutKind(kind) is null)
        {
            return $"kind is one of {string.Join(", ", Enum.GetValues<HideoutKind>().Select(ExtractionJson.Name))}.";
        }
        if (Corrections.Text(item["outcome"]) is not { } outcome || !Enum.TryParse<HideoutOutcome>(outcome, true, out _) || int.TryParse(outcome, out _))
        {
            return $"outcome is one of {string.Join(", ", Enum.GetValues<HideoutOutcome>().Select(ExtractionJson.Name))}.";
        }
        return item.Select(p => p.Key).FirstOrDefault(k => k is not ("count" or "kind" or "outcome" or "evidenceStart" or "evidenceEnd")) is { } unknown
            ? $"{unknown} is not a field of a hideout figure."
            : null;
    }
}

/// <summary>Reading the values of a correction's JSON: strings, whole numbers and evidence spans.</summary>
internal static class Corrections
{
    public static string? Text(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static int? Int(JsonNode? value)
    {
        if (value is not JsonValue v)
        {
            return null;
        }
        if (v.TryGetValue<int>(out var i))
        {
            return i;
        }
        // Numbers parsed from a request are JsonElements: a whole number that fits an int, and nothing else.
        return v.TryGetValue<System.Text.Json.JsonElement>(out var e) && e.ValueKind == System.Text.Json.JsonValueKind.Number && e.TryGetInt32(out var n) ? n : null;
    }

    /// <summary>Both ends of a figure's evidence span or neither, inside the text, start before end.</summary>
    public static string? ValidateEvidence(JsonObject item, int textLength)
    {
        var hasStart = item.ContainsKey("evidenceStart") && item["evidenceStart"] is not null;
        var hasEnd = item.ContainsKey("evidenceEnd") && item["evidenceEnd"] is not null;
        if (!hasStart && !hasEnd)
        {
            return null;
        }
        return Int(item["evidenceStart"]) is { } start && Int(item["evidenceEnd"]) is { } end && start >= 0 && start < end && end <= textLength
            ? null
            : $"evidenceStart and evidenceEnd are a span inside the report's {textLength} characters.";
    }

    /// <summary>The evidence span of a figure and its text; none (0, 0, "") when not given or no longer inside the text.</summary>
    public static (int Start, int End, string Text) Evidence(JsonObject item, string reportText) =>
        Int(item["evidenceStart"]) is { } start && Int(item["evidenceEnd"]) is { } end && start >= 0 && start < end && end <= reportText.Length
            ? (start, end, reportText[start..end])
            : (0, 0, "");
}
