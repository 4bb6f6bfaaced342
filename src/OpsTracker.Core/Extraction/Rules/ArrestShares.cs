using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Police and intelligence bulletins count ISIS suspects beside drug dealers, kidnappers and forgers, and often in one
/// count with them. Only the arrests a terror charge or ISIS membership marks (lexicon terrorCharges: متهم بالإرهاب،
/// بالانتماء لداعش، ينتمون) are ours: the share of a mixed count that says so is the count, and a count the charge
/// marks stays ours in a clause that also tells of crime.
/// </summary>
internal sealed class ArrestShares(ExtractionLexicon lexicon, NumberReader numbers)
{
    /// <summary>
    /// "إلقاء القبض على 85 متهما بالإرهاب ... فضلا عن القبض على 140 متهما بتجارة المخدرات": the clause is about crime
    /// too, but the count its own words mark as terror (from the count to the next figure, at most
    /// <see cref="ArrestQualifierReach"/> words after it) is an arrest of ISIS members.
    /// </summary>
    public bool MarkedAsTerror(ReportText report, Figure figure, IReadOnlyList<Figure> figures, Sentence clause)
    {
        return figure is { Kind: FigureKind.Casualty, Category: CasualtyCategory.Arrested, Side: CasualtySide.Isis }
            && OwnWordsNameTerror(report, figure, figures, clause);
    }

    /// <summary>
    /// "اعتقلت الأسايش ثلاثة أشخاص بتهمة خطف طفل"، "اعتقال متهم بجريمة قتل": an arrest count whose own words open a
    /// charge (lexicon crimeCharges) that names no terror and no ISIS is of criminals, not an arrest of ISIS members.
    /// </summary>
    /// <remarks>
    /// "ستة مطلوبين بقضايا إرهابية وجنائية"، "اعتقال 11 ألف متهم بجرائم إرهابية وجنائية وابتزاز"، "القبض على 60
    /// إرهابيا ومتورطا بتجارة المخدرات": a charge that joins terror to a kind of crime (lexicon crimeTopics.kinds, or a
    /// crime context of nonIsisContext) in the count's own words, up to their first clause break, counts ISIS suspects
    /// and criminals in one figure with no split; the figure is no count of ISIS members, though its words name terror.
    /// </remarks>
    public bool ChargedWithCrime(ReportText report, Figure figure, IReadOnlyList<Figure> figures, Sentence clause)
    {
        if (figure is not { Kind: FigureKind.Casualty, Category: CasualtyCategory.Arrested })
        {
            return false;
        }
        var own = OwnWords(figure, figures, clause);
        return report.Has(lexicon.TerrorCharges, own)
            ? NamesCrime(lexicon, report, UpToClauseBreak(report, figure, own), lexicon.CrimeKinds)
            : report.Has(lexicon.CrimeCharges, own);
    }

