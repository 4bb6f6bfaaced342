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
    /// The English texts of the refusals: composite formats whose arguments are the limits, the item's index, or the
    /// accepted API names (machine names, left as they are); the dashboard translates them as resource keys.
    /// </summary>
    public static class Messages
    {
        public const string NotEditable = "Not an editable field; these are: {0}.";
        public const string Strikes = "A whole number from 0 to {0}, or null.";
        public const string Text = "A string, or null.";
        public const string OneOf = "One of {0}.";
        public const string Date = TallyCorrections.Messages.Date;
        public const string Province = "An ISO 3166-2 province code such as IQ-KI, or null.";
        public const string TooLong = ReviewService.ReasonTooLong;
        public const string Actors = "An array of at most {0} names.";
        public const string ActorName = "Each actor is a name of 1 to {0} characters.";
        public const string Items = "An array of at most {0} figures (an empty array removes them all).";
        public const string ItemNotObject = "Item {0} is not an object.";
        public const string ItemCount = "Item {0}: count is a whole number from 1 to {1}.";
        public const string ItemCategory = "Item {0}: category is one of {1}.";
        public const string ItemSide = "Item {0}: side is one of {1}.";
        public const string ItemCasualtyField = "Item {0}: {1} is not a field of a casualty figure.";
        public const string ItemHideoutKind = "Item {0}: kind is one of {1}.";
        public const string ItemOutcome = "Item {0}: outcome is one of {1}.";
        public const string ItemHideoutField = "Item {0}: {1} is not a field of a hideout figure.";
        public const string ItemEvidence = "Item {0}: evidenceStart and evidenceEnd are a span inside the report's {1} characters.";
    }

    /// <summary>
    /// The first refused field of <paramref name="fields"/> (its name, and why as a template with arguments), or null
    /// when all are valid. Figures' evidence spans must lie inside a report text of <paramref name="textLength"/> characters.
    /// </summary>
    public static FieldRefusal? Validate(JsonObject fields, int textLength)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var (key, value) in fields)
        {
            if (!Fields.Contains(key))
            {
                return new FieldRefusal(key, Messages.NotEditable, string.Join(", ", Fields));
            }
            var refusal = key switch
            {
                "strikes" => value is null || Corrections.Int(value) is >= 0 and <= MaxCount ? null : new FieldRefusal(key, Messages.Strikes, MaxCount),
                "actors" => ValidateActors(value),
                "casualties" => ValidateItems(key, value, textLength, ValidateCasualty),
                "hideouts" => ValidateItems(key, value, textLength, ValidateHideout),
                _ => ValidateText(key, value),
            };
            if (refusal is not null)
            {
                return refusal;
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
                    // The analyst read the date: it no longer stands for the announcement's day.
                    op.DateBasis = DateBasis.Stated;
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
        if (fields.ContainsKey("date") || fields.ContainsKey("datePrecision"))
        {
            // The linker finds an undated operation by its report's publication date: a corrected date moves it.
            Linking.LinkingCandidates.KeepUndatedToldOn(db, op);
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
            dateBasis = op.DateBasis.ToString(),
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

    private static FieldRefusal? ValidateText(string key, JsonNode? value)
    {
        var text = Corrections.Text(value);
        if (value is not null && text is null)
        {
            return new FieldRefusal(key, Messages.Text);
        }
        return key switch
        {
            "kind" when text is null || OperationFilter.ParseKind(text) is null =>
                new FieldRefusal(key, Messages.OneOf, Names(Enum.GetValues<OperationKind>().Select(ExtractionJson.Name))),
            "date" when text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) =>
                new FieldRefusal(key, Messages.Date),
            "datePrecision" when text is null || !Enum.TryParse<DatePrecision>(text, true, out _) || int.TryParse(text, out _) =>
                new FieldRefusal(key, Messages.OneOf, Names(Enum.GetValues<DatePrecision>().Select(ExtractionJson.Name))),
            "province" when text is not null && ProvinceCatalog.Default.All.All(p => !string.Equals(p.Code, text, StringComparison.OrdinalIgnoreCase)) =>
                new FieldRefusal(key, Messages.Province),
            "place" when text is { Length: > MaxPlaceLength } => new FieldRefusal(key, Messages.TooLong, MaxPlaceLength),
            _ => null,
        };
    }

    /// <summary>The contract names of an enum's values, as the API accepts them (for example "raid, search").</summary>
    private static string Names(IEnumerable<string> names) => string.Join(", ", names);

    private static FieldRefusal? ValidateActors(JsonNode? value)
    {
        if (value is not JsonArray actors || actors.Count > MaxItems)
        {
            return new FieldRefusal("actors", Messages.Actors, MaxItems);
        }
        return actors.All(a => Corrections.Text(a) is { Length: > 0 and <= MaxActorLength } name && name.Trim().Length > 0)
            ? null
            : new FieldRefusal("actors", Messages.ActorName, MaxActorLength);
    }

    private static FieldRefusal? ValidateItems(string key, JsonNode? value, int textLength, Func<int, JsonObject, (string Template, object[] Arguments)?> validate)
    {
        if (value is not JsonArray items || items.Count > MaxItems)
        {
            return new FieldRefusal(key, Messages.Items, MaxItems);
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item)
            {
                return new FieldRefusal(key, Messages.ItemNotObject, i);
            }
            if (validate(i, item) is { } refused)
            {
                return new FieldRefusal(key, refused.Template, refused.Arguments);
            }
            if (!Corrections.EvidenceIsValid(item, textLength))
            {
                return new FieldRefusal(key, Messages.ItemEvidence, i, textLength);
            }
        }
        return null;
    }

    private static (string, object[])? ValidateCasualty(int index, JsonObject item)
    {
        if (Corrections.Int(item["count"]) is not (>= 1 and <= MaxCount))
        {
            return (Messages.ItemCount, [index, MaxCount]);
        }
        if (Corrections.Text(item["category"]) is not { } category || !Enum.TryParse<CasualtyCategory>(category, true, out _) || int.TryParse(category, out _))
        {
            return (Messages.ItemCategory, [index, Names(Enum.GetValues<CasualtyCategory>().Select(ExtractionJson.Name))]);
        }
        if (Corrections.Text(item["side"]) is not { } side || !Enum.TryParse<CasualtySide>(side, true, out _) || int.TryParse(side, out _))
        {
            return (Messages.ItemSide, [index, Names(Enum.GetValues<CasualtySide>().Select(ExtractionJson.Name))]);
        }
        return item.Select(p => p.Key).FirstOrDefault(k => k is not ("count" or "category" or "side" or "approximate" or "evidenceStart" or "evidenceEnd")) is { } unknown
            ? (Messages.ItemCasualtyField, [index, unknown])
            : null;
    }

    private static (string, object[])? ValidateHideout(int index, JsonObject item)
    {
        if (Corrections.Int(item["count"]) is not (>= 1 and <= MaxCount))
        {
            return (Messages.ItemCount, [index, MaxCount]);
        }
        if (Corrections.Text(item["kind"]) is not { } kind || ParseHideoutKind(kind) is null)
        {
            return (Messages.ItemHideoutKind, [index, Names(Enum.GetValues<HideoutKind>().Select(ExtractionJson.Name))]);
        }
        if (Corrections.Text(item["outcome"]) is not { } outcome || !Enum.TryParse<HideoutOutcome>(outcome, true, out _) || int.TryParse(outcome, out _))
        {
            return (Messages.ItemOutcome, [index, Names(Enum.GetValues<HideoutOutcome>().Select(ExtractionJson.Name))]);
        }
        return item.Select(p => p.Key).FirstOrDefault(k => k is not ("count" or "kind" or "outcome" or "evidenceStart" or "evidenceEnd")) is { } unknown
            ? (Messages.ItemHideoutField, [index, unknown])
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
    public static bool EvidenceIsValid(JsonObject item, int textLength)
    {
        var hasStart = item.ContainsKey("evidenceStart") && item["evidenceStart"] is not null;
        var hasEnd = item.ContainsKey("evidenceEnd") && item["evidenceEnd"] is not null;
        if (!hasStart && !hasEnd)
        {
            return true;
        }
        return Int(item["evidenceStart"]) is { } start && Int(item["evidenceEnd"]) is { } end && start >= 0 && start < end && end <= textLength;
    }

    /// <summary>The evidence span of a figure and its text; none (0, 0, "") when not given or no longer inside the text.</summary>
    public static (int Start, int End, string Text) Evidence(JsonObject item, string reportText) =>
        Int(item["evidenceStart"]) is { } start && Int(item["evidenceEnd"]) is { } end && start >= 0 && start < end && end <= reportText.Length
            ? (start, end, reportText[start..end])
            : (0, 0, "");
}
