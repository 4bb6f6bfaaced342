using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// What kind an operation is (clash, ISIS attack, search, raid, arrest, airstrike, ...): the kind cues its clause and
/// sentence name, weighed with its figures. Holds only the lexicon: safe to share.
/// </summary>
internal sealed partial class OperationKinds(ExtractionLexicon lexicon)
{
    /// <param name="wholeSentence">The draft's clause is its whole sentence: the sentence's cues are the clause's.</param>
    internal OperationKind KindOf(ReportText report, OperationDraft draft, Sentence sentence, bool wholeSentence)
    {
        var victims = draft.Figures.Any(f => f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis);
        var cues = KindCues(report, draft.Clause);
        if (cues.Count == 0 && !wholeSentence)
        {
            cues = KindCues(report, sentence);
        }
        if (victims)
        {
            return cues.Any(c => c.Kind == OperationKind.Clash) ? OperationKind.Clash : OperationKind.IsisAttack;
        }
        if (cues.Any(c => c.Kind == OperationKind.IsisAttack && !c.Weak) || (cues.Count > 0 && cues.All(c => c.Kind is OperationKind.IsisAttack or OperationKind.Clash)))
        {
            // ISIS members hit in an attack of their own: a clash.
            if (cues.Any(c => c.Kind is OperationKind.IsisAttack or OperationKind.Clash) && cues.All(c => c.Kind is OperationKind.IsisAttack or OperationKind.Clash || c.Weak))
            {
                return OperationKind.Clash;
            }
        }
        var onlyArrests = draft.Figures.All(f => f.Kind == FigureKind.Casualty && f.Category == CasualtyCategory.Arrested);
        var strong = cues.Where(c => !c.Weak && c.Kind is not OperationKind.IsisAttack).ToList();
        var pool = strong.Count > 0 ? strong : cues.Where(c => c.Kind is not OperationKind.IsisAttack).ToList();
        if (onlyArrests)
        {
            return pool.Any(c => c.Kind is OperationKind.Search or OperationKind.Raid && !c.Weak) ? pool.First(c => c.Kind is OperationKind.Search or OperationKind.Raid).Kind : OperationKind.Arrest;
        }
        pool = pool.Where(c => c.Kind != OperationKind.Arrest).ToList();
        if (pool.Count == 0)
        {
            return draft.Figures.Any(f => f.Kind == FigureKind.Strikes) ? OperationKind.Airstrike : OperationKind.Other;
        }
        return pool[0].Kind;
    }

    internal List<(OperationKind Kind, bool Weak)> KindCues(ReportText report, Sentence s)
    {
        var cues = new List<(OperationKind, bool)>();
        for (var i = s.First; i <= s.Last; i++)
        {
            if (lexicon.Kinds.MatchAt(report.Tokens, i) is { } m)
            {
                var weak = lexicon.WeakKinds.MatchAt(report.Tokens, i) is { } w && w.Last >= m.Last;
                if (weak && (DoneByIsis(report, s, m.First, m.Value) || BlowsHimselfUp(report, s, m.First)))
                {
                    cues.Add((OperationKind.IsisAttack, false));
                }
                else
                {
                    cues.Add((m.Value, weak));
                }
                i = m.Last;
            }
        }
        return cues;
    }

    /// <summary>
    /// "شن مسلحو داعش هجوما على قرية في قضاء سامراء"، "عناصر من داعش نصبوا كمينا لدورية قرب بلد": an attack noun too
    /// general to tell an operation alone ("هجوم"، "كمين", lexicon weakKinds) is the object of an attack or carry-out verb
    /// (lexicon attackVerbs, carryOutVerbs) at most <see cref="AttackObjectReach"/> words before it, with ISIS named as
    /// the doer between them, or just before a verb that says "they" ("نصبوا"): ISIS's attack told, as "هاجم داعش"
    /// tells it, an ISIS attack (an ambush, "كمين", is a raid when the forces lay it). Only for attack and ambush
    /// nouns; the forces' "نفذت القوات هجوما" and an attack intended ("نية داعش شن هجوم", a
    /// verbal noun) stay as weak as they were.
    /// </summary>
    private bool DoneByIsis(ReportText report, Sentence s, int noun, OperationKind kind)
    {
        if (kind is not (OperationKind.IsisAttack or OperationKind.Raid))
        {
            return false;
        }
        var tokens = report.Tokens;
        var dates = report.DateTokens();
        // "شن داعش، ليلة أمس، هجوما": the time told between the verb and its object, and commas, take no word of the reach.
        var reachFrom = noun - 1;
        for (var words = 0; reachFrom > s.First && (words < AttackObjectReach || !tokens[reachFrom - 1].IsWord || dates[reachFrom - 1]); reachFrom--)
        {
            if (tokens[reachFrom - 1].IsWord && !dates[reachFrom - 1])
            {
                words++;
            }
        }
        for (var v = noun - 1; v >= Math.Max(s.First, reachFrom); v--)
        {
            if ((lexicon.AttackVerbs.MatchAt(tokens, v) ?? lexicon.CarryOutVerbs.MatchAt(tokens, v)) is not { } verb || verb.Last >= noun)
            {
                continue;
            }
            // The object in the accusative ("هجوما"، "كمينا") says the verb is a finite verb, not a verbal noun ("نية داعش شن هجوم").
            if (tokens[noun].Text.EndsWith('ا') && IsisRightBefore(report, s, verb.First))
            {
                return true;
            }
            // Before the verb only when the verb says "they" ("نصبوا"): "نية داعش شن هجوم" is an attack intended, its
            // "شن" a verbal noun.
            var from = tokens[verb.Last].Text.EndsWith("وا", StringComparison.Ordinal) ? Math.Max(s.First, verb.First - IsisDoerBeforeVerb) : verb.Last + 1;
            for (var j = from; j < noun; j++)
            {
                if (j >= verb.First && j <= verb.Last)
                {
                    continue;
                }
                if (lexicon.IsisAgent.MatchAt(tokens, j) is not null)
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// "قال المصدر إن تنظيم داعش شن هجوما"، "أن عناصر التنظيم نفذت هجوما": ISIS named right before the verb, as the
    /// topic a nominal sentence opens with, is its doer (asked only when the object is accusative, so a finite verb). Not when the verb is joined by "و" ("هاجمت القوات داعش وشنت
    /// هجوما": ISIS is the object of the verb before) nor when ISIS is the object of a preposition ("على داعش").
    /// </summary>
    private bool IsisRightBefore(ReportText report, Sentence s, int verb)
    {
        var tokens = report.Tokens;
        if (tokens[verb].Text.StartsWith('و') || verb - 1 < s.First)
        {
            return false;
        }
        for (var j = verb - 1; j >= Math.Max(s.First, verb - IsisDoerBeforeVerb); j--)
        {
            if (lexicon.IsisAgent.MatchAt(tokens, j) is { } isis && isis.Last == verb - 1)
            {
                return !lexicon.IsisNameFollowsPreposition(tokens, j, s.First);
            }
        }
        return false;
    }
}
