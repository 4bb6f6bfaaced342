using System.Text.Encodings.Web;
using System.Text.Json;
using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Extraction;

/// <summary>Writes an extraction as the `extract` JSON contract (docs/extract-contract.md). Names are fixed.</summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The output is JSON for scripts, never embedded in HTML: Arabic and '+' are written as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One object on one line, for JSON Lines.</summary>
    private static readonly JsonWriterOptions LineOptions = Options with { Indented = false };

    public static string Write(ExtractionResult result)
    {
        using var stream = new MemoryStream();
        Write(result, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(ExtractionResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var w = new Utf8JsonWriter(stream, Options);
        WriteReport(w, result, fileName: null);
    }

    /// <summary>
    /// The contract's object on one line, with <c>"file"</c> (the report's file name) added first, and a line feed:
    /// one line of the JSON Lines that <c>extract FOLDER</c> prints.
    /// </summary>
    public static void WriteLine(ExtractionResult result, string fileName, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(stream);
        using (var w = new Utf8JsonWriter(stream, LineOptions))
        {
            WriteReport(w, result, fileName);
        }
        stream.WriteByte((byte)'\n');
    }

    private static void WriteReport(Utf8JsonWriter w, ExtractionResult result, string? fileName)
    {
        w.WriteStartObject();
        if (fileName is not null)
        {
            w.WriteString("file", fileName);
        }
        WriteDate(w, "published", result.Published);
        w.WriteString("publishedSource", Name(result.PublishedSource));
        if (result.InferredYear is { } year)
        {
            w.WriteNumber("inferredYear", year);
        }
        else
        {
            w.WriteNull("inferredYear");
        }
        w.WriteStartArray("operations");
        foreach (var op in result.Operations)
        {
            WriteOperation(w, op);
        }
        w.WriteEndArray();
        w.WriteStartArray("tallies");
        foreach (var t in result.Tallies)
        {
            WriteTally(w, t);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteOperation(Utf8JsonWriter w, ExtractedOperation op)
    {
        w.WriteStartObject();
        WriteDate(w, "date", op.Date);
        w.WriteString("datePrecision", Name(op.DatePrecision));
        WriteString(w, "relativeDate", op.RelativeDate);
        WriteString(w, "province", op.Province);
        WriteString(w, "place", op.Place);
        w.WriteString("kind", Name(op.Kind));
        w.WriteStartArray("actors");
        foreach (var a in op.Actors)
        {
            w.WriteStringValue(a);
        }
        w.WriteEndArray();
        WriteInt(w, "killed", op.Killed);
        WriteInt(w, "arrested", op.Arrested);
        WriteInt(w, "wounded", op.Wounded);
        WriteInt(w, "hideoutsDestroyed", op.HideoutsDestroyed);
        WriteInt(w, "strikes", op.Strikes);
        w.WriteBoolean("approximate", op.Approximate);
        w.WriteStartArray("casualties");
        foreach (var c in op.Casualties)
        {
            w.WriteStartObject();
            w.WriteString("side", Name(c.Side));
            w.WriteString("category", Name(c.Category));
            w.WriteNumber("count", c.Count);
            w.WriteBoolean("approximate", c.Approximate);
            WriteEvidence(w, c.Evidence);
            w.WriteString("rule", c.Rule);
            WriteConfidence(w, c.Confidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("hideouts");
        foreach (var h in op.Hideouts)
        {
            w.WriteStartObject();
            w.WriteString("kind", Name(h.Kind));
            w.WriteNumber("count", h.Count);
            w.WriteString("outcome", Name(h.Outcome));
            w.WriteBoolean("approximate", h.Approximate);
            WriteEvidence(w, h.Evidence);
            w.WriteString("rule", h.Rule);
            WriteConfidence(w, h.Confidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteEvidence(w, op.Evidence);
        w.WriteString("rule", op.Rule);
        WriteConfidence(w, op.Confidence);
        // Added after the contract's fields, so every earlier field keeps its place: null when there are no strikes.
        if (op.StrikesEvidence is { } strikes)
        {
            WriteEvidence(w, "strikesEvidence", strikes);
        }
        else
        {
            w.WriteNull("strikesEvidence");
        }
        w.WriteEndObject();
    }

    private static void WriteTally(Utf8JsonWriter w, ExtractedTally t)
    {
        w.WriteStartObject();
        WriteDate(w, "periodStart", t.PeriodStart);
        WriteDate(w, "periodEnd", t.PeriodEnd);
        w.WriteString("scope", t.Scope);
        w.WriteStartArray("scopeProvinces");
        foreach (var p in t.ScopeProvinces)
        {
            w.WriteStringValue(p);
        }
        w.WriteEndArray();
        WriteString(w, "reportedBy", t.ReportedBy);
        WriteInt(w, "operations", t.Operations);
        WriteInt(w, "killed", t.Killed);
        WriteInt(w, "arrested", t.Arrested);
        WriteInt(w, "hideoutsDestroyed", t.HideoutsDestroyed);
        WriteInt(w, "isisAttacks", t.IsisAttacks);
        w.WriteBoolean("approximate", t.Approximate);
        WriteEvidence(w, t.Evidence);
        w.WriteString("rule", t.Rule);
        WriteConfidence(w, t.Confidence);
        w.WriteEndObject();
    }

    private static void WriteConfidence(Utf8JsonWriter w, double confidence) =>
        w.WriteNumber("confidence", Math.Round(confidence, 2, MidpointRounding.AwayFromZero));

    private static void WriteEvidence(Utf8JsonWriter w, Evidence e) => WriteEvidence(w, "evidence", e);

    private static void WriteEvidence(Utf8JsonWriter w, string name, Evidence e)
    {
        w.WriteStartObject(name);
        w.WriteNumber("start", e.Start);
        w.WriteNumber("end", e.End);
        w.WriteString("text", e.Text);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteInt(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>The contract's lower-case name of an enum value (IsisAttack is "isis-attack").</summary>
    public static string Name(OperationKind kind) => kind == OperationKind.IsisAttack ? "isis-attack" : kind.ToString().ToLowerInvariant();

    public static string Name(DatePrecision p) => p.ToString().ToLowerInvariant();

    public static string Name(CasualtySide s) => s.ToString().ToLowerInvariant();

    public static string Name(CasualtyCategory c) => c.ToString().ToLowerInvariant();

    public static string Name(HideoutKind k) => k switch
    {
        HideoutKind.GuestHouse => "guest-house",
        _ => k.ToString().ToLowerInvariant(),
    };

    public static string Name(HideoutOutcome o) => o.ToString().ToLowerInvariant();

    public static string Name(PublicationDateSource s) => s.ToString().ToLowerInvariant();
}
