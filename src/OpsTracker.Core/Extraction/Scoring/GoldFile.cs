using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Extraction.Scoring;

/// <summary>
/// Gold made from stored records, and written in the development set's shape (<c>{"reports": [...]}</c>, what
/// <see cref="GoldReport.LoadAll"/>, the <c>rules</c> verb and eval_extract.py read). An analyst's review turns a
/// report's operations and tallies into labelled text: what the extractor reads of that report next time can be
/// scored against it as against the development set.
/// </summary>
public static class GoldFile
{
    /// <summary>
    /// The gold of one report from its records, as the development set writes gold: an operation's ISIS figures and
    /// hideouts are one gold operation; the people it hit on other sides are another, with their side (the gold's
    /// rule "two events, one per side"), summed per category as the scorer sums victims; an operation with neither
    /// is one gold operation without figures. The evidence text stands for the gold's <c>evidenceContains</c>.
    /// </summary>
    public static GoldReport FromRecords(string file, DateOnly? published, IEnumerable<Operation> operations, IEnumerable<ReportedTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(tallies);
        var gold = new GoldReport { File = file, Published = published };
        foreach (var op in operations)
        {
            var victims = op.Casualties.Where(c => c.Side != CasualtySide.Isis).ToList();
            var isis = new GoldOperation
            {
                Date = op.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DatePrecision = ExtractionJson.Name(op.DatePrecision),
                Province = op.ProvinceCode,
                Place = op.Place,
                Kind = ExtractionJson.Name(op.Kind),
                Killed = op.CountOf(CasualtyCategory.Killed),
                Arrested = op.CountOf(CasualtyCategory.Arrested),
                Wounded = op.CountOf(CasualtyCategory.Wounded),
                HideoutsDestroyed = op.HideoutsDestroyed,
                Approximate = op.Approximate,
                EvidenceContains = op.EvidenceText,
            };
            var hasIsisFigures = isis.Killed is not null || isis.Arrested is not null || isis.Wounded is not null || isis.HideoutsDestroyed is not null;
            if (hasIsisFigures || victims.Count == 0)
            {
                gold.Operations.Add(isis);
            }
            if (victims.Count > 0)
            {
                int? Sum(CasualtyCategory category) =>
                    victims.Any(c => c.Category == category) ? victims.Where(c => c.Category == category).Sum(c => c.Count) : null;
                gold.Operations.Add(new GoldOperation
                {
                    Date = isis.Date,
                    DatePrecision = isis.DatePrecision,
                    Province = isis.Province,
                    Place = isis.Place,
                    Kind = isis.Kind,
                    Side = string.Join('+', victims.Select(c => c.Side).Distinct().Order().Select(ExtractionJson.Name)),
                    Killed = Sum(CasualtyCategory.Killed),
                    Arrested = Sum(CasualtyCategory.Arrested),
                    Wounded = Sum(CasualtyCategory.Wounded),
                    Approximate = op.Approximate,
                    EvidenceContains = op.EvidenceText,
                });
            }
        }
        foreach (var t in tallies)
        {
            gold.Tallies.Add(new GoldTally
            {
                PeriodStart = t.PeriodStart,
                PeriodEnd = t.PeriodEnd,
                Scope = t.Scope,
                ReportedBy = t.ReportedBy,
                Operations = t.Operations,
                Killed = t.Killed,
                Arrested = t.Arrested,
                HideoutsDestroyed = t.HideoutsDestroyed,
                IsisAttacks = t.IsisAttacks,
                Approximate = t.Approximate,
                EvidenceContains = t.EvidenceText,
            });
        }
        return gold;
    }

    /// <summary>Writes <c>{"reports": [...]}</c> with the fields <see cref="GoldReport.Parse"/> reads; Arabic as itself.</summary>
    public static void Write(Stream stream, IEnumerable<GoldReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("reports");
        foreach (var r in reports)
        {
            json.WriteStartObject();
            json.WriteString("file", r.File);
            WriteDate(json, "published", r.Published);
            json.WriteStartArray("operations");
            foreach (var o in r.Operations)
            {
                json.WriteStartObject();
                WriteString(json, "date", o.Date);
                WriteString(json, "datePrecision", o.DatePrecision);
                WriteString(json, "province", o.Province);
                WriteString(json, "place", o.Place);
                WriteString(json, "kind", o.Kind);
                if (o.Side is not null)
                {
                    json.WriteString("side", o.Side);
                }
                WriteNumber(json, "killed", o.Killed);
                WriteNumber(json, "arrested", o.Arrested);
                WriteNumber(json, "wounded", o.Wounded);
                WriteNumber(json, "hideoutsDestroyed", o.HideoutsDestroyed);
                WriteApproximateAndEvidence(json, o.Approximate, o.EvidenceContains);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("tallies");
            foreach (var t in r.Tallies)
            {
                json.WriteStartObject();
                WriteDate(json, "periodStart", t.PeriodStart);
                WriteDate(json, "periodEnd", t.PeriodEnd);
                WriteString(json, "scope", t.Scope);
                WriteString(json, "reportedBy", t.ReportedBy);
                WriteNumber(json, "operations", t.Operations);
                WriteNumber(json, "killed", t.Killed);
                WriteNumber(json, "arrested", t.Arrested);
                WriteNumber(json, "hideoutsDestroyed", t.HideoutsDestroyed);
                WriteNumber(json, "isisAttacks", t.IsisAttacks);
                WriteApproximateAndEvidence(json, t.Approximate, t.EvidenceContains);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The two fields every gold operation and tally ends with: the approximate flag when known, and the evidence.</summary>
    private static void WriteApproximateAndEvidence(Utf8JsonWriter json, bool? approximate, string? evidence)
    {
        if (approximate is { } a)
        {
            json.WriteBoolean("approximate", a);
        }
        WriteString(json, "evidenceContains", evidence);
    }

    private static void WriteString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? value) =>
        WriteString(json, name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