    /// <summary>Whether a word of <paramref name="span"/> names crime: one of <paramref name="words"/> (on its readings), or a crime context (lexicon nonIsisContext).</summary>
    public static bool NamesCrime(ExtractionLexicon lexicon, ReportText report, Sentence span, SignedWordSet words)
    {
        if (report.Has(lexicon.NonIsisContext, span))
        {
            return true;
        }
        var tokens = report.Tokens;
        for (var i = span.First; i <= span.Last; i++)
        {
            if (tokens[i].ReadsAsOneOf(words))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A count's own words up to their first clause break: "48 إرهابيا، في حين تراجعت جرائم السرقة" charges the 48 with nothing after the comma.</summary>
    private static Sentence UpToClauseBreak(ReportText report, Figure figure, Sentence own)
    {
        for (var i = figure.Last + 1; i <= own.Last; i++)
        {
            if (report.Tokens[i].IsClauseBreak)
            {
                return own with { Last = i - 1 };
            }
        }
        return own;
    }

    /// <summary>Whether the words of a count, up to the next figure or <see cref="ArrestQualifierReach"/> words after it, name a terror charge or ISIS.</summary>
    private bool OwnWordsNameTerror(ReportText report, Figure figure, IReadOnlyList<Figure> figures, Sentence clause)
    {
        return report.Has(lexicon.TerrorCharges, OwnWords(figure, figures, clause));
    }

    /// <summary>A count's own words: from it to the next figure, at most <see cref="ArrestQualifierReach"/> words after it.</summary>
    private static Sentence OwnWords(Figure figure, IReadOnlyList<Figure> figures, Sentence clause) =>
        OwnWords(figure, figures, clause, figure.Last);

    /// <summary>
    /// A count's own words: from it to the next figure, at most <see cref="ArrestQualifierReach"/> words after
    /// <paramref name="after"/> (the count's last token, or a word of its noun phrase that the qualifier follows).
    /// </summary>
    public static Sentence OwnWords(Figure figure, IReadOnlyList<Figure> figures, Sentence clause, int after)
    {
        var next = figures.Where(f => f.First > figure.Last).Select(f => f.First - 1).DefaultIfEmpty(int.MaxValue).Min();
        return clause with { First = figure.First, Last = Math.Min(Math.Min(next, clause.Last), after + ArrestQualifierReach) };
    }

    /// <summary>
    /// "القبض على 7 مطلوبين للقضاء بينهم 3 متهمين بالإرهاب"، "اعتقال 12 متهما بقضايا مختلفة، بينهم 5 بالانتماء لداعش":
    /// a count of the wanted or accused that names no terror charge, followed (within <see cref="ArrestShareReach"/>
    /// words) by a share that does, counts ISIS members by its share: the figure keeps its words and takes the share's
    /// count; so does a dual of ISIS's men ("7 متهمين بينهم إرهابيان": two). A count that names ISIS itself ("ستة إرهابيين
    /// بينهم قياديان") keeps its own. Returns the figures
    /// re-counted so: their own words' crime charges are the rest's, not theirs.
    /// </summary>
    public List<Figure> KeepTheTerrorShare(ReportText report, List<Figure> figures, Sentence sentence)
    {
        var tokens = report.Tokens;
        var recounted = new List<Figure>();
        foreach (var total in figures.Where(f => f is { Breakdown: false, Kind: FigureKind.Casualty, Category: CasualtyCategory.Arrested, Side: CasualtySide.Isis }))
        {
            for (var j = total.Last + 1; j <= Math.Min(sentence.Last, total.Last + ArrestShareReach); j++)
            {
                if (tokens[j].IsNumber || (tokens[j].IsClauseBreak && tokens[j].Text != ",") || ClauseSplitter.AnyFigureStartsIn(figures, j, j))
                {
                    break;
                }
                if (lexicon.BreakdownCues.MatchAt(tokens, j) is not { } cue || cue.Last + 1 > sentence.Last)
                {
                    continue;
                }
                var shareCount = numbers.ReadAt(tokens, cue.Last + 1);
                // "القبض على 7 متهمين بينهم إرهابيان": a dual noun of ISIS's men is a share of two, named as ISIS's.
                if (shareCount is null && lexicon.Persons.MatchAt(tokens, cue.Last + 1) is { Value: { Number: GrammaticalNumber.Dual, Side: CasualtySide.Isis, Ambiguous: false } }
                    && total.Count > 2 && !report.Has(lexicon.TerrorCharges, sentence with { First = total.First, Last = j - 1 })
                    && !report.Has(lexicon.IsisOrgs, sentence with { First = total.First, Last = j - 1 })
                    && lexicon.AccusedNouns.MatchAt(tokens, TotalNoun(tokens, total)) is not null)
                {
                    total.Count = 2;
                    recounted.Add(total);
                    break;
                }
                if (shareCount is not { } share || share.Value >= total.Count)
                {
                    continue;
                }
                var shareLast = Math.Min(sentence.Last, share.LastToken + ArrestQualifierReach);
                for (var k = share.LastToken + 1; k <= shareLast; k++)
                {
                    // A number inside the charge ("وفق المادة 4 إرهاب") is no count; the next figure ends the share.
                    if (ClauseSplitter.AnyFigureStartsIn(figures, k, k) || (tokens[k].IsClauseBreak && tokens[k].Text != ","))
                    {
                        shareLast = k - 1;
                        break;
                    }
                }
                if (!report.Has(lexicon.TerrorCharges, sentence with { First = total.First, Last = j - 1 })
                    && report.Has(lexicon.TerrorCharges, sentence with { First = share.FirstToken, Last = shareLast }))
                {
                    total.Count = (int)share.Value;
                    recounted.Add(total);
                }
                break;
            }
        }
        return recounted;
    }

    /// <summary>The total's noun: the word right after its count, or its own last word.</summary>
    private static int TotalNoun(TokenList tokens, Figure total) => total.Last > total.First ? total.First + 1 : total.Last;

    /// <summary>
    /// "اعتقال أربع نساء من عوائل داعش متهمات بتقديم الدعم لعناصر التنظيم": people arrested whom the text names as
    /// civilians (نساء، شبان) but whose own words tie them to ISIS or charge them with terror are ISIS's arrests, not
    /// civilian victims: security forces do not "arrest" victims.
    /// </summary>
    public void SideOfChargedArrests(ReportText report, List<Figure> figures, Sentence sentence)
    {
        foreach (var f in figures.Where(f => f is { Kind: FigureKind.Casualty, Category: CasualtyCategory.Arrested } && f.Side != CasualtySide.Isis))
        {
            if (OwnWordsNameTerror(report, f, figures, sentence))
            {
                f.Side = CasualtySide.Isis;
            }
        }
    }

    /// <summary>
    /// "اعتقل تنظيم داعش نحو 100 شخص من أهالي القرية": civilians or members of the forces "arrested" are people ISIS
    /// abducted (the forces arrest suspects, not victims), and an abduction counts nobody killed, wounded or arrested
    /// (the dev set's annotation rules, part A). Runs after <see cref="SideOfChargedArrests"/>, which gives ISIS the
    /// arrests of people whose own words tie them to it.
    /// </summary>
    public static void RemoveAbductions(List<Figure> figures) =>
        figures.RemoveAll(f => f is { Kind: FigureKind.Casualty, Category: CasualtyCategory.Arrested, Side: CasualtySide.Civilian or CasualtySide.Security });
}
