using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The tallies a report's sentences told so far, in the order read, and the counts its statements gave for Syria or
/// for Iraq and Syria together: a tally elsewhere that only restates one of those is not ours. Made per call of
/// <see cref="SentenceReader.Read"/>, never shared.
/// </summary>
internal sealed class TallyBook
{
    public List<TallyDraft> Tallies { get; } = [];

    public List<(string Field, int Count)> ForeignCounts { get; } = [];

    /// <summary>The tallies read, less those that restate a foreign count (<see cref="TallyReader.DropRestatedForeignCounts"/>).</summary>
    public List<TallyDraft> Closed()
    {
        TallyReader.DropRestatedForeignCounts(Tallies, ForeignCounts);
        return Tallies;
    }
}

/// <summary>What a sentence with figures is to the tallies (<see cref="TallySentences.Read"/>).</summary>
internal enum TallyVerdict
{
    /// <summary>No tally: its figures, maybe fewer, are read as operations.</summary>
    Operations,

    /// <summary>A tally that tells nothing of ours (a research centre's estimate, criminals counted): nor does the sentence.</summary>
    Nothing,

    /// <summary>A tally took its figures; the ones left are an operation's (<see cref="TallyRead"/>).</summary>
    Tally,
}

/// <summary>
/// The verdict on a sentence with figures and, when a tally took them, what the sentence tells besides: the figures of
/// an operation told before the tally's place or period, in <paramref name="OperationTold"/>, and the fates of one man
/// each that the statement names (null for the other verdicts).
/// </summary>
internal readonly record struct TallyRead(TallyVerdict Verdict, List<Figure>? OperationFigures = null, Sentence? OperationTold = null, List<Figure>? OnePerson = null)
{
    public static TallyRead Operations => new(TallyVerdict.Operations);

    public static TallyRead Nothing => new(TallyVerdict.Nothing);
}

/// <summary>
/// Whether a sentence with figures reports a tally (<see cref="TallyRecognizer"/>) or goes on with one
/// (<see cref="TallyContinuation"/>), and then its tally read into the <see cref="TallyBook"/> (<see cref="TallyReader"/>);
/// else the running counts no authority announces, which are neither tally nor operation. Holds only the lexicon and
/// its stateless readers: safe to share.
/// </summary>
/// <param name="continuation">Shared with <see cref="TallyReader"/>, which opens the tallies this class asks about.</param>
internal sealed class TallySentences(ExtractionLexicon lexicon, TallyContinuation continuation)
{
    private readonly TallyRecognizer _recognizer = new(lexicon);
    private readonly TallyReader _reader = new(lexicon, continuation);
    private readonly TallyCrimeCounts _crimeCounts = new(lexicon);

    /// <summary>The sentence, which counts nothing, announces a tally whose figures follow (<see cref="TallyContinuation.OpensTally"/>).</summary>
    public bool OpensTally(ReportText report, Sentence sentence, TallyBook book) => continuation.OpensTally(report, sentence, book.Tallies);

