using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "عدد الإرهابيين الذين اعتقلوا بلغ 424، وعدد الذين قتلوا بعمليات أمنية بلغ 252": a statistic gives its counts as
/// the number of some people reaching a figure, the noun and the figure apart. The people are ISIS's when the phrase
/// names them, when they were killed or taken in operations, or when the phrase goes on a list whose first item named
/// them; a phrase that says neither gives no figure. Holds only the lexicon and the number reader: safe to share.
/// </summary>
internal sealed class TallyCountReached(ExtractionLexicon lexicon, NumberReader numbers)
{
    /// <summary>The figures given this way in the sentence that no figure read already covers.</summary>
    public List<Figure> Find(ReportText report, Sentence sentence, IReadOnlyList<Figure> found)
    {
        var tokens = report.Tokens;
        var figures = new List<Figure>();
        CasualtySide? listSide = null;
        for (var j = sentence.First; j <= sentence.Last; j++)
        {
            if (lexicon.CountNouns.MatchAt(tokens, j) is not { } noun)
            {
                continue;
            }
            var reached = ReachedAfter(tokens, sentence, noun.Last + 1);
            if (reached is not { } r || numbers.ReadAt(tokens, r.Verb.Last + 1) is not { } count
                || found.Any(f => f.First <= count.LastToken && count.FirstToken <= f.Last))
            {
                continue;
            }
            var phrase = sentence with { First = noun.Last + 1, Last = r.Verb.First - 1 };
            var category = report.Values(lexicon.CasualtyTriggers, phrase).Concat(report.Values(lexicon.CategoryNouns, phrase))
                .Select(c => (CasualtyCategory?)c).FirstOrDefault();
            if (category is null)
            {
                continue;
            }
            var named = NamedSide(report, phrase);
            var side = named ?? (report.Has(lexicon.OperationNouns, phrase) ? CasualtySide.Isis : listSide);
            listSide = side ?? listSide;
            j = count.LastToken;
            if (side != CasualtySide.Isis)
            {
                continue;
            }
            figures.Add(new Figure
            {
                Kind = FigureKind.Casualty,
                Category = category.Value,
                Side = CasualtySide.Isis,
                SideExplicit = named is not null,
                Count = (int)count.Value,
                Approximate = count.Approximate,
                First = count.FirstToken,
                Last = count.LastToken,
                Sentence = sentence.Index,
                Rule = "count-reached",
            });
        }
        return figures;
    }

    /// <summary>The verb "بلغ" within <see cref="AssemblerLimits.CountReachedReach"/> tokens after the noun, before any other count.</summary>
    private (PhraseMatch<bool> Verb, int At)? ReachedAfter(IReadOnlyList<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k <= Math.Min(sentence.Last, from + CountReachedReach); k++)
        {
            if (tokens[k].IsNumber || tokens[k].Text is "," or "،")
            {
                return null;
            }
            if (lexicon.ReachedVerbs.MatchAt(tokens, k) is { } v)
            {
                return (v, k);
            }
        }
        return null;
    }

    /// <summary>The side the phrase names: ISIS's men or organisation, or forces of ours (then the count is not ISIS's).</summary>
    private CasualtySide? NamedSide(ReportText report, Sentence phrase)
    {
        if (report.Has(lexicon.SecurityOrgs, phrase))
        {
            return CasualtySide.Security;
        }
        if (report.Has(lexicon.IsisOrgs, phrase) || report.Values(lexicon.Persons, phrase).Any(p => p.Side == CasualtySide.Isis && !p.Ambiguous))
        {
            return CasualtySide.Isis;
        }
        return null;
    }
}
