using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Data.Review;

/// <summary>
/// The fields the extractor reads in a span an analyst selected to add a missed operation, to pre-fill the form: the
/// first operation it finds in that text alone, with the report's publication date. A field it cannot read stays null,
/// and <see cref="EvidenceReading.Read"/> gives null when it finds no operation there: nothing is guessed.
/// </summary>
/// <param name="Found">How many operations the extractor found in the span (the draft is the first).</param>
public sealed record OperationDraft(
    string Kind, DateOnly? Date, string DatePrecision, string? Province, string? Place,
    int? Killed, int? Arrested, int? Strikes, int Found);

public static class EvidenceReading
{
    /// <summary>What <paramref name="extractor"/> reads in <paramref name="text"/>[start..end]; null when no operation.</summary>
    public static OperationDraft? Read(IReportExtractor extractor, string text, int start, int end, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || start >= end || end > text.Length)
        {
            return null;
        }
        var result = extractor.Extract(text[start..end], published);
        if (result.Operations.Count == 0)
        {
            return null;
        }
        var op = result.Operations[0];
        return new OperationDraft(
            ExtractionJson.Name(op.Kind),
            op.Date,
            ExtractionJson.Name(op.Date is null ? DatePrecision.Unknown : op.DatePrecision),
            op.Province,
            op.Place,
            op.Killed,
            op.Arrested,
            op.Strikes,
            result.Operations.Count);
    }
}
