using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// How the figures of a sentence relate (the figure finder's marks): a breakdown of a total ("بينهم"), also of a
/// quantity that is no count or of a number read as no figure, people among the counted, hideouts found and then
/// destroyed, shares, corrections and risen tolls. Holds only the lexicon and the number reader: safe to share.
/// </summary>
internal sealed class FigureRelations(ExtractionLexicon lexicon, NumberReader numbers)
{
    /// <summary>"بينهم 40 بضربات الطيران": a count right after a breakdown cue, following a total, is part of it.</summary>
    internal void MarkBreakdown(TokenList tokens, Sentence s, Figure figure, List<Figure> earlier)
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
    internal void MarkAppositionTotals(TokenList tokens, Sentence s, List<Figure> figures)
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
    internal void MarkAmongTheCounted(TokenList tokens, Sentence s, Figure figure)
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
    internal void ResolveFoundHideouts(TokenList tokens, Sentence s, List<Figure> figures, Sentence? next)
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
                // "تفتيش 11 كهفا ... وتدمير نفق واحد": a destroying verb with a hideout of its own, counted or not, destroys that one.
                if (lexicon.DestroyAfterFind.MatchAt(tokens, j) is { } destroyed && !figures.Any(g => g != f && g.Kind == FigureKind.Hideout && g.First == destroyed.Last + 1)
                    && !DestroysAThing(tokens, s, destroyed.Last + 1)
                    && (destroyed.Last + 1 > s.Last || lexicon.Hideouts.MatchAt(tokens, destroyed.Last + 1) is null))
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

    internal static Figure ShareOf(Figure whole, CountExpression count, int last, Sentence s) => new()
    {
        Kind = whole.Kind, Category = whole.Category, Side = whole.Side, SideExplicit = whole.SideExplicit, Breakdown = true,
        Count = (int)count.Value, Approximate = count.Approximate, First = count.FirstToken, Last = last, Sentence = s.Index, Rule = "count-of-them",
    };

    /// <summary>
    /// "أصيب خمسة من المقاتلين ولقي اثنان منهم حتفهما": a share of the wounded whose words say they died (lexicon
    /// diedOfTheWounded, within two words before the count or after "منهم") is the killed, no longer wounded: the
    /// wounded count keeps the rest, and the dead are a figure of their own (3 wounded and 2 killed, not 5 wounded).
    /// </summary>
    internal bool DiedOfTheirWounds(TokenList tokens, Sentence s, int countFirst, int ofThemLast)
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

