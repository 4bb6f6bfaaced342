using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// A hideout a verb of aiming governs ("استهدفت الطائرات ثمانية مخابئ"، "قصفت وكرا"، "دك مضافة"، "تطهير مضافة"; lexicon
/// aimOnlyHideoutTriggers) was the strike's or the raid's target: news Arabic says what became of a target in a clause
/// of result, and without one the hideout was hit, not destroyed. It stays destroyed when its own sentence after it,
/// or the next sentence, tells a ruin: a destroyed trigger that is no aiming verb ("أسفرت الضربة عن تدمير الكهف"،
/// "وأحرقتها") or a noun of ruin ("صار الوكر ركاما"، "جعلتها رمادا"; lexicon hideoutRuinWords). The verb
/// that governs a hideout is the nearest destroyed trigger before it: in "استهداف وتدمير مخبأ" that is "تدمير".
/// Input: the drafts standing. Output: the same drafts, their targeted hideouts marked so (<see cref="HideoutOutcome.Targeted"/>,
/// no figure of hideouts destroyed; the operation stays, a strike told without a figure). Tallies are not touched.
/// </summary>
internal sealed class TargetedHideouts(ExtractionLexicon lexicon) : IDraftPass
{
    /// <summary>
    /// How many tokens before a hideout its verb may stand: the figure finder's trigger reach (five words) and a
    /// subject or a date of two more between ("قصفت طائرات التحالف أمس وكرا").
    /// </summary>
    private const int TargetedHideoutVerbReach = 7;

    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        var tokens = report.Tokens;
        foreach (var d in drafts)
        {
            // The cheap test first: most drafts count no hideout.
            if (d.Dropped || !d.Figures.Exists(f => f is { Kind: FigureKind.Hideout, Outcome: HideoutOutcome.Destroyed }))
            {
                continue;
            }
            foreach (var f in d.Figures)
            {
                if (f is { Kind: FigureKind.Hideout, Outcome: HideoutOutcome.Destroyed } && OnlyTargeted(report, tokens, f))
                {
                    f.Outcome = HideoutOutcome.Targeted;
                }
            }
        }
        return drafts;
    }

    /// <summary>The nearest destroyed trigger before the hideout is an aiming verb, and no ruin is told after it.</summary>
    private bool OnlyTargeted(ReportText report, Text.TokenList tokens, Figure hideout)
    {
        var sentenceIndex = report.SentenceOf(hideout.First);
        if (sentenceIndex < 0)
        {
            return false;
        }
        var s = report.Sentences[sentenceIndex];
        var floor = Math.Max(s.First, hideout.First - TargetedHideoutVerbReach);
        for (var j = hideout.First; j >= floor; j--)
        {
            if (lexicon.DestroyTriggers.MatchAt(tokens, j) is not { } trigger || trigger.Last > hideout.Last)
            {
                continue;
            }
            if (lexicon.AimOnlyHideoutTriggers.MatchAt(tokens, j) is not { } aim || aim.Last != trigger.Last)
            {
                return false;
            }
            return !RuinTold(tokens, hideout.Last + 1, RuinReachEnd(report, sentenceIndex));
        }
        return false;
    }

    /// <summary>
    /// The last token where the target's ruin may be told: the end of the hideout's paragraph ("وأضاف البيان أن الغارة
    /// دمرت المضافة تماما" after the statement that named the target), or of the next sentence when the paragraph
    /// ends first (a wire's statement runs one sentence a line).
    /// </summary>
    private static int RuinReachEnd(ReportText report, int sentenceIndex)
    {
        var sentences = report.Sentences;
        var last = sentenceIndex;
        while (last + 1 < sentences.Count && sentences[last + 1].Paragraph == sentences[sentenceIndex].Paragraph)
        {
            last++;
        }
        if (last == sentenceIndex && last + 1 < sentences.Count)
        {
            last++;
        }
        return sentences[last].Last;
    }

    /// <summary>A destroyed trigger that is no aiming verb, or a noun of ruin, in tokens [from, to].</summary>
    private bool RuinTold(Text.TokenList tokens, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (!tokens[k].IsWord)
            {
                continue;
            }
            // "فدمرته": the destroying verbs with the target's pronoun (lexicon destroyAfterFind).
            if (lexicon.HideoutRuinWords.MatchAt(tokens, k) is not null || lexicon.DestroyAfterFind.MatchAt(tokens, k) is not null)
            {
                return true;
            }
            if (lexicon.DestroyTriggers.MatchAt(tokens, k) is { } d && (lexicon.AimOnlyHideoutTriggers.MatchAt(tokens, k) is not { } aim || aim.Last != d.Last))
            {
                return true;
            }
        }
        return false;
    }
}