    /// <summary>
    /// Reads the tally a sentence with <paramref name="figures"/> (at least one) tells, if any, into the book. The
    /// figures it leaves in <paramref name="figures"/> are an operation's when the verdict is
    /// <see cref="TallyVerdict.Operations"/>.
    /// </summary>
    public TallyRead Read(ReportText report, Sentence sentence, List<Figure> figures, TallyBook book)
    {
        var tallies = book.Tallies;
        var continuesTally = continuation.ContinuesTally(report, sentence, tallies);
        var standing = !continuesTally && _recognizer.IsStandingCount(report, sentence, figures, tallies);
        if (!(continuesTally || standing || _recognizer.IsTally(report, sentence, figures)))
        {
            return TallyRead.Operations;
        }
        if (IsResearchEstimate(report, sentence))
        {
            // "وبحسب مركز أبحاث أمريكي، نفذ التنظيم 85 هجوما خلال عام 2024": no authority's tally, no operation.
            return TallyRead.Nothing;
        }
        // "اعتقال 900 متهم بجرائم إرهابية وجنائية": a statement's count of criminals, with or without ISIS
        // members among them, is no count of ISIS's, neither a tally nor an operation.
        if (_crimeCounts.MixedWithCrime(report, sentence, figures) is { Count: > 0 } mixed)
        {
            figures.RemoveAll(mixed.Contains);
            if (figures.Count == 0)
            {
                return TallyRead.Nothing;
            }
        }
        var operationFigures = _reader.FiguresBeforeAPlace(report, sentence, figures);
        var operationTold = sentence;
        if (operationFigures.Count == 0)
        {
            operationFigures = _reader.FiguresBeforeAPeriodClause(report, sentence, figures, out operationTold);
        }
        var scopeFrom = operationFigures.Count == 0 ? 0 : report.Tokens[operationFigures.Max(f => f.Last)].End + TallyScopeGap;
        // "شملت قتل الإرهابي فلان في قضاء داقوق": one man's fate the statement names is an operation it tells.
        var onePerson = TallyReader.OnePersonFates(report, figures.Except(operationFigures));
        // "مع مجموعة من عناصره": shared with uncounted companions, the fate counts nobody.
        var uncounted = onePerson.Where(f => _reader.SharedWithUncounted(report, sentence, f, figures)).ToList();
        onePerson.RemoveAll(uncounted.Contains);
        figures.RemoveAll(uncounted.Contains);
        var before = tallies.Count;
        if (_reader.AddTally(report, sentence, figures.Except(operationFigures).Except(onePerson).ToList(), tallies, book.ForeignCounts, scopeFrom))
        {
            if (standing)
            {
                // A standing count names no period of its own; the statement's before it is not its.
                TallyReader.KeepOwnPeriods(tallies, before);
            }
            return new TallyRead(TallyVerdict.Tally, operationFigures, operationTold, onePerson);
        }
        if (continuesTally)
        {
            // "ومن بين المعتقلين 280 رجلا و51 امرأة": people the statement breaks its own figures into are not
            // victims of an operation; ISIS members it goes on to name still are ("وقتل الوالي وثمانية"). The
            // air strikes a statement counts for its period ("- تنفيذ 23 ضربة جوية") are no one strike's.
            figures.RemoveAll(f => (f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis) || f.Kind == FigureKind.Strikes);
        }
        return TallyRead.Operations;
    }

    /// <summary>
    /// Takes out of <paramref name="figures"/> the running counts that no authority announces as a tally: a battle's
    /// (<see cref="TallyRecognizer.IsBattlesRunningCount"/>), and hundreds of people killed or taken
    /// (<see cref="TallyRecognizer.IsCumulative"/>) with the other outcomes of the same side in the same clause.
    /// </summary>
    public void LeaveOutRunningCounts(ReportText report, Sentence sentence, IReadOnlyList<Sentence> clauses, List<Figure> figures)
    {
        // Hundreds of ISIS members killed or taken that no authority announces as a tally are a battle's
        // running count or an estimate, not one operation's figure.
        // The other outcomes of the same people in the same clause ("940 عراقيا قتلوا وأصيب 310 آخرون خلال
        // شهر شباط") belong to the same statistic.
        // A battle's running count that no authority announces as a tally is no operation either.
        figures.RemoveAll(f => _recognizer.IsBattlesRunningCount(report, sentence, f));
        var cumulative = figures.FindAll(TallyRecognizer.IsCumulative);
        if (cumulative.Count > 0)
        {
            figures.RemoveAll(f => TallyRecognizer.IsCumulative(f) || (f.Kind == FigureKind.Casualty && cumulative.Any(c => c.Side == f.Side
                && clauses.Any(cl => cl.Contains(c.First) && cl.Contains(f.First)))));
        }
    }

    /// <summary>
    /// A period count a sentence attributes to a research centre, institute or researcher ("وبحسب مركز أبحاث أمريكي"،
    /// "ويرى الباحث في معهد ... أن عدد الهجمات انخفض إلى أقل من 10 هجمات شهريا") is an estimate: the annotation keeps
    /// official Iraqi or coalition aggregates only (foreign think tanks are in mustNotExtract).
    /// </summary>
    private bool IsResearchEstimate(ReportText report, Sentence sentence) => report.Has(lexicon.ResearchSources, sentence);
}
