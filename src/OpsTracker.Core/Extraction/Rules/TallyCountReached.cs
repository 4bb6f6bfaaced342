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
        // "• عدد الإرهابيين المقتولين: 11"، "• الأوكار والمضافات المدمرة: 41": an item of a statistic's list gives its
        // count after a colon, the label before it saying what it counts, "عدد" or not.
        if (LabelledCount(report, sentence) is { } item && Covering(found, item.Count) is null)
        {
            ReadPhrase(report, sentence, item.PhraseFirst, item.PhraseLast, item.Count, ref listSide, figures);
            return figures;
        }
        if (!report.MayHold(lexicon.CountNouns, sentence))
        {
            // No word of the sentence may start a count noun ("عدد"): the walk below would find none.
            return figures;
        }
        for (var j = sentence.First; j <= sentence.Last; j++)
        {
            if (lexicon.CountNouns.MatchAt(tokens, j) is not { } noun)
            {
                continue;
            }
            // "عدد المعتقلين بلغ 424", or the verb first: "وبلغ عدد المعتقلين 424".
            var verbFirst = j > sentence.First && lexicon.ReachedVerbs.MatchAt(tokens, j - 1) is { } v && v.Last == j - 1;
            var given = verbFirst ? CountAfterPhrase(report, sentence, noun.Last + 1) : CountAfterVerb(report, sentence, noun.Last + 1);
            if (given is not { } g)
            {
                continue;
            }
            if (Covering(found, g.Count) is { } read)
            {
                // "عدد قتلى داعش في الهجوم ارتفع إلى 21 عنصرا": the count's own noun made it a figure already; the
                // phrase before the verb says whose dead they are, where the figure's words did not.
                SideFromPhrase(report, sentence, noun.Last + 1, g.PhraseLast, read);
                continue;
            }
            j = g.Count.LastToken;
            ReadPhrase(report, sentence, noun.Last + 1, g.PhraseLast, g.Count, ref listSide, figures);
        }
        return figures;
    }

    /// <summary>What the phrase from <paramref name="phraseFirst"/> to <paramref name="phraseLast"/> says the count counts, as a figure added to <paramref name="figures"/>.</summary>
    private void ReadPhrase(ReportText report, Sentence sentence, int phraseFirst, int phraseLast, CountExpression count, ref CasualtySide? listSide, List<Figure> figures)
    {
        var tokens = report.Tokens;
        // "عدد “أوكار التنظيم” المفجرة": quotation marks around the counted noun are not part of it.
        var phrase = sentence with { First = WordAtOrAfter(tokens, phraseFirst, phraseLast), Last = phraseLast };
        if (phrase.Last < phrase.First)
        {
            return;
        }
        if (CountedEvents(tokens, phrase) is { } events)
        {
            // "عدد العمليات التي نفذتها القطعات بلغ 412", "عدد الهجمات الإرهابية بلغ 75".
            figures.Add(NewFigure(events, null, CasualtySide.Unknown, false, count, sentence));
            return;
        }
        if (DestroyedHideouts(report, phrase) is { } hideouts)
        {
            // "وصل عدد مضافات العدو المدمرة (422)", "عدد الأوكار التي دمرت بلغ 40".
            figures.Add(new Figure
            {
                Kind = FigureKind.Hideout, HideoutKind = hideouts, Outcome = HideoutOutcome.Destroyed, Count = (int)count.Value,
                Approximate = count.Approximate, First = count.FirstToken, Last = count.LastToken, Sentence = sentence.Index,
                Rule = "count-reached",
            });
            return;
        }
        var category = report.Values(lexicon.CasualtyTriggers, phrase).Concat(report.Values(lexicon.CategoryNouns, phrase))
            .Select(c => (CasualtyCategory?)c).FirstOrDefault();
        if (category is null)
        {
            return;
        }
        // "عدد الموقوفين طيلة السنة بلغ 900 متهم بقضايا إرهابية": the count's own noun after it names them.
        var named = NamedSide(report, phrase) ?? NamedSide(report, CountOwnNoun(report, sentence, count), byCharge: true);
        var side = named ?? (report.Has(lexicon.OperationNouns, phrase) ? CasualtySide.Isis : listSide);
        listSide = side ?? listSide;
        if (side == CasualtySide.Isis)
        {
            figures.Add(NewFigure(FigureKind.Casualty, category, CasualtySide.Isis, named is not null, count, sentence));
        }
        else if (FigureRelations.IsCorrection(lexicon, tokens, sentence, count.FirstToken))
        {
            // "عدد جرحى البيشمركة ... ارتفع إلى 14"، "لترتفع حصيلة قتلى الهجوم إلى ثلاثة": the toll of our side (or
            // of no side named: the toll told before says whose) risen to a figure is an event's toll; a statistic
            // of our dead since a date, which reaches a figure but does not rise to it, stays out. A risen toll of
            // no side that corrects nothing told before is dropped (CorrectionApplication).
            var toll = NewFigure(FigureKind.Casualty, category, named ?? CasualtySide.Unknown, named is not null, count, sentence);
            toll.Correction = true;
            figures.Add(toll);
        }
    }

    /// <summary>
    /// An item of a list (<see cref="ReportLayout.IsListItem"/>) that is a label, a colon and a count: the label's words
    /// (bullets and "عدد" passed) and the count. None when a count stands before the colon or no count follows it.
    /// </summary>
    private (int PhraseFirst, int PhraseLast, CountExpression Count)? LabelledCount(ReportText report, Sentence sentence)
    {
        var tokens = report.Tokens;
        if (!ListBullets.IsBullet(tokens[sentence.First]) || !report.Layout.StartsALine(sentence))
        {
            return null;
        }
        var first = sentence.First;
        while (first < sentence.Last && ListBullets.IsBullet(tokens[first]))
        {
            first++;
        }
        if (lexicon.CountNouns.MatchAt(tokens, first) is { } noun)
        {
            first = noun.Last + 1;
        }
        for (var k = first; k <= Math.Min(sentence.Last - 1, first + LabelMaxTokens); k++)
        {
            if (tokens[k].IsNumber)
            {
                return null;
            }
            if (tokens[k].Text == ":")
            {
                return k > first && numbers.ReadAt(tokens, k + 1) is { } count ? (first, k - 1, count) : null;
            }
        }
        return null;
    }

    /// <summary>
    /// The figure read already that covers the count's tokens, or null. A loop in a method of its own: a lambda over the
    /// count built its closure at every token of every sentence (the count is declared in the loop's body).
    /// </summary>
    private static Figure? Covering(IReadOnlyList<Figure> found, CountExpression count)
    {
        for (var k = 0; k < found.Count; k++)
        {
            if (found[k].First <= count.LastToken && count.FirstToken <= found[k].Last)
            {
                return found[k];
            }
        }
        return null;
    }

    /// <summary>
    /// How many tokens a list item's label may run to before its colon ("الخروقات (هجمات العصابات الإرهابية):", "عدد
    /// العمليات (تفتيش، تعقيب، دهم، إنزال جوي):"): a label, not a sentence that happens to end in a colon.
    /// </summary>
    private const int LabelMaxTokens = 16;

    /// <summary>The first word at or after <paramref name="from"/>, quotation marks passed, or <paramref name="last"/>.</summary>
    private static int WordAtOrAfter(TokenList tokens, int from, int last)
    {
        while (from < last && !tokens[from].IsWord)
        {
            from++;
        }
        return from;
    }

    /// <summary>
    /// A casualty figure whose words named no side takes the side of the owner the noun of its outcome is in construct
    /// with, right after "عدد" ("عدد قتلى داعش"، "عدد جرحى البيشمركة"): the phrase is what the count counts. An
    /// organisation further on ("عدد قتلى وجرحى هجوم داعش": the attack's doer) says nothing of whose dead they are.
    /// </summary>
    private void SideFromPhrase(ReportText report, Sentence sentence, int phraseFirst, int phraseLast, Figure read)
    {
        if (read.Kind != FigureKind.Casualty || read.SideExplicit || phraseLast < phraseFirst)
        {
            return;
        }
        var tokens = report.Tokens;
        if (lexicon.CategoryNouns.MatchAt(tokens, WordAtOrAfter(tokens, phraseFirst, phraseLast)) is not { } outcome || outcome.Value != read.Category)
        {
            return;
        }
        var owner = WordAtOrAfter(tokens, outcome.Last + 1, phraseLast);
        CasualtySide? named = lexicon.IsisOrgs.MatchAt(tokens, owner) is not null ? CasualtySide.Isis
            : lexicon.SecurityOrgs.MatchAt(tokens, owner) is not null ? CasualtySide.Security
            : null;
        if (named is { } side && side != read.Side)
        {
            read.Side = side;
            read.SideExplicit = true;
        }
    }

    /// <summary>
    /// The kind of hideouts the phrase counts by its first noun, when it also says they were destroyed: a participle
    /// ("مضافات العدو المدمرة") or a destroying verb ("الأوكار التي دمرت"). Hideouts only found or counted give nothing.
    /// </summary>
    private HideoutKind? DestroyedHideouts(ReportText report, Sentence phrase) =>
        lexicon.Hideouts.MatchAt(report.Tokens, phrase.First) is { } noun
        && (report.Has(lexicon.DestroyedParticiples, phrase) || report.Has(lexicon.DestroyTriggers, phrase))
            ? noun.Value.Kind
            : null;

    /// <summary>
    /// Operations or attacks, when the phrase counts them by its first noun ("العمليات", "الهجمات الإرهابية"), or by
    /// the noun a parenthesis right after its first word glosses it with ("الخروقات (هجمات العصابات الإرهابية)").
    /// </summary>
    private FigureKind? CountedEvents(TokenList tokens, Sentence phrase)
    {
        if (lexicon.AttackNouns.MatchAt(tokens, phrase.First) is not null
            || (phrase.First + 2 <= phrase.Last && tokens[phrase.First + 1].Text == "(" && lexicon.AttackNouns.MatchAt(tokens, phrase.First + 2) is not null))
        {
            return FigureKind.Attacks;
        }
        if (lexicon.OperationNouns.MatchAt(tokens, phrase.First) is { } op)
        {
            return op.Last + 1 <= phrase.Last && lexicon.IsisOperationQualifiers.MatchAt(tokens, op.Last + 1) is not null ? FigureKind.Attacks : FigureKind.Operations;
        }
        return null;
    }

    private static Figure NewFigure(FigureKind kind, CasualtyCategory? category, CasualtySide side, bool sideExplicit, CountExpression count, Sentence sentence) => new()
    {
        Kind = kind,
        Category = category ?? default,
        Side = side,
        SideExplicit = sideExplicit,
        Count = (int)count.Value,
        Approximate = count.Approximate,
        First = count.FirstToken,
        Last = count.LastToken,
        Sentence = sentence.Index,
        Rule = "count-reached",
    };

    /// <summary>
    /// How many words after a reached count its own noun phrase may take ("900 متهم بقضايا إرهابية"، "424 إرهابيا من داعش"):
    /// the noun and a qualifier or two; further words are the sentence's next clause.
    /// </summary>
    private const int CountOwnNounWords = 3;

    /// <summary>The words right after the count, up to <see cref="CountOwnNounWords"/> and before any comma or count.</summary>
    private Sentence CountOwnNoun(ReportText report, Sentence sentence, CountExpression count)
    {
        var tokens = report.Tokens;
        var last = count.LastToken;
        for (var k = count.LastToken + 1; k <= Math.Min(sentence.Last, count.LastToken + CountOwnNounWords); k++)
        {
            if (tokens[k].IsClauseBreak || tokens[k].IsNumber)
            {
                break;
            }
            last = k;
        }
        return sentence with { First = count.LastToken + 1, Last = last };
    }

    /// <summary>The count right after the verb "بلغ" that ends the phrase after "عدد", and the phrase's last token.</summary>
    private (CountExpression Count, int PhraseLast)? CountAfterVerb(ReportText report, Sentence sentence, int from)
    {
        if (ReachedAfter(report, sentence, from) is not { } r || numbers.ReadAt(report.Tokens, r.Verb.Last + 1) is not { } count)
        {
            return null;
        }
        return (count, r.Verb.First - 1);
    }

    /// <summary>"وبلغ عدد المعتقلين من عناصر داعش 424": the first count after the phrase, before any comma.</summary>
    private (CountExpression Count, int PhraseLast)? CountAfterPhrase(ReportText report, Sentence sentence, int from)
    {
        var tokens = report.Tokens;
        var dates = report.DateTokens();
        for (var k = from; k <= Math.Min(sentence.Last, from + CountReachedReach); k++)
        {
            // "وبلغ عدد الأنفاق المدمرة، 130 نفقا": a comma may set a long subject off from its count right after it.
            if (tokens[k].Text is "," or "،" && !(k + 1 <= sentence.Last && tokens[k + 1].IsNumber && !dates[k + 1]))
            {
                return null;
            }
            // "خلال عام 2019": a year inside the phrase is not its count.
            if (!dates[k] && numbers.ReadAt(tokens, k) is { } count)
            {
                return (count, k - 1);
            }
        }
        return null;
    }

    /// <summary>The verb "بلغ" within <see cref="AssemblerLimits.CountReachedReach"/> tokens after the noun, before any count or comma.</summary>
    private (PhraseMatch<bool> Verb, int At)? ReachedAfter(ReportText report, Sentence sentence, int from)
    {
        var tokens = report.Tokens;
        var dates = report.DateTokens();
        for (var k = from; k <= Math.Min(sentence.Last, from + CountReachedReach); k++)
        {
            if ((tokens[k].IsNumber && !dates[k]) || tokens[k].Text is "," or "،")
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

    /// <summary>
    /// The side the phrase names: ISIS's men or organisation, forces of ours or civilians (then the count is not ISIS's). Martyrs
    /// ("عدد الشهداء منذ انطلاق العمليات بلغ 9") are never ISIS's, whatever operations the phrase goes on to name.
    /// </summary>
    private CasualtySide? NamedSide(ReportText report, Sentence phrase, bool byCharge = false)
    {
        if (phrase.Last < phrase.First)
        {
            return null;
        }
        if (report.Has(lexicon.SecurityOrgs, phrase) || report.Has(lexicon.Martyrdom, phrase))
        {
            return CasualtySide.Security;
        }
        if (report.Has(lexicon.IsisOrgs, phrase) || report.Values(lexicon.Persons, phrase).Any(p => p.Side == CasualtySide.Isis && !p.Ambiguous)
            || (byCharge && report.Has(lexicon.TerrorCharges, phrase)))
        {
            return CasualtySide.Isis;
        }
        // "عدد القتلى المدنيين ... ارتفع إلى سبعة": civilians named.
        if (!byCharge && report.Values(lexicon.Persons, phrase).Any(p => p.Side == CasualtySide.Civilian && !p.Ambiguous))
        {
            return CasualtySide.Civilian;
        }
        return null;
    }
}
