using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// How the figures of a sentence relate (the figure finder's marks): a breakdown of a total ("بينهم"), people among the
/// counted, hideouts found and then destroyed, shares, corrections and risen tolls.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>"بينهم 40 بضربات الطيران": a count right after a breakdown cue, following a total, is part of it.</summary>
    private void MarkBreakdown(TokenList tokens, Sentence s, Figure figure, List<Figure> earlier)
    {
        if (figure.First - 1 < s.First || earlier.Count == 0)
        {
            return;
        }
        var cueAt = figure.First - 1;
        if (tokens[cueAt].IsClauseBreak && cueAt - 1 >= s.First)
        {
            cueAt--;
        }
        for (var j = Math.Max(s.First, cueAt - 1); j <= cueAt; j++)
        {
            if (lexicon.BreakdownCues.MatchAt(tokens, j) is { } m && m.Last == cueAt)
            {
                var total = earlier.LastOrDefault(e => e.SameMeasure(figure) || (e.Kind == figure.Kind && e.Kind == FigureKind.Casualty));
                if (total is not null && total.Count >= figure.Count)
                {
                    figure.Breakdown = true;
                    figure.Category = total.Category;
                    figure.Side = total.Side;
                }
                return;
            }
        }
        // "و98 آخرين" after a breakdown: also part of the same total.
        if (earlier.Count > 0 && earlier[^1].Breakdown && figure.Rule is "count-others" or "bare-count-after-trigger" or "count-persons")
        {
            var total = earlier.LastOrDefault(e => !e.Breakdown && e.Kind == FigureKind.Casualty);
            if (total is not null && total.Count > figure.Count)
            {
                figure.Breakdown = true;
            }
        }
        MarkBreakdownListItem(tokens, figure, earlier);
    }

    /// <summary>
    /// "قتل ثمانية أشخاص بينهم مدنيان وستة من الشرطة": the next item of a breakdown's list, joined by و right
    /// after the last part (however its people are named: "من الجنود", "عناصر من الشرطة"), is part of the same total
    /// when it is smaller than it, and not more people hit.
    /// </summary>
    private static void MarkBreakdownListItem(TokenList tokens, Figure figure, List<Figure> earlier)
    {
        if (figure.Breakdown || figure.Kind != FigureKind.Casualty || earlier.Count == 0 || earlier[^1] is not { Breakdown: true, Kind: FigureKind.Casualty } part
            || !Coordination.JoinedRightAfter(tokens, part.Last, figure.First))
        {
            return;
        }
        var total = earlier.LastOrDefault(e => !e.Breakdown && e.Kind == FigureKind.Casualty && e.Last < part.First);
        if (total is not null && total.Category == figure.Category && total.Count > figure.Count)
        {
            figure.Breakdown = true;
        }
    }

    /// <summary>
    /// "قتل تسعة أشخاص، ستة من الشرطة وثلاثة مدنيين"، "أربعة أشخاص، هم اثنان من الجيش وشقيقان": a count of
    /// the hit followed, after a comma or colon (and "هم", lexicon appositionPronouns), by two or more counts of the same
    /// category joined by و that add up to it exactly, is the same people told again by whose they are. The parts stand,
    /// with their sides; the total is their breakdown. ("بينهم" instead names some among the total: MarkBreakdown.)
    /// </summary>
    private void MarkAppositionTotals(TokenList tokens, Sentence s, List<Figure> figures)
    {
        for (var t = 0; t + 2 < figures.Count; t++)
        {
            var total = figures[t];
            var end = total.Kind == FigureKind.Casualty ? AfterPostposedQualifier(tokens, s, total.Last) : total.Last;
            if (total.Kind != FigureKind.Casualty || total.Breakdown || end + 1 > s.Last
                || (tokens[end + 1].Text is not ("," or ":") && !OpensUnmarkedApposition(tokens, end + 1)))
            {
                continue;
            }
            var at = tokens[end + 1].Text is "," or ":" ? end + 2 : end + 1;
            if (at <= s.Last && lexicon.AppositionPronouns.MatchAt(tokens, at) is { } pronoun)
            {
                at = pronoun.Last + 1;
            }
            if (figures[t + 1].First != at)
            {
                continue;
            }
            var sum = 0;
            var parts = 0;
            for (var k = t + 1; k < figures.Count && sum < total.Count; k++)
            {
                var part = figures[k];
                if (part.Kind != FigureKind.Casualty || part.Category != total.Category || part.Breakdown
                    || (parts > 0 && !Coordination.JoinedRightAfter(tokens, figures[k - 1].Last, part.First)))
                {
                    break;
                }
                sum += part.Count;
                parts++;
            }
            if (parts >= 2 && sum == total.Count)
            {
                total.Breakdown = true;
            }
        }
    }

    /// <summary>
    /// "وأوضح مصدر أن بين القتلى قياديين اثنين": people named among the dead (the wounded, the arrested) are part of
    /// a count the text gave, here or in a sentence before, never a figure of their own. The category noun is the
    /// figure's first word (its trigger) or the word right before its count, and a preposition of "among" stands
    /// right before it.
    /// </summary>
    private void MarkAmongTheCounted(TokenList tokens, Sentence s, Figure figure)
    {
        if (figure.Kind != FigureKind.Casualty)
        {
            return;
        }
        for (var n = figure.First; n >= Math.Max(s.First + 1, figure.First - 1); n--)
        {
            if (lexicon.CategoryNouns.MatchAt(tokens, n) is not { } noun || (n != figure.First && noun.Last != figure.First - 1))
            {
                continue;
            }
            for (var j = Math.Max(s.First, n - 2); j < n; j++)
            {
                if (lexicon.AmongTheCounted.MatchAt(tokens, j) is { } among && among.Last == n - 1)
                {
                    figure.Breakdown = true;
                    figure.AmongTheCounted = true;
                    return;
                }
            }
        }
    }

    /// <summary>Hideouts found and then destroyed in the same sentence ("عثرت على 18 وكرا ... تم تدمير كافة الأوكار").</summary>
    private void ResolveFoundHideouts(TokenList tokens, Sentence s, List<Figure> figures, Sentence? next)
    {
        foreach (var f in figures)
        {
            if (f.Kind != FigureKind.Hideout || f.Outcome != HideoutOutcome.Found)
            {
                continue;
            }
            for (var j = f.Last + 1; j <= s.Last; j++)
            {
                // "والعثور على 39 وكرا، وتدمير 5 أنفاق": a destroying verb with a count of its own destroys those.
                if (lexicon.DestroyAfterFind.MatchAt(tokens, j) is { } destroyed && !figures.Any(g => g != f && g.Kind == FigureKind.Hideout && g.First == destroyed.Last + 1)
                    && !DestroysAThing(tokens, s, destroyed.Last + 1))
                {
                    f.Outcome = HideoutOutcome.Destroyed;
                    break;
                }
            }
            if (f.Outcome == HideoutOutcome.Found && next is not null && DestroysTheFoundHideouts(tokens, next, f.HideoutKind))
            {
                f.Outcome = HideoutOutcome.Destroyed;
            }
        }
    }

    /// <summary>"جرى تفجير جميع الأوكار المكتشفة": the next sentence destroys what was found, without a count.</summary>
    private bool DestroysTheFoundHideouts(TokenList tokens, Sentence next, HideoutKind kind)
    {
        for (var j = next.First; j <= next.Last; j++)
        {
            if (lexicon.DestroyTriggers.MatchAt(tokens, j) is not { } d)
            {
                continue;
            }
            for (var k = d.Last + 1; k <= Math.Min(next.Last, d.Last + 3); k++)
            {
                if (tokens[k].IsNumber || numbers.ReadAt(tokens, k) is not null)
                {
                    break;
                }
                if (lexicon.Hideouts.MatchAt(tokens, k) is { } h && h.Value.Kind == kind && h.Value.Number == GrammaticalNumber.Plural)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static Figure ShareOf(Figure whole, CountExpression count, int last, Sentence s) => new()
    {
        Kind = whole.Kind, Category = whole.Category, Side = whole.Side, SideExplicit = whole.SideExplicit, Breakdown = true,
        Count = (int)count.Value, Approximate = count.Approximate, First = count.FirstToken, Last = last, Sentence = s.Index, Rule = "count-of-them",
    };

    /// <summary>
    /// "أصيب خمسة من المقاتلين ولقي اثنان منهم حتفهما": a share of the wounded whose words say they died (lexicon
    /// diedOfTheWounded, within two words before the count or after "منهم") is the killed, no longer wounded: the
    /// wounded count keeps the rest, and the dead are a figure of their own (3 wounded and 2 killed, not 5 wounded).
    /// </summary>
    private bool DiedOfTheirWounds(TokenList tokens, Sentence s, int countFirst, int ofThemLast)
    {
        for (var j = Math.Max(s.First, countFirst - 2); j <= Math.Min(s.Last, ofThemLast + 2); j++)
        {
            if ((j < countFirst || j > ofThemLast) && tokens[j].ReadsAsOneOf(lexicon.DiedOfTheWounded))
            {
                return true;
            }
        }
        return false;
    }

    private static Figure WoundedWhoDied(Figure wounded, CountExpression count, int last, Sentence s)
    {
        wounded.Count -= (int)count.Value;
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = CasualtyCategory.Killed, Side = wounded.Side, SideExplicit = wounded.SideExplicit,
            Count = (int)count.Value, Approximate = count.Approximate, First = count.FirstToken, Last = last, Sentence = s.Index, Rule = "died-of-the-wounded",
        };
    }

    /// <summary>A correction cue in the sentence before the figure, and "إلى" just before its count ("ارتفع ... إلى 11").</summary>
    private bool IsCorrection(TokenList tokens, Sentence s, Figure f)
    {
        var to = f.First - 1;
        // Normalised text: "إلى" reads "الي" (hamza and alef maqsura folded).
        if (to < s.First || tokens[to].Text != Particles.Ila)
        {
            return false;
        }
        return lexicon.CorrectionCues.AnyIn(tokens, s.First, to - 1);
    }

    /// <summary>
    /// "ارتفعت حصيلة القتلى إلى ثمانية، بعد العثور على جثث ثلاثة آخرين": the others counted after a toll that rose,
    /// of the same people and fewer, are the rise: part of the new toll, not more dead.
    /// </summary>
    private static void MarkTheRise(List<Figure> figures)
    {
        foreach (var toll in figures.Where(f => f.Correction).ToList())
        {
            foreach (var rise in figures.Where(f => f.First > toll.Last && f.Rule == "count-others" && f.SameMeasure(toll) && f.Side == toll.Side && f.Count < toll.Count))
            {
                rise.Breakdown = true;
            }
        }
    }

    /// <summary>
    /// "استشهد ستة أشخاص على الأقل، هم أربعة جنود ومدنيان": a qualifier written after the count (lexicon
    /// postposedQualifiers) stands between a total and the pronoun that opens its parts; the last word of that
    /// qualifier, or <paramref name="last"/> when none follows.
    /// </summary>
    private int AfterPostposedQualifier(TokenList tokens, Sentence s, int last) =>
        last + 1 <= s.Last && lexicon.PostposedQualifiers.MatchAt(tokens, last + 1, allowArticleOnFirst: false) is { } qualifier ? qualifier.Last : last;

    /// <summary>
    /// "مقتل تسعة أشخاص في الأقل، هم أربعة مدنيين وخمسة من المقاتلين": past a pronoun of apposition (lexicon
    /// appositionPronouns) the counts are the people of the count before it told again by whose they are, its parts,
    /// never more people joined to it (9 + 5 = 14); the walk that gathers joined people stops there, and the parts
    /// stand as figures of their own for MarkAppositionTotals.
    /// </summary>
    private bool OpensPartsOfTheCount(TokenList tokens, int at) => OpensUnmarkedApposition(tokens, at);

    /// <summary>
    /// "قتل 5 أشخاص هم اثنان من الشرطة و3 فلاحين": a pronoun of apposition right after the count, with no comma before
    /// it, opens its parts as the comma and the pronoun do; writers leave the comma out as often as they put it.
    /// </summary>
    private bool OpensUnmarkedApposition(TokenList tokens, int at) =>
        lexicon.AppositionPronouns.MatchAt(tokens, at) is { } pronoun && pronoun.First == at;
}
