using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Rules;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction;

/// <summary>
/// The rule-based Arabic extractor: normalise, split into sentences, find dates, places, numbers and actors,
/// then read operations, casualties, hideouts and official tallies out of each sentence. Thread-safe; the
/// reference data is loaded once.
/// </summary>
public sealed class ArabicReportExtractor : IReportExtractor
{
    private readonly ReportAssembler _assembler;
    private readonly ExtractionLexicon _lexicon;

    public ArabicReportExtractor()
        : this(ExtractionLexicon.Default, NumberReader.Default, DateReader.Default, Gazetteer.Default)
    {
    }

    public ArabicReportExtractor(ExtractionLexicon lexicon, NumberReader numbers, DateReader dates, Gazetteer gazetteer)
    {
        _assembler = new ReportAssembler(lexicon, numbers, dates, gazetteer);
        _lexicon = lexicon;
    }

    /// <summary>
    /// The rules' identity (<see cref="ExtractorVersion"/>): a hash of the compiled rules and of the reference data
    /// files they read, so a database re-extracts its reports whenever either changed.
    /// </summary>
    public string Version { get; } = ExtractorVersion.Current(Environment.GetEnvironmentVariable(EmbeddedData.OverrideVariable));

    public ExtractionResult Extract(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Assemble(text, published, trace: null);
    }

    private ExtractionResult Assemble(string text, DateOnly? published, Action<string, IReadOnlyList<OperationDraft>>? trace)
    {
        // A line printed twice and a breadcrumb read as blank (Rules.PageChrome); then a page hard-wrapped at a fixed
        // width is read as written a paragraph a line (Rules.WrappedLines.Unwrap).
        var normalized = WrappedLines.Unwrap(PageChrome.Blank(ArabicNormalizer.Normalize(text)), _lexicon);
        var result = _assembler.Assemble(normalized, published, trace);
        // The result holds evidence strings, not the text: its maps back to the original go back to the pool.
        normalized.Release();
        return result;
    }

    /// <summary>
    /// <see cref="Extract"/>, writing to <paramref name="trace"/> the operations as the sentences gave them and as each
    /// pass over them left them (one line a draft: its sentence, kind, province, place, date, rule and figures): where a figure was
    /// lost, merged or kept shows by the pass's name. A developer's tool (<c>extract FILE --trace</c>).
    /// </summary>
    public ExtractionResult ExtractWithTrace(string text, DateOnly? published, TextWriter trace)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(trace);
        string? previous = null;
        return Assemble(text, published, (stage, drafts) =>
        {
            var lines = string.Join("\n", drafts.Select(DraftTrace.Describe));
            if (lines != previous)
            {
                trace.WriteLine($"== {stage}: {drafts.Count} draft(s)");
                trace.WriteLine(lines);
            }
            previous = lines;
        });
    }
}
