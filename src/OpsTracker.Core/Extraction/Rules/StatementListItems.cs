namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The last people an operation's statement counted: the items of a list under it ("- نينوى: ستة متهمين") count more
/// of them without a verb. Made per call of <see cref="SentenceReader.Read"/>, never shared.
/// </summary>
internal sealed class StatementListItems
{
    private Figure? _statement;

    /// <summary>
    /// The figures of a sentence in which <paramref name="finder"/> found <paramref name="figures"/>: when none, and the
    /// sentence is an item of a list under a statement, the people the item counts; else those found.
    /// </summary>
    public List<Figure> FiguresOf(ReportText report, Sentence sentence, List<Figure> figures, FigureFinder finder) =>
        figures.Count == 0 && _statement is not null && report.Layout.IsListItem(sentence) ? finder.FindInListItem(report.Tokens, sentence, _statement) : figures;

    /// <summary>A sentence's operations read: its last count of people (no breakdown) heads the items that follow.</summary>
    public void CountedBy(List<Figure> figures) =>
        _statement = figures.LastOrDefault(f => f.Kind == FigureKind.Casualty && !f.Breakdown) ?? _statement;

    /// <summary>A tally read: the items after it are no operation's.</summary>
    public void Close() => _statement = null;
}
