using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "وباشر الجيش حملة دهم واسعة لمطاردة المهاجمين"، "الشرطة تنفذ عملية تمشيط في موقع الانفجار"،
/// "أطلق الحشد عملية لتعقب خلايا التنظيم في المنطقة": a search of ours told after an attack, whose purpose is to
/// pursue the attack's doers (a verbal noun of pursuit governing them or ISIS) or whose place is the attack's scene by
/// anaphora (the definite "في مكان الحادث"، "في المنطقة"), names no place of its own: it is one more operation, where the
/// attack was, in the province told before it. Its clause names no place; the report told an attack (an ISIS attack
/// or a clash) before it (lexicon pursuitOfAnAttack). It is no lead for the counts told after it (FigurelessLeads):
/// it is the sequel of the attack before it, and a toll told next is another event's or that attack's.
/// </summary>
internal sealed partial class FigurelessOperations
{
    /// <summary>The rule of a search told as the pursuit of an attack's doers or at its scene (<see cref="PursuitOfAnAttack"/>).</summary>
    public const string PursuitRule = "figureless-pursuit";

    /// <summary>The search <see cref="PursuitOfAnAttack"/> reads, in the province told before it, with no place.</summary>
    private OperationDraft PursuitDraft(ReportText report, Sentence clause, Sentence sentence, DateMention? contextDate, string province)
    {
        var draft = new OperationDraft
        {
            Clause = clause,
            Province = province,
            Kind = OperationKind.Search,
            EvidenceStart = report.Tokens[clause.First].Start,
            EvidenceEnd = report.Tokens[clause.Last].End,
            Rule = PursuitRule,
        };
        var date = OperationDates.NearestDate(report, report.DateReadings.MentionsIn(clause), clause.First) ?? OperationDates.NearestDate(report, report.DateReadings.MentionsIn(sentence), clause.First);
        draft.Date = date ?? contextDate;
        draft.DateOwn = date is not null;
        _actors.AddActors(report, clause, draft.Actors);
        return draft;
    }

    /// <summary>Whether a word of the clause may be a pursuit's purpose or scene (a cheap gate: such a clause need name no place).</summary>
    public bool MayTellAPursuit(ReportText report, Sentence clause)
    {
        if (!report.MayHoldList(lexicon.PursuitWordsList, clause))
        {
            // No word of the sentence may read as one of the three (its bit is clear): the walk below would find none.
            return false;
        }
        var tokens = report.Tokens;
        for (var i = clause.First; i <= clause.Last; i++)
        {
            if (tokens[i].ReadsAsOneOf(lexicon.PursuitPurposes) || tokens[i].ReadsAsOneOf(lexicon.PursuitScenes) || tokens[i].ReadsAsOneOf(lexicon.PursuitAreas))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the clause tells a search that pursues the attack told before it (see the class summary): an operation
    /// noun in the singular (operationNouns, campaignNouns read as oneOperation; not "عملية إرهابية"), then within <see cref="AssemblerLimits.PursuitReach"/>
    /// words a verbal noun of pursuit whose object, within as many words, is the attack's doers or an ISIS name, or "في"
    /// with the scene of the incident ("مكان الحادث") or the bare area ("المنطقة") ending the clause or followed by no
    /// other noun; and an ISIS attack or a clash named before the clause in the report, or the incident named with the
    /// article in the clause (<see cref="NamesTheIncident"/>).
    /// </summary>
    private bool PursuitOfAnAttack(ReportText report, Sentence clause)
    {
        var tokens = report.Tokens;
        for (var k = clause.First; k <= clause.Last; k++)
        {
            var noun = lexicon.OperationNouns.MatchAt(tokens, k) ?? lexicon.CampaignNouns.MatchAt(tokens, k);
            // One operation, its noun singular (a plural, "تواصل القوات عمليات التفتيش وملاحقة الفلول", tells a trend).
            if (noun is null || !tokens[k].ReadsAsOneOf(lexicon.OneOperationNouns) || (noun.Last < clause.Last && tokens[noun.Last + 1].ReadsAsOneOf(lexicon.OperationsNotOurs)))
            {
                continue;
            }
            if (PursuesOrAtTheScene(report, clause, noun.Last + 1) && (AttackToldBefore(report, clause.First) || NamesTheIncident(report, clause)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A purpose of pursuit with its object, or the scene, within <see cref="AssemblerLimits.PursuitReach"/> words from <paramref name="from"/>.</summary>
    private bool PursuesOrAtTheScene(ReportText report, Sentence clause, int from)
    {
        var tokens = report.Tokens;
        foreach (var j in WordsWithinReach(report, clause, from))
        {
            if (tokens[j].ReadsAsOneOf(lexicon.PursuitPurposes) && PursuedAfter(report, clause, j + 1))
            {
                return true;
            }
            if (tokens[j].Text == Text.Particles.Fi && j + 1 <= clause.Last
                && ((tokens[j + 1].ReadsAsOneOf(lexicon.PursuitScenes) && j + 2 <= clause.Last && tokens[j + 2].ReadsAsOneOfBareOrDefinite(lexicon.PursuitIncidents))
                    || (tokens[j + 1].Text is var area && lexicon.PursuitAreas.Contains(area) && (j + 2 > clause.Last || !tokens[j + 2].IsWord))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The attack's doers or an ISIS name within <see cref="AssemblerLimits.PursuitReach"/> words from <paramref name="from"/> ("عن" of "بحثا عن" passed over).</summary>
    private bool PursuedAfter(ReportText report, Sentence clause, int from)
    {
        var tokens = report.Tokens;
        foreach (var j in WordsWithinReach(report, clause, from))
        {
            if (tokens[j].ReadsAsOneOfBareOrDefinite(lexicon.PursuedDoers) || lexicon.IsisAgent.MatchAt(tokens, j) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the clause names the incident with the article ("منفذي الهجوم"، "مكان الحادث"): the article points back at
    /// an attack the report told, whatever words told it ("اقتحموا منزلا ... وفتحوا النار").
    /// </summary>
    private bool NamesTheIncident(ReportText report, Sentence clause)
    {
        var tokens = report.Tokens;
        for (var i = clause.First; i <= clause.Last; i++)
        {
            if (tokens[i].IsWord && tokens[i].ReadingsKeepingArticle.AnyIn(lexicon.PursuitIncidents))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a word of an ISIS attack or of a clash (lexicon kinds) stands in the report before token <paramref name="before"/>.</summary>
    private bool AttackToldBefore(ReportText report, int before)
    {
        var tokens = report.Tokens;
        for (var i = 0; i < before; i++)
        {
            if (lexicon.Kinds.MatchAt(tokens, i) is { Value: OperationKind.IsisAttack or OperationKind.Clash })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The words of <paramref name="clause"/> from <paramref name="from"/> on, at most <see cref="AssemblerLimits.PursuitReach"/> of them (marks between them not counted).</summary>
    private static IEnumerable<int> WordsWithinReach(ReportText report, Sentence clause, int from)
    {
        var words = 0;
        for (var j = from; j <= clause.Last && words < AssemblerLimits.PursuitReach; j++)
        {
            if (report.Tokens[j].IsWord)
            {
                words++;
                yield return j;
            }
        }
    }
}
