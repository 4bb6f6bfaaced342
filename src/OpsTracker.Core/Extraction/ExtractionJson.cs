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
        // One writer per thread, reset for each line: a new writer grew a new buffer for every report of a batch.
        var w = t_lineWriter;
        if (w is null)
        {
            w = new Utf8JsonWriter(stream, LineOptions);
            t_lineWriter = w;
        }
        else
        {
            w.Reset(stream);
        }
        try
        {
            try
            {
                WriteReport(w, result, fileName);
            }
            finally
            {
                // What disposing a writer of its own did: whatever was written reaches the stream.
                w.Flush();
            }
        }
        finally
        {
            // The writer keeps no hold on the caller's stream between calls.
            w.Reset(Stream.Null);
        }
        stream.WriteByte((byte)'\n');
    }

    /// <summary><see cref="WriteLine"/>'s writer on this thread (reset at every call, never handed out).</summary>
    [ThreadStatic]
    private static Utf8JsonWriter? t_lineWriter;

    private static void WriteReport(Utf8JsonWriter w, ExtractionResult result, string? fileName)
    {
        w.WriteStartObject();
        if (fileName is not null)
        {
            w.WriteString(Names.File, fileName);
        }
        WriteDate(w, Names.Published, result.Published);
        w.WriteString(Names.PublishedSource, Name(result.PublishedSource));
        if (result.InferredYear is { } year)
        {
            w.WriteNumber(Names.InferredYear, year);
        }
        else
        {
            w.WriteNull(Names.InferredYear);
        }
        w.WriteStartArray(Names.Operations);
        foreach (var op in result.Operations)
        {
            WriteOperation(w, op);
        }
        w.WriteEndArray();
        w.WriteStartArray(Names.Tallies);
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
        WriteDate(w, Names.Date, op.Date);
        w.WriteString(Names.DatePrecision, Name(op.DatePrecision));
        WriteString(w, Names.RelativeDate, op.RelativeDate);
        WriteString(w, Names.Province, op.Province);
        WriteString(w, Names.Place, op.Place);
        w.WriteString(Names.Kind, Name(op.Kind));
        WriteStrings(w, Names.Actors, op.Actors);
        WriteInt(w, Names.Killed, op.Killed);
        WriteInt(w, Names.Arrested, op.Arrested);
        WriteInt(w, Names.Wounded, op.Wounded);
        WriteInt(w, Names.HideoutsDestroyed, op.HideoutsDestroyed);
        WriteInt(w, Names.Strikes, op.Strikes);
        w.WriteBoolean(Names.Approximate, op.Approximate);
        w.WriteStartArray(Names.Casualties);
        foreach (var c in op.Casualties)
        {
            w.WriteStartObject();
            w.WriteString(Names.Side, Name(c.Side));
            w.WriteString(Names.Category, Name(c.Category));
            w.WriteNumber(Names.Count, c.Count);
            w.WriteBoolean(Names.Approximate, c.Approximate);
            WriteEvidence(w, c.Evidence);
            w.WriteString(Names.Rule, c.Rule);
            WriteConfidence(w, c.Confidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray(Names.Hideouts);
        foreach (var h in op.Hideouts)
        {
            w.WriteStartObject();
            w.WriteString(Names.Kind, Name(h.Kind));
            w.WriteNumber(Names.Count, h.Count);
            w.WriteString(Names.Outcome, Name(h.Outcome));
            w.WriteBoolean(Names.Approximate, h.Approximate);
            WriteEvidence(w, h.Evidence);
            w.WriteString(Names.Rule, h.Rule);
            WriteConfidence(w, h.Confidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteEvidence(w, op.Evidence);
        w.WriteString(Names.Rule, op.Rule);
        WriteConfidence(w, op.Confidence);
        // Added after the contract's fields, so every earlier field keeps its place: null when there are no strikes.
        if (op.StrikesEvidence is { } strikes)
        {
            WriteEvidence(w, Names.StrikesEvidence, strikes);
        }
        else
        {
            w.WriteNull(Names.StrikesEvidence);
        }
        // Added after strikesEvidence, for the same reason: stated or announcement, null when there is no date.
        WriteString(w, Names.DateBasis, op.Date is null ? null : Name(op.DateBasis));
        w.WriteEndObject();
    }

    private static void WriteTally(Utf8JsonWriter w, ExtractedTally t)
    {
        w.WriteStartObject();
        WriteDate(w, Names.PeriodStart, t.PeriodStart);
        WriteDate(w, Names.PeriodEnd, t.PeriodEnd);
        w.WriteString(Names.Scope, t.Scope);
        WriteStrings(w, Names.ScopeProvinces, t.ScopeProvinces);
        WriteString(w, Names.ReportedBy, t.ReportedBy);
        WriteInt(w, Names.Operations, t.Operations);
        WriteInt(w, Names.Killed, t.Killed);
        WriteInt(w, Names.Arrested, t.Arrested);
        WriteInt(w, Names.HideoutsDestroyed, t.HideoutsDestroyed);
        WriteInt(w, Names.IsisAttacks, t.IsisAttacks);
        w.WriteBoolean(Names.Approximate, t.Approximate);
        WriteEvidence(w, t.Evidence);
        w.WriteString(Names.Rule, t.Rule);
        WriteConfidence(w, t.Confidence);
        w.WriteEndObject();
    }

    private static void WriteConfidence(Utf8JsonWriter w, double confidence)
    {
        var rounded = Math.Round(confidence, 2, MidpointRounding.AwayFromZero);
        var hundredths = (int)Math.Round(rounded * 100);
        if ((uint)hundredths < (uint)Hundredths.Length && BitConverter.DoubleToInt64Bits(Hundredths[hundredths].Value) == BitConverter.DoubleToInt64Bits(rounded))
        {
            w.WritePropertyName(Names.Confidence);
            w.WriteRawValue(Hundredths[hundredths].Utf8, skipInputValidation: true);
        }
        else
        {
            w.WriteNumber(Names.Confidence, rounded);
        }
    }

    /// <summary>
    /// The numbers 0, 0.01, ..., 1 as the writer writes them, made once by the writer itself: every figure, operation
    /// and tally carries a confidence, and formatting the double each time was a tenth of the JSON line's cost. Used
    /// only for the very double it was made from, so the bytes are the same.
    /// </summary>
    private static readonly (double Value, byte[] Utf8)[] Hundredths = [.. Enumerable.Range(0, 101).Select(k =>
    {
        var value = k / 100.0;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, LineOptions))
        {
            writer.WriteNumberValue(value);
        }
        return (value, buffer.WrittenSpan.ToArray());
    })];

    private static void WriteEvidence(Utf8JsonWriter w, Evidence e) => WriteEvidence(w, Names.Evidence, e);

    private static void WriteEvidence(Utf8JsonWriter w, JsonEncodedText name, Evidence e)
    {
        w.WriteStartObject(name);
        w.WriteNumber(Names.Start, e.Start);
        w.WriteNumber(Names.End, e.End);
        w.WriteString(Names.Text, e.Text);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, JsonEncodedText name, DateOnly? date)
    {
        if (date is { } d)
        {
            // yyyy-MM-dd written digit by digit (a year has one to four digits, written as four): the format string was
            // parsed and a string made for every date of every operation.
            Span<byte> text = stackalloc byte[10];
            WriteDigits(text[..4], d.Year);
            text[4] = (byte)'-';
            WriteDigits(text.Slice(5, 2), d.Month);
            text[7] = (byte)'-';
            WriteDigits(text.Slice(8, 2), d.Day);
            w.WriteString(name, text);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>The decimal digits of <paramref name="value"/> (not negative), filling <paramref name="digits"/> with leading zeros.</summary>
    private static void WriteDigits(Span<byte> digits, int value)
    {
        for (var k = digits.Length - 1; k >= 0; k--)
        {
            digits[k] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static void WriteString(Utf8JsonWriter w, JsonEncodedText name, string? value)
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

    private static void WriteStrings(Utf8JsonWriter w, JsonEncodedText name, List<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }
        w.WriteEndArray();
    }

    private static void WriteInt(Utf8JsonWriter w, JsonEncodedText name, int? value)
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
    public static string Name(OperationKind kind) => EnumNames<OperationKind>.Of(kind, static k => k == OperationKind.IsisAttack ? "isis-attack" : k.ToString().ToLowerInvariant());

    public static string Name(DatePrecision p) => EnumNames<DatePrecision>.Of(p, static v => v.ToString().ToLowerInvariant());

    public static string Name(DateBasis b) => EnumNames<DateBasis>.Of(b, static v => v.ToString().ToLowerInvariant());

    public static string Name(CasualtySide s) => EnumNames<CasualtySide>.Of(s, static v => v.ToString().ToLowerInvariant());

    public static string Name(CasualtyCategory c) => EnumNames<CasualtyCategory>.Of(c, static v => v.ToString().ToLowerInvariant());

    public static string Name(HideoutKind k) => EnumNames<HideoutKind>.Of(k, static v => v switch
    {
        HideoutKind.GuestHouse => "guest-house",
        _ => v.ToString().ToLowerInvariant(),
    });

    public static string Name(HideoutOutcome o) => EnumNames<HideoutOutcome>.Of(o, static v => v.ToString().ToLowerInvariant());

    public static string Name(PublicationDateSource s) => EnumNames<PublicationDateSource>.Of(s, static v => v.ToString().ToLowerInvariant());

    /// <summary>
    /// The names of an enum's values 0 to 15, each made once by the rule given (an enum value's name was two strings
    /// per field of every operation written: ToString, then ToLowerInvariant); any other value is named afresh.
    /// </summary>
    private static class EnumNames<T>
        where T : struct, Enum
    {
        private static readonly string?[] Kept = new string?[16];

        public static string Of(T value, Func<T, string> name)
        {
            // The contract's enums are all int-based: the value is its int, read without boxing.
            var index = System.Runtime.CompilerServices.Unsafe.SizeOf<T>() == sizeof(int) ? System.Runtime.CompilerServices.Unsafe.As<T, int>(ref value) : -1;
            if ((uint)index >= (uint)Kept.Length)
            {
                return name(value);
            }
            return Kept[index] ??= name(value);
        }
    }

    /// <summary>
    /// The contract's property names, encoded once: a name given as a string is transcoded to UTF-8 and checked for
    /// characters to escape every time it is written, a dozen times per operation. All are ASCII with nothing to
    /// escape, so the bytes written are the same.
    /// </summary>
    private static class Names
    {
        public static readonly JsonEncodedText Actors = JsonEncodedText.Encode("actors", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Approximate = JsonEncodedText.Encode("approximate", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Arrested = JsonEncodedText.Encode("arrested", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Casualties = JsonEncodedText.Encode("casualties", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Category = JsonEncodedText.Encode("category", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Count = JsonEncodedText.Encode("count", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText DateBasis = JsonEncodedText.Encode("dateBasis", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText DatePrecision = JsonEncodedText.Encode("datePrecision", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText File = JsonEncodedText.Encode("file", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Hideouts = JsonEncodedText.Encode("hideouts", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText HideoutsDestroyed = JsonEncodedText.Encode("hideoutsDestroyed", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText InferredYear = JsonEncodedText.Encode("inferredYear", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText IsisAttacks = JsonEncodedText.Encode("isisAttacks", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Killed = JsonEncodedText.Encode("killed", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Operations = JsonEncodedText.Encode("operations", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText PeriodEnd = JsonEncodedText.Encode("periodEnd", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText PeriodStart = JsonEncodedText.Encode("periodStart", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Place = JsonEncodedText.Encode("place", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Province = JsonEncodedText.Encode("province", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText PublishedSource = JsonEncodedText.Encode("publishedSource", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText RelativeDate = JsonEncodedText.Encode("relativeDate", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText ReportedBy = JsonEncodedText.Encode("reportedBy", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Scope = JsonEncodedText.Encode("scope", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText ScopeProvinces = JsonEncodedText.Encode("scopeProvinces", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Side = JsonEncodedText.Encode("side", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Strikes = JsonEncodedText.Encode("strikes", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText StrikesEvidence = JsonEncodedText.Encode("strikesEvidence", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Tallies = JsonEncodedText.Encode("tallies", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        public static readonly JsonEncodedText Wounded = JsonEncodedText.Encode("wounded", JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    }
}
