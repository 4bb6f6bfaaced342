using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// Whose attack it is. The people an attack hit are victims of ISIS only where words say whose attack it was, never by
/// default: a car bomb in a market that the text blames on nobody ("مفخخة في سوق الخضار ... ولم تتبن جهة
/// التفجير"), an explosion of unknown cause ("بانفجار داخل مخزن"), the people an air strike killed, are no ISIS
/// attack's victims. The evidence, read in this order (lexicon attackAttribution):
/// <list type="number">
/// <item>the clause that counts them names the attacker as ISIS or terrorists (attributors), unless the clause tells
/// an air strike, whose dead the strike's target does not make ours;</item>
/// <item>a sentence next to it tells the same attack and names ISIS: the later of the two refers to the attack by a
/// definite noun ("وأدى الهجوم"، "والتفجير ... تبنته داعش");</item>
/// <item>the headline or lead frames the report's attacks as ISIS's or terrorists' ("هجمات لداعش في ديالى");</item>
/// <item>the attack hit our forces (a victim of ours, or a force named as its target) with a means of attack: an IED
/// against the forces hunting ISIS is ISIS's unless the text names another doer ("على يد عصابة") or tells a
/// bare explosion with no means of attack ("انفجار في مخزن للعتاد").</item>
/// </list>
/// A sentence saying nobody claimed the attack is no evidence, whatever it goes on to guess. Victims left without
/// evidence leave their operation and join <see cref="ReportText.UnattributedVictims"/>, so that a headline's telling
/// of them goes too (<see cref="UnattributedRepetitionRemoval"/>); a headline's telling of victims an attributed
/// telling counts again stays.
/// </summary>
internal sealed class AttackAttribution(ExtractionLexicon lexicon) : IDraftPass
{
    /// <summary>"مقتل 6 شرطة محليين بهجوم": the counted noun, an adjective or two, then the attack that hit them.</summary>
    private const int OwnAttackWindow = 3;

