using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Counts of people that tell no operation (the figure finder's non-events): people released or handed over, the kin
/// of old victims, convicts the state hangs, the dead an anniversary recalls, the people found, the attackers, the
/// dead and the wounded told as one (<see cref="TwoOutcomeCounts"/>). The governing word takes its count out; a true
/// operation told beside it keeps its own. Made per report with the finder, whose blocked tokens and readers of
/// triggers it shares.
/// </summary>
internal sealed partial class NonEvents(ExtractionLexicon lexicon, bool[] blocked, FigureTriggers triggers, TwoOutcomeCounts twoOutcomes)
{
    private readonly bool[] _blocked = blocked;
    private readonly FigureTriggers _triggers = triggers;
    private readonly TwoOutcomeCounts _twoOutcomes = twoOutcomes;

    /// <summary>
    /// Takes out the counts of people that a word of <c>nonEventObjects</c> governs: people released ("أفرجت عن 40
    /// معتقلا"), handed over ("تسلم 150 معتقلا"), the kin of old victims ("ذوي 25 شهيدا"), remains ("تسليم رفات 18
    /// شهيدا"), information that would lead to an arrest ("تقود إلى اعتقال 10 قياديين"), a part in a past crime
    /// ("شارك في قتل 17 منتسبا"). The word stands right before the count, or right before the casualty word right
    /// before it; a count joined to a taken-out one by و with no casualty word of its own between them
    /// ("لذوي 300 شهيد ... و150 جريحا") goes with it. Other counts of the clause, a true operation told beside these,
    /// keep their figures: the evidence is the governing word, never the sentence.
    /// </summary>
    /// <remarks>
    /// Read as each figure is found, before it joins the sentence's figures, so that a singular noun after it ("وقتل
    /// جندي") is never taken for one of the people it counts.
    /// </remarks>
    internal bool IsTakenOutAsNonEvent(TokenList tokens, Sentence s, Figure f, List<Figure> earlier, ref Figure? removed)
    {
        if (f.Kind != FigureKind.Casualty)
        {
            return false;
        }
        if (IsNonEventObject(tokens, s, f) || _twoOutcomes.CountsBothOutcomes(tokens, s, f, earlier) || IsAttackersCount(tokens, s, f) || IsSpeaker(tokens, s, f) || IsFoundPeople(tokens, s, f) || (removed is not null && JoinedTo(tokens, removed, f)))
        {
            removed = f;
            return true;
        }
        return false;
    }

    /// <summary>
    /// "وقال أحد ضباط الأمن إن ..."، "وأفاد اثنان من الشهود بأن ...": people counted right after a verb of saying or
    /// announcing (lexicon announcementVerbs) are its subject, who tell the news, not people it befell; not the
    /// casualty word that verb announces ("وأعلنت مقتل مقاتل").
    /// </summary>
    private bool IsSpeaker(TokenList tokens, Sentence s, Figure f) =>
        f.First - 1 >= s.First && tokens[f.First - 1].IsWord && lexicon.AnnouncementVerbs.MatchAt(tokens, f.First - 1) is { } verb && verb.Last == f.First - 1
        && lexicon.CasualtyTriggers.MatchAt(tokens, f.First) is null;

    /// <summary>Whether a <c>nonEventObjects</c> phrase ends right before the figure's count or its adjacent casualty word.</summary>
    private bool IsNonEventObject(TokenList tokens, Sentence s, Figure f)
    {
        if (NonEventPhraseEndingAt(tokens, s, f.First - 1) || PhraseEndingAt(lexicon.NonEventDirectObjects, tokens, s, f.First - 1)
            || (f.Category == CasualtyCategory.Killed && PhraseEndingAt(lexicon.KinOfTheDead, tokens, s, f.First - 1)))
        {
            return true;
        }
        if (CountsANonEvent(tokens, s, f.First))
        {
            return true;
        }
        // "تقود إلى اعتقال 10"، "شارك في قتل 17": the phrase governs the casualty word that governs the count.
        return _triggers.TriggerMatchBefore(tokens, s, f.First, 0) is { } trigger && trigger.Last == f.First - 1
            && NonEventPhraseEndingAt(tokens, s, trigger.First - 1);
    }

    private bool NonEventPhraseEndingAt(TokenList tokens, Sentence s, int end)
    {
        if (end >= s.First && ReleasedAfterSubject(tokens, s, end))
        {
            return true;
        }
        return PhraseEndingAt(lexicon.NonEventObjects, tokens, s, end);
    }

    /// <summary>Whether a phrase of <paramref name="matcher"/> of up to <see cref="NonEventPhraseWords"/> words ends at <paramref name="end"/>.</summary>
    private static bool PhraseEndingAt(PhraseMatcher<bool> matcher, TokenList tokens, Sentence s, int end)
    {
        for (var start = Math.Max(s.First, end - NonEventPhraseWords + 1); start <= end; start++)
        {
            if (matcher.MatchAt(tokens, start) is { } m && m.Last == end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "لذوي 300 شهيد من ضحايا العمليات الإرهابية، و150 جريحا": a count that opens with و shortly after a taken-out
    /// one, with no casualty word between them, is the same phrase's second object.
    /// </summary>
    private bool JoinedTo(TokenList tokens, Figure removed, Figure f)
    {
        // A singular noun read as one starts at its own casualty word ("وقتل جندي"): never a second object.
        if (f.Implicit || f.First <= removed.Last || f.First - removed.Last > NonEventConjunctReach)
        {
            return false;
        }
        // "واحد" opens with the letter و and is no conjunction.
        var opensWithAnd = (tokens[f.First].Text.StartsWith('و') && !lexicon.NumeralOne.Contains(tokens[f.First].Text))
            || (f.First - 1 > removed.Last && tokens[f.First - 1].Text == Particles.Wa);
        if (!opensWithAnd)
        {
            return false;
        }
        // The taken-out count's own noun may be a casualty word (شهيدا); one between the two counts gives the second its own.
        for (var j = removed.Last + 1; j <= f.First; j++)
        {
            if (tokens[j].IsSentenceBreak || lexicon.CasualtyTriggers.MatchAt(tokens, j) is not null)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "أعدمت السلطات، اليوم، 11 إرهابيا مدانين"، "العراق يعدم 21 إرهابيا في سجن الناصرية": ISIS members killed by an
    /// execution verb in a sentence that names a court, a prison, convicts or the authorities are hanged convicts,
    /// no operation's dead. The verb must stand by the count, so a killing told with قتل in the same sentence stays;
    /// ISIS's own executions of civilians or soldiers count people that are not ISIS's and stay an attack.
    /// </summary>
    internal void RemoveJudicialExecutions(TokenList tokens, Sentence s, List<Figure> figures)
    {
        if (!figures.Exists(f => f.Kind == FigureKind.Casualty && f.Side == CasualtySide.Isis && f.Category == CasualtyCategory.Killed))
        {
            return;
        }
        if (!lexicon.JudicialWords.AnyIn(tokens, s.First, s.Last))
        {
            return;
        }
        // A loop from the end, not RemoveAll: a lambda over the parameters made its closure at every call, most of
        // which return above.
        for (var i = figures.Count - 1; i >= 0; i--)
        {
            var f = figures[i];
            if (f.Kind == FigureKind.Casualty && f.Side == CasualtySide.Isis && f.Category == CasualtyCategory.Killed && ExecutionVerbNear(tokens, s, f))
            {
                figures.RemoveAt(i);
            }
        }
    }

    private bool ExecutionVerbNear(TokenList tokens, Sentence s, Figure f)
    {
        // "أعدمت السلطات العراقية، اليوم الثلاثاء، 11 إرهابيا": the verb that governs the count, however far.
        if (_triggers.TriggerMatchBefore(tokens, s, f.First, FigureTriggers.TriggerReach) is { } trigger && lexicon.ExecutionVerbs.MatchAt(tokens, trigger.First) is not null)
        {
            return true;
        }
        for (var j = Math.Max(s.First, f.First - ExecutionVerbReach); j <= Math.Min(s.Last, f.Last + ExecutionVerbReach); j++)
        {
            if ((j < f.First || j > f.Last) && lexicon.ExecutionVerbs.MatchAt(tokens, j) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "أفرجت السلطات العراقية، اليوم الثلاثاء، عن 40 معتقلا": عن right before the count, and a release verb before it
    /// with its subject (and a set-off date) between, no count or full stop in the way.
    /// </summary>
    private bool ReleasedAfterSubject(TokenList tokens, Sentence s, int end)
    {
        if (!lexicon.ReleasePrepositions.Contains(tokens[end].Text))
        {
            return false;
        }
        for (var j = end - 1; j >= Math.Max(s.First, end - ReleaseSubjectReach); j--)
        {
            if (tokens[j].IsSentenceBreak || (tokens[j].IsNumber && !_blocked[j]))
            {
                return false;
            }
            if (lexicon.ReleaseVerbs.MatchAt(tokens, j) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "في الذكرى الخامسة لهجوم داعش على قرية البو نمر الذي أسفر عن مقتل 12 مدنيا": the counts the relative clause
    /// of an anniversary's event tells, in its stretch of text up to a comma or full stop, are the old event's. A new attack told
    /// after the comma ("في ذكرى المجزرة، قتل ثلاثة جنود بهجوم") keeps its figures.
    /// </summary>
    internal void RemoveAnniversaryCounts(TokenList tokens, Sentence s, List<Figure> figures) =>
        figures.RemoveAll(f => f.Kind == FigureKind.Casualty && TellsAnAnniversary(tokens, s, f.First));

    private bool TellsAnAnniversary(TokenList tokens, Sentence s, int first)
    {
        // The old event's relative clause ("الذي أسفر عن مقتل"، "التي راح ضحيتها") between the anniversary and the
        // count: "تزامنا مع ذكرى تحرير الموصل قتلت القوات 3 إرهابيين" tells a new operation.
        var relative = false;
        for (var j = first - 1; j >= Math.Max(s.First, first - AnniversaryReach); j--)
        {
            if (tokens[j].IsClauseBreak)
            {
                return false;
            }
            relative |= lexicon.AnniversaryRelatives.Contains(tokens[j].Text);
            if (lexicon.Anniversaries.MatchAt(tokens, j) is not null)
            {
                return relative;
            }
        }
        return false;
    }

    /// <summary>
    /// "عدد المفرج عنهم بلغ 40 معتقلا": a count a statistic reaches (بلغ right before it) whose counted phrase, after
    /// عدد, names people of <c>nonEventObjects</c>.
    /// </summary>
    private bool CountsANonEvent(TokenList tokens, Sentence s, int first)
    {
        if (first - 1 < s.First || lexicon.ReachedVerbs.MatchAt(tokens, first - 1) is not { } verb || verb.Last != first - 1)
        {
            return false;
        }
        for (var j = first - 2; j >= Math.Max(s.First, first - 2 - NonEventPhraseWords); j--)
        {
            if (lexicon.CountNouns.MatchAt(tokens, j) is { } noun)
            {
                return lexicon.NonEventObjects.AnyIn(tokens, noun.Last + 1, first - 2);
            }
        }
        return false;
    }
}