    internal static Figure WoundedWhoDied(Figure wounded, CountExpression count, int last, Sentence s)
    {
        wounded.Count -= (int)count.Value;
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = CasualtyCategory.Killed, Side = wounded.Side, SideExplicit = wounded.SideExplicit,
            Count = (int)count.Value, Approximate = count.Approximate, First = count.FirstToken, Last = last, Sentence = s.Index, Rule = "died-of-the-wounded",
        };
    }

    /// <summary>A correction cue in the sentence before the figure, and "إلى" just before its count ("ارتفع ... إلى 11").</summary>
    internal bool IsCorrection(TokenList tokens, Sentence s, Figure f) =>
        IsCorrection(lexicon, tokens, s, f.First) || (IsNounToCount(tokens, f) && IsCorrection(lexicon, tokens, s, f.First + 2));

    /// <summary>
    /// "ليرتفع عدد الشهداء إلى أربعة، والجرحى إلى ثلاثة": the figure opens with its noun, then "إلى" and the count:
    /// the verb of the rise before it governs this count too.
    /// </summary>
    private static bool IsNounToCount(TokenList tokens, Figure f) =>
        f.First + 2 <= f.Last && tokens[f.First].IsWord && tokens[f.First + 1].Text == Particles.Ila && tokens[f.First + 2].IsNumber;

    /// <summary>Whether the count at <paramref name="first"/> is a risen toll (see the instance overload).</summary>
    internal static bool IsCorrection(ExtractionLexicon lexicon, TokenList tokens, Sentence s, int first)
    {
        var to = first - 1;
        // Normalised text: "إلى" reads "الي" (hamza and alef maqsura folded).
        if (to < s.First || tokens[to].Text != Particles.Ila)
        {
            return false;
        }
        return lexicon.CorrectionCues.AnyIn(tokens, s.First, to - 1);
    }

    /// <summary>
    /// "ارتفعت حصيلة القتلى إلى ثمانية، بعد العثور على جثث ثلاثة آخرين"، "إلى ثلاثة قتلى بعد وفاة أحد الجرحى": the
    /// dead counted after a toll that rose, of the same measure and fewer, are the rise (others found, a wounded man
    /// who died): part of the new toll, not more dead.
    /// </summary>
    internal static void MarkTheRise(List<Figure> figures)
    {
        foreach (var toll in figures.Where(f => f.Correction).ToList())
        {
            foreach (var rise in figures.Where(f => f.First > toll.Last && !f.Correction && f.SameMeasure(toll) && f.Count < toll.Count))
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
    internal bool OpensPartsOfTheCount(TokenList tokens, int at) => OpensUnmarkedApposition(tokens, at);

    /// <summary>
    /// "قتل 5 أشخاص هم اثنان من الشرطة و3 فلاحين": a pronoun of apposition right after the count, with no comma before
    /// it, opens its parts as the comma and the pronoun do; writers leave the comma out as often as they put it.
    /// </summary>
    private bool OpensUnmarkedApposition(TokenList tokens, int at) =>
        lexicon.AppositionPronouns.MatchAt(tokens, at) is { } pronoun && pronoun.First == at;

    /// <summary>
    /// Hideouts found and something else destroyed: "العثور على 5 أوكار وتدمير عجلة مفخخة" tells that the forces found the
    /// dens and destroyed a vehicle. A destroying verb after hideouts found destroys them only when it refers back to them
    /// (a pronoun, "كافة الأوكار"); when its own object is a thing counted (lexicon countedThings: a vehicle, a device,
    /// with or without a count before it) it destroyed that thing, and the hideouts stay found.
    ///The object right after a destroying verb at <paramref name="k"/> is a counted thing, its count aside.
    /// </summary>
    private bool DestroysAThing(TokenList tokens, Sentence s, int k)
    {
        if (k <= s.Last && tokens[k].IsNumber)
        {
            k++;
        }
        return k <= s.Last && lexicon.CountedThings.MatchAt(tokens, k) is not null;
    }

    /// <summary>
    /// "وقتلت عشرات المسلحين بينهم ثلاثة انتحاريين"، "مقتل العشرات من عناصر التنظيم، من ضمنهم قياديان": people named
    /// after a breakdown cue whose group is a quantity that is no count (NumberReader's vague words: العشرات، عشرات، عدد،
    /// مئات) are some of people the text never counts. The part is no toll of the event (the event's toll is the
    /// uncounted whole), so the figure is a breakdown, as a part of a counted total is.
    /// Marks a killed or wounded figure as a <see cref="Figure.Breakdown"/> when a breakdown cue ("بينهم"، lexicon
    /// breakdownCues) or a cue of inclusion ("من ضمنهم"، "من بين القتلى": leadersAmongTheDead.inclusionCues) ends right
    /// before it and a vague quantity stands within <see cref="AssemblerLimits.VagueGroupCueReach"/> words
    /// before the cue, with no number between them: the quantity is the group the cue breaks down. A number between
    /// them ("عدد القتلى بلغ 20 بينهم 3 ضباط") makes that number the whole, and the part is read as before.
    /// </summary>
    internal void MarkAmongVagueGroup(TokenList tokens, Sentence s, Figure figure)
    {
        var cueAt = CueBeforeCasualty(tokens, s, figure);
        if (cueAt < 0)
        {
            return;
        }
        for (var k = cueAt - 1; k >= Math.Max(s.First, cueAt - AssemblerLimits.VagueGroupCueReach); k--)
        {
            if (numbers.IsVague(tokens[k]))
            {
                figure.Breakdown = true;
                return;
            }
            if (tokens[k].IsNumber || numbers.ReadAt(tokens, k) is not null)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Where the breakdown cue ("بينهم"، lexicon breakdownCues) or cue of inclusion ("من ضمنهم"، inclusionCues) starts
    /// that ends right before a killed or wounded figure not yet a breakdown, or -1: the part both readings of an
    /// uncounted whole (a vague group, a number no figure took) start from.
    /// </summary>
    private int CueBeforeCasualty(TokenList tokens, Sentence s, Figure figure)
    {
        if (figure.Kind != FigureKind.Casualty || figure.Breakdown || figure.Category == Domain.CasualtyCategory.Arrested
            || figure.First - 2 < s.First)
        {
            return -1;
        }
        for (var j = figure.First - 1; j >= Math.Max(s.First, figure.First - 3); j--)
        {
            if ((lexicon.BreakdownCues.MatchAt(tokens, j) ?? lexicon.InclusionCues.MatchAt(tokens, j)) is { } cue && cue.Last == figure.First - 1)
            {
                return j;
            }
        }
        return -1;
    }

    /// <summary>
    /// "إن 17 من المسلحين، بينهم 4 انتحاريين، قتلوا"، "بلغ عدد الجرحى نحو 900 من ضمنهم 30 جريحا من الشرطة": people counted
    /// after a breakdown cue ("بينهم") or a cue of inclusion ("من ضمنهم") are some of the number the cue follows, whether or
    /// not that number was read as a figure of its own (its verb may stand after the part, or the whole may be a statistic
    /// that is no operation's). A subset is never more people: the part is a breakdown, as it is of a counted total.
    /// Marks a killed or wounded figure as a <see cref="Figure.Breakdown"/> when a cue ends right before it and the
    /// nearest number before the cue, within <see cref="AssemblerLimits.UncountedWholeCueReach"/> words, is larger than
    /// the figure and is no figure read so far (a whole read as a figure is <see cref="MarkBreakdown"/>'s), with no verb or
    /// noun of an outcome (lexicon triggers) between them.
    /// </summary>
    internal void MarkAmongUncountedNumber(TokenList tokens, Sentence s, Figure figure, List<Figure> earlier)
    {
        var cueAt = CueBeforeCasualty(tokens, s, figure);
        if (cueAt < 0)
        {
            return;
        }
        for (var k = cueAt - 1; k >= Math.Max(s.First, cueAt - AssemblerLimits.UncountedWholeCueReach); k--)
        {
            // "هاجم 30 مسلحا القرية وقتل منهم 4": a verb of the outcome between the number and the cue tells what befell
            // some of them; the cue then counts an outcome, it does not break down a count.
            if (lexicon.CasualtyTriggers.MatchAt(tokens, k) is not null)
            {
                return;
            }
            if (!tokens[k].IsNumber && numbers.ReadAt(tokens, k) is null)
            {
                continue;
            }
            // The nearest number is the whole; read as a figure, it is no uncounted whole.
            if (earlier.Exists(e => k >= e.First && k <= e.Last))
            {
                return;
            }
            if (numbers.ReadAt(tokens, k) is { } whole && whole.Value > figure.Count)
            {
                figure.Breakdown = true;
            }
            return;
        }
    }
}