    /// <summary>"بهجوم نفذه "التنظيم""، "في هجوم لعناصر داعش": the attack noun, a verb of doing or a preposition, quotes, then the doer.</summary>
    private const int OwnAttackDoerWindow = 3;

    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        var unattributed = new List<(OperationDraft Draft, List<Figure> Victims)>();
        var attributed = new List<Figure>();
        foreach (var d in drafts.Where(d => !d.Dropped && d.Kind == OperationKind.IsisAttack))
        {
            var victims = d.Figures.Where(f => f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis).ToList();
            if (victims.Count == 0)
            {
                continue;
            }
            // "ارتفعت حصيلة ضحايا التفجير إلى 13 قتيلا": a risen toll of victims counted before is the same attack's,
            // whose evidence was read where its first toll was.
            if (Attributed(report, d, victims) || ClaimedAfterwards(report, d, victims, drafts)
                || (victims.TrueForAll(v => v.Correction) && attributed.Exists(a => victims.Exists(v => v.SameMeasure(a)))))
            {
                attributed.AddRange(victims);
            }
            else
            {
                unattributed.Add((d, victims));
            }
        }
        foreach (var (d, victims) in unattributed)
        {
            // "مقتل ثمانية مدنيين في ديالى" above "قتل مسلحون من داعش ثمانية مدنيين": the head tells again the victims
            // an attributed telling counts.
            if (d.Clause.Index <= report.Layout.HeadLast && victims.All(v => attributed.Any(a => a.Category == v.Category && a.Count == v.Count)))
            {
                continue;
            }
            DraftPass.Unattribute(report, d, victims);
        }
        return DraftPass.Standing(drafts);
    }

    private bool Attributed(ReportText report, OperationDraft d, List<Figure> victims)
    {
        var sentences = victims.Select(v => v.Sentence).Append(d.Clause.Index).Distinct().ToList();
        var clauses = victims.Select(v => report.ClausesOf(report.Sentences[v.Sentence]).FirstOrDefault(c => c.Contains(v.First)))
            .OfType<Sentence>().Append(d.Clause).ToList();
        if (OwnAttackNamesIsis(report, victims))
        {
            // "ثأرا لمقتل 4 رعاة بهجوم نفذه التنظيم" after "وجاء القصف": the attack that counts them is
            // named with its doer right after them; a strike told elsewhere in the sentence is another event.
            return true;
        }
        if (LostDuringTheirOperation(report, victims, clauses))
        {
            d.Kind = OperationKind.Clash;
            return true;
        }
        if (clauses.Any(c => report.Has(lexicon.StrikeNouns, c)))
        {
            // "مقتل تسعة أشخاص بغارة على قرية": an air strike's dead are nobody's victims of ISIS.
            return false;
        }
        // "قتل ثلاثة عمال بعبوة زرعها داعش، فيما لا يزال اثنان آخران يتلقيان العلاج": a clause that tells no attack of its
        // own counts more people of its sentence's attack, whose words say whose it was.
        if (clauses.Select(c => TellsAnAttack(report, c) ? c : report.Sentences[c.Index])
            .Any(c => report.Has(lexicon.AttackAttributors, c) && !report.Has(lexicon.NoClaimCues, report.Sentences[c.Index]) && !NamesIsisOnlyAsTarget(report, c)))
        {
            return true;
        }
        if (sentences.Any(i => NeighbourTellsItAsIsiss(report, i)) || HeadFramesIsisAttacks(report, sentences))
        {
            return true;
        }
        return HitOurForces(report, victims, clauses, sentences);
    }

    /// <summary>
    /// "... بانفجار سيارة مفخخة في سوق" ... "وتبنى تنظيم داعش الهجوم في بيان": ISIS (lexicon attackAttribution.attributors)
    /// claims (lexicon claimVerbs) an attack it refers to by a definite noun (lexicon eventReferences) in a sentence
    /// within <see cref="AssemblerLimits.ClaimReach"/> after the victims' own, and no other attack's victims are counted
    /// between: the claimed attack is theirs, and ISIS its doer. Wire copy tells the claim last.
    /// </summary>
    private bool ClaimedAfterwards(ReportText report, OperationDraft d, List<Figure> victims, IReadOnlyList<OperationDraft> drafts)
    {
        var from = victims.Max(v => v.Sentence) + 1;
        for (var k = from; k < report.Sentences.Count && k < from + AssemblerLimits.ClaimReach; k++)
        {
            if (drafts.Any(o => o != d && !o.Dropped && o.Clause.Index == k && o.Figures.Any(f => f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis)))
            {
                return false;
            }
            var sentence = report.Sentences[k];
            if (report.Has(lexicon.ClaimVerbs, sentence) && report.Has(lexicon.AttackAttributors, sentence) && report.Has(lexicon.EventReferences, sentence)
                && !report.Has(lexicon.NoClaimCues, sentence))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "لمقتل 4 رعاة بهجوم نفذه التنظيم"، "سقطوا في هجوم للدواعش": an attack noun (lexicon attackNouns) within
    /// <see cref="OwnAttackWindow"/> tokens after the counted people, and ISIS or terrorists within
    /// <see cref="OwnAttackDoerWindow"/> tokens after it: the victims' own attack is told with its doer.
    /// </summary>
    private bool OwnAttackNamesIsis(ReportText report, List<Figure> victims)
    {
        var tokens = report.Tokens;
        foreach (var v in victims)
        {
            var s = report.Sentences[v.Sentence];
            for (var j = v.Last + 1; j <= Math.Min(s.Last, v.Last + OwnAttackWindow); j++)
            {
                if (lexicon.AttackNouns.MatchAt(tokens, j) is not { } attack)
                {
                    continue;
                }
                for (var k = attack.Last + 1; k <= Math.Min(s.Last, attack.Last + OwnAttackDoerWindow); k++)
                {
                    if (lexicon.AttackAttributors.MatchAt(tokens, k) is not null)
                    {
                        return true;
                    }
                }
                break;
            }
        }
        return false;
    }

    /// <summary>
    /// "وجرح اثنان من المغاوير خلال الإنزال": our forces hit during (lexicon attackAttribution.during) the air strike
    /// or raid the clause names are the losses of the force that carried it out, in a clash, not the strike's dead;
    /// only when every victim is of our forces and every strike noun of the clauses stands right after such a word
    /// (then the caller makes the draft a clash).
    /// </summary>
    private bool LostDuringTheirOperation(ReportText report, List<Figure> victims, List<Sentence> clauses)
    {
        if (!victims.All(v => v.Side == CasualtySide.Security))
        {
            return false;
        }
        var tokens = report.Tokens;
        var strikes = 0;
        foreach (var c in clauses.Distinct())
        {
            for (var j = c.First; j <= c.Last; j++)
            {
                if (lexicon.StrikeNouns.MatchAt(tokens, j) is null)
                {
                    continue;
                }
                if (j - 1 < c.First || !tokens[j - 1].ReadsAsOneOf(lexicon.DuringWords))
                {
                    return false;
                }
                strikes++;
            }
        }
        return strikes > 0;
    }

    /// <summary>
    /// How many words after a verb of targeting its object may name ISIS: the places or people hit, a day between
    /// ("استهدفت صباحا مقرات لعناصر «داعش»", quotation marks count as words).
    /// </summary>
    private const int TargetObjectReach = 7;

    /// <summary>
    /// "سقط تسعة مدنيين بقذائف استهدفت أوكارا للتنظيم": every ISIS or terrorist name of the clause stands
    /// within <see cref="TargetObjectReach"/> words after a verb of targeting (lexicon targetingVerbs), as its object:
    /// ISIS is what the attack hit, not who did it, so the clause says nothing of whose attack killed the people counted.
    /// </summary>
    private bool NamesIsisOnlyAsTarget(ReportText report, Sentence clause)
    {
        var tokens = report.Tokens;
        var target = -1;
        var named = false;
        for (var j = clause.First; j <= clause.Last; j++)
        {
            if (lexicon.TargetingVerbs.MatchAt(tokens, j) is { } verb)
            {
                target = verb.Last;
                continue;
            }
            if (lexicon.AttackAttributors.MatchAt(tokens, j) is not { } name)
            {
                continue;
            }
            if (target < 0 || j - target > TargetObjectReach)
            {
                return false;
            }
            named = true;
            j = name.Last;
        }
        return named;
    }

    /// <summary>The clause names an attack or an explosion of its own ("بينما أصيب أربعة بتفجير ثان").</summary>
    private bool TellsAnAttack(ReportText report, Sentence clause) =>
        report.Has(lexicon.AttackMeans, clause) || report.Has(lexicon.ExplosionWords, clause) || report.Has(lexicon.EventReferences, clause)
        || report.Has(lexicon.AttackNouns, clause) || report.Has(lexicon.StrikeNouns, clause);

    /// <summary>A sentence that names ISIS or terrorists as attackers and does not say that nobody claimed the attack.</summary>
    private bool Evidence(ReportText report, Sentence s) =>
        report.Has(lexicon.AttackAttributors, s) && !report.Has(lexicon.NoClaimCues, s);

    /// <summary>
    /// "وأدى الهجوم إلى مقتل خمسة مزارعين" after a sentence that tells ISIS's attack, or "والتفجير ... تبنته داعش"
    /// after the sentence that counts its dead: the neighbour tells the same attack, which the later sentence
    /// refers to by a definite noun (lexicon eventReferences, attackAttribution.references), and names ISIS. So does
    /// an attack told as like the one before it ("وكان هجوم مشابه قد أودى بحياة ثلاثة"). The sentence may stand further
    /// off in the same paragraph, unless all it says of ISIS is its claim of one attack.
    /// </summary>
    private bool NeighbourTellsItAsIsiss(ReportText report, int index)
    {
        var paragraph = report.Sentences[index].Paragraph;
        for (var j = 0; j < report.Sentences.Count; j++)
        {
            var near = Math.Abs(j - index) <= AttributionNeighbours;
            if (j == index || (!near && report.Sentences[j].Paragraph != paragraph) || !Evidence(report, report.Sentences[j]))
            {
                continue;
            }
            if (!near && report.Has(lexicon.ClaimMarkers, report.Sentences[j]) && !report.Has(lexicon.PluralAttackNouns, report.Sentences[j]))
            {
                // Further off in the paragraph, a claim of one attack names the doer of that one only.
                continue;
            }
            var later = report.Sentences[Math.Max(j, index)];
            if (report.Has(lexicon.EventReferences, later) || report.Has(lexicon.AttackReferences, later))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A headline or lead, other than the sentences that count the victims, that names ISIS or terrorists and an
    /// attack or a clash ("هجمات لداعش في ديالى"، "الإرهابيون يضربون قرى كركوك"، "قتلى للجيش في اشتباك مع
    /// التنظيم"), or lays the killings at ISIS's door ("وتتهم المصادر داعش"): it frames the
    /// attacks the report goes on to tell, unless all it says of ISIS is its claim of one attack.
    /// </summary>
    private bool HeadFramesIsisAttacks(ReportText report, List<int> victimSentences)
    {
        for (var i = 0; i <= report.Layout.HeadLast && i < report.Sentences.Count; i++)
        {
            var s = report.Sentences[i];
            if (victimSentences.Contains(i) || !Evidence(report, s))
            {
                continue;
            }
            var plural = report.Has(lexicon.PluralAttackNouns, s);
            if (report.Has(lexicon.ClaimMarkers, s) && !plural)
            {
                // "أعلن داعش مسؤوليته عن تفجير السوق": a claim of one attack names the doer
                // of that one, and of no other the report tells.
                continue;
            }
            if (plural || report.Has(lexicon.BlameWords, s) || report.Has(lexicon.AttackNouns, s) || report.Has(lexicon.EventReferences, s) || report.Has(lexicon.AttackMeans, s)
                || report.Values(lexicon.Kinds, s).Any(k => k is OperationKind.IsisAttack or OperationKind.Clash))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "مقتل جندي بعبوة"، "عبوة استهدفت رتلا للجيش وقتلت راعيا": the attack hit our forces (a victim of ours, or a
    /// force its clause names), by a means of attack. Not when its sentence tells only an explosion ("بانفجار في
    /// مخزن للعتاد") or names another doer ("على يد عصابة").
    /// </summary>
    private bool HitOurForces(ReportText report, List<Figure> victims, List<Sentence> clauses, List<int> sentences)
    {
        if (!victims.Any(v => v.Side == CasualtySide.Security) && !clauses.Any(c => report.Has(lexicon.SecurityOrgs, c)))
        {
            return false;
        }
        foreach (var s in sentences.Select(i => report.Sentences[i]))
        {
            if (TellsAnExplosion(report, s) && !report.Has(lexicon.AttackMeans, s))
            {
                return false;
            }
            if (NamesAnotherDoer(report, s))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "بانفجار في مخزن للعتاد": the sentence tells an explosion of its own. "الانفجار" with the article refers to one
    /// told before, with its means ("انفجرت عبوة على رتل", then "وقال إن الانفجار أودى بحياة جنديين").
    /// </summary>
    private bool TellsAnExplosion(ReportText report, Sentence s)
    {
        for (var j = s.First; j <= s.Last; j++)
        {
            if (lexicon.ExplosionWords.MatchAt(report.Tokens, j) is not null && !Article.IsCarriedBy(report.Tokens[j].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "قتل شرطيان على يد عصابة مسلحة": the sentence names a doer that is not ISIS (lexicon attackAttribution.otherDoers)
    /// and names no ISIS nor terrorists.
    /// </summary>
    private bool NamesAnotherDoer(ReportText report, Sentence s) =>
        report.Has(lexicon.OtherDoers, s) && !report.Has(lexicon.AttackAttributors, s);
}
