using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The operations a clause tells without figures: a strong cue of their kind, a launch, an operation carried out, a
/// place taken, ISIS's deed, a joint toll or the pursuit of an attack, at a named place (see <see cref="Read"/>). Holds
/// only the lexicon, the gazetteer and the stateless readers of when, where, what kind and by whom: safe to share.
/// </summary>
internal sealed partial class FigurelessOperations(ExtractionLexicon lexicon, Gazetteer gazetteer, OperationKinds kinds, OperationActors actors, OperationPlaces places)
{
    // The readers of what kind, by whom and where are OperationDescriber's too: built once, by SentenceReader.
    private readonly OperationKinds _kinds = kinds;
    private readonly OperationActors _actors = actors;
    private readonly OperationPlaces _places = places;

    /// <summary>
    /// An operation told without figures ("وشن داعش هذا الأسبوع هجمات بين نفطخانة وجلولاء في ديالى، والحويجة في
    /// كركوك", "خلال تفتيش قرية البو حمدان في قضاء الرياض"): a strong cue of its kind and a named town, village, mountain
    /// or district, one operation per province. Trends named only by province are not operations.
    /// </summary>
    public IEnumerable<OperationDraft> Read(ReportText report, Sentence clause, Sentence sentence, DateMention? contextDate)
    {
        // Most clauses name no kind at all: the report's per-token memo says so without a cue list.
        var hasKind = report.Has(lexicon.Kinds, clause);
        if (!hasKind && !report.Has(lexicon.OperationLaunches, clause) && !report.Has(lexicon.Liberations, clause) && !report.Has(lexicon.TakenControl, clause)
            && !report.Has(lexicon.OperationCarriedOut, clause) && !MayTellADeed(report, clause))
        {
            yield break;
        }
        var allCues = hasKind ? _kinds.KindCues(report, clause) : [];
        var cues = allCues.Where(c => !c.Weak && c.Kind != OperationKind.Arrest).ToList();
        var launched = false;
        // "أوقع التفجير عشرات القتلى والجرحى بمحافظة بابل": an event named (a weak noun will do) with a joint toll.
        var byJoint = false;
        var joint = hasKind && !report.Layout.OpensAsBackground(sentence) && !report.Has(lexicon.MultipleEvents, clause) && TellsAJointToll(report, clause);
        if (joint && cues.Count == 0 && allCues.FirstOrDefault(c => c.Kind != OperationKind.Arrest).Kind is var jointKind && jointKind != OperationKind.Other)
        {
            cues.Add((jointKind, false));
            byJoint = true;
        }
        // An operation launched or carried out is one event, told as such (ProvinceOfAnEvent).
        (int Verb, int Noun)? begun = null;
        if (cues.Count == 0 && LaunchesAnOperation(report, clause) is { } launch && !report.Layout.OpensAsBackground(sentence))
        {
            cues.Add((OperationKind.Search, false));
            launched = true;
            begun = launch;
        }
        else if (cues.Count == 0 && CarriesOutAnOperation(report, clause) is { } done && !report.Layout.OpensAsBackground(sentence))
        {
            cues.Add((OperationKind.Search, false));
            launched = true;
            begun = done;
        }
        else if (cues.Count == 0 && LiberatesATown(report, clause) && !report.Layout.OpensAsBackground(sentence))
        {
            cues.Add((OperationKind.Clash, false));
            launched = true;
        }
        // Only the places after the word of a place taken are where it happened ("بالتزامن مع تطهير أحياء هيت ...
        // نجحت القطعات في قاطع سامراء من تحرير جزيرة سامراء").
        var takenFrom = -1;
        if (cues.Count == 0 && TakesAPlace(report, clause) is { } taken && !report.Layout.OpensAsBackground(sentence))
        {
            cues.Add((OperationKind.Clash, false));
            launched = true;
            takenFrom = taken;
        }
        // "وحررت القوات الأمنية حي الضباط": a force taking a place by a finite verb, only the places after the verb.
        if (cues.Count == 0 && ForcesTakeAPlace(report, clause) is { } takes && !report.Layout.OpensAsBackground(sentence))
        {
            cues.Add((OperationKind.Clash, false));
            launched = true;
            takenFrom = takes;
        }
        // "أحرق عناصر التنظيم مزارع الحنطة في قرية ...": ISIS's deed on people or property is its attack (IsisHarmDeed).
        var byDeed = false;
        if (cues.Count == 0 && !report.Layout.OpensAsBackground(sentence) && IsisHarmDeed(report, clause) is not null)
        {
            cues.Add((OperationKind.IsisAttack, false));
            byDeed = true;
        }
        // "ويشهد القضاء هجمات يومية"، "لا تزال القوات تطارد": events told as a habit or a lasting state are a trend or
        // the news's background, not an operation (lexicon habitualCues), as those told in the future are none.
        if (cues.Count == 0 || BystanderNames.NamesAForeignScope(report, lexicon, clause) || report.Has(lexicon.FutureCues, clause) || report.Has(lexicon.HabitualCues, clause)
            || (report.Layout.OpensAsBackground(sentence) && !OperationDates.NamesTheNewsDay(report, sentence)))
        {
            yield break;
        }
        var kind = cues[0].Kind;
        // A joint toll's attacker may be named in the sentence's other clause ("كشف التنظيم ... أن الكمين أسفر عن").
        if (kind == OperationKind.IsisAttack && !report.Has(lexicon.IsisAgent, clause) && !_kinds.SuicideBomberIn(report, clause))
        {
            if (!joint || !report.Has(lexicon.IsisAgent, sentence))
            {
                yield break;
            }
            byJoint = true;
        }
        if (report.Published is { } pub && report.DateReadings.MentionsIn(clause).Any(m => m.Date is { } d && d.Year < pub.Year - HistoryYears)
            && !report.DateReadings.MentionsIn(clause).Any(m => m.Date is { } d && d.Year >= pub.Year - HistoryYears))
        {
            // History: "سيطر التنظيم عام 2014".
            yield break;
        }
        var places = report.PlaceReadings.PlacesIn(clause).Where(p => !report.PlaceDirections.IsDirectionOnly(p)).ToList();
        if (takenFrom >= 0)
        {
            var to = report.Tokens[Math.Min(clause.Last, takenFrom + TakenPlaceReach)].End;
            places = places.Where(p => p.Start >= report.Tokens[takenFrom].End && p.End <= to).ToList();
        }
        // "في صحراء كربلاء الغربية": a province's desert, mountains or valley is a place as named as a town.
        // A joint toll counts the victims of one event: the province it names is where that event was, not a trend's scope.
        var specific = places.Where(p => p.Entry.Type != PlaceType.Province || report.PlaceRoles.AfterPlaceNoun(p)).ToList();
        if (specific.Count == 0 && joint)
        {
            specific = places;
            byJoint = true;
        }
        // "أعلنت القيادة اليوم انطلاق عملية لملاحقة الخلايا في محافظة ديالى"، "ذكر ضابط في نينوى قيام قواته بتنفيذ
        // عملية في قرى المحافظة": an operation launched or carried out is one event, not a trend, and the
        // province its clause names is where it was, though no town is named (ProvinceOfAnEvent).
        var byProvinceOnly = false;
        if (specific.Count == 0 && (begun is { } words && IsOneOperationAsserted(report, words.Verb, words.Noun) ? words.Verb
                : begun is null && kind == OperationKind.Clash ? ClashWithIsis(report, sentence, clause) : null) is { } eventWord)
        {
            specific = ProvinceOfAnEvent(report, clause, places, eventWord);
            byProvinceOnly = specific.Count > 0;
        }
        var byCommand = false;
        if (specific.Count == 0 && kind is OperationKind.Search or OperationKind.Raid && !report.Layout.OpensAsBackground(sentence))
        {
            // "فتشت سرية من قيادة عمليات الأنبار مناطق البو خليل": a search by a province's command, in
            // villages the gazetteer lacks, is a search in that province.
            specific = places.Where(report.PlaceRoles.IsActingCommand).ToList();
            byCommand = true;
        }
        // "وباشر الجيش حملة دهم لمطاردة المهاجمين": a search told as the pursuit of the attack told before it,
        // or at its scene, names no place: it lies in the province told before it (PursuitOfAnAttack).
        if (specific.Count == 0 && places.Count == 0 && kind == OperationKind.Search && PursuitOfAnAttack(report, clause)
            && _places.InheritedProvince(report, sentence, out _) is { } pursued)
        {
            yield return PursuitDraft(report, clause, sentence, contextDate, pursued);
            yield break;
        }
        if (specific.Count == 0)
        {
            yield break;
        }
        var named = places.Where(p => p.Entry.Type == PlaceType.Province).Select(p => p.Entry.ProvinceCode!).Distinct().ToList();
        var byProvince = specific
            .Select(p => (Place: p, Province: report.PlaceReadings.ProvinceOf(p) ?? gazetteer.ResolveProvince(p.Entry, named)))
            .Where(x => x.Province is not null)
            .GroupBy(x => x.Province!);
        foreach (var group in byProvince)
        {
            var first = group.First().Place;
            var draft = new OperationDraft
            {
                Clause = clause,
                Province = group.Key,
                ProvinceOwn = true,
                // A command's province is no place: the villages searched are the ones the gazetteer lacks.
                Place = byCommand || byProvinceOnly ? null : OperationPlaces.PlaceText(report, first),
                ByProvinceOnly = byProvinceOnly,
                Kind = kind,
                EvidenceStart = report.Tokens[clause.First].Start,
                EvidenceEnd = report.Tokens[clause.Last].End,
                Rule = byCommand ? CommandRule : launched ? LaunchRule : byJoint ? JointTollRule : byDeed ? IsisDeedRule : "figureless-" + ExtractionJson.Name(kind),
            };
            var date = OperationDates.NearestDate(report, report.DateReadings.MentionsIn(clause), clause.First) ?? OperationDates.NearestDate(report, report.DateReadings.MentionsIn(sentence), clause.First);
            draft.Date = date ?? contextDate;
            draft.DateOwn = date is not null;
            _actors.AddActors(report, clause, draft.Actors);
            yield return draft;
        }
    }

    /// <summary>
    /// "ذكر الجهاز أن قوته خاضت اشتباكات مع مسلحي داعش داخل محافظة ديالى"، "تمكنت الوكالة من الاشتباك مع المجموعة
    /// الإرهابية": a clash noun whose other side, right after "مع" (lexicon partnerWith), is ISIS (within
    /// <see cref="AssemblerLimits.ClashPartnerReach"/> words) tells one clash of the forces with ISIS, an event, which the
    /// province its clause names places as a launch's does. Not in a sentence that counted people: its figures, kept or
    /// taken out, tell that clash.
    /// </summary>
    private int? ClashWithIsis(ReportText report, Sentence sentence, Sentence clause)
    {
        if (report.CountsSomething[sentence.Index])
        {
            return null;
        }
        var tokens = report.Tokens;
        for (var i = clause.First; i < clause.Last; i++)
        {
            if (lexicon.Kinds.MatchAt(tokens, i) is not { Value: OperationKind.Clash } cue || cue.Last >= clause.Last
                || !tokens[cue.Last + 1].IsWord || !lexicon.PartnerWith.Contains(tokens[cue.Last + 1].Text))
            {
                continue;
            }
            if (lexicon.IsisAgent.AnyIn(tokens, cue.Last + 2, Math.Min(clause.Last, cue.Last + 1 + ClashPartnerReach)))
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the launch or deed at <paramref name="verb"/> asserts one operation (lexicon provinceOfAnEvent): its noun
    /// at <paramref name="noun"/> is singular ("عملية"، "حملة"; a plural, "نفذ عمليات في مناطق كثيرة من المحافظة", sums
    /// up many), and the verb is no relative clause's ("العملية التي انطلقت فجر اليوم انتهت بـ": a relative clause
    /// describes an operation the sentence tells of, it does not tell a new one).
    /// </summary>
    private bool IsOneOperationAsserted(ReportText report, int verb, int noun)
    {
        var tokens = report.Tokens;
        return tokens[noun].ReadsAsOneOf(lexicon.OneOperationNouns) && !(verb > 0 && tokens[verb - 1].IsWord && lexicon.EventRelatives.Contains(tokens[verb - 1].Text));
    }

    /// <summary>
    /// The provinces a clause telling an operation launched or carried out names as such, to place it when it names no
    /// town: not a bare direction from a capital (already left out), not the command or partner command that acted (a
    /// force's name, placed by <see cref="CommandRule"/> as before), and only one province: a launch over two or more
    /// provinces has no single one. The province must be named after the word of the event at
    /// <paramref name="eventWord"/>, or referred back to there by the province noun ("بتنفيذ عملية في قرى المحافظة"):
    /// one named only before it belongs to the part of the sentence that says who tells it ("أعلنت القيادة في بغداد
    /// انطلاق عملية": where the command sits, not where the operation was).
    /// </summary>
    private List<PlaceMention> ProvinceOfAnEvent(ReportText report, Sentence clause, List<PlaceMention> places, int eventWord)
    {
        var provinces = places.Where(p => p.Entry.Type == PlaceType.Province && !report.PlaceRoles.IsActingCommand(p) && !report.PlaceRoles.IsPartnerCommand(p)).ToList();
        if (provinces.Select(p => p.Entry.ProvinceCode).Distinct().Count() != 1)
        {
            return [];
        }
        var tokens = report.Tokens;
        if (provinces.Any(p => report.TokenAt(p.Start) > eventWord))
        {
            return provinces;
        }
        for (var j = eventWord + 1; j <= clause.Last; j++)
        {
            if (tokens[j].IsWord && tokens[j].ReadsAsOneOf(lexicon.ProvinceNoun))
            {
                return provinces;
            }
        }
        return [];
    }

    /// <summary>
    /// The rule of a search placed only by the command or sector of the force that made it (<see cref="PlaceRoles.IsActingCommand"/>).
    /// </summary>
    public const string CommandRule = "figureless-command";

    /// <summary>The rule of an operation told by its launch alone (<see cref="LaunchesAnOperation"/>).</summary>
    public const string LaunchRule = "figureless-launch";

    /// <summary>
    /// "انطلقت عمليات عسكرية واسعة في ناحية جرف الصخر"، "كشفت الشرطة انطلاق حملة أمنية في الحويجة": a launch word
    /// (lexicon operationLaunches) with the operation or campaign it launches near it tells an operation begun, a
    /// search, though the clause names no kind cue of its own. An operations command ("قيادة عمليات الجزيرة") is no
    /// operation, and "منذ انطلاق العمليات" names a period, not a launch.
    /// </summary>
    private (int Verb, int Noun)? LaunchesAnOperation(ReportText report, Sentence clause)
    {
        var tokens = report.Tokens;
        for (var i = clause.First; i <= clause.Last; i++)
        {
            if (lexicon.OperationLaunches.MatchAt(tokens, i) is not { } launch || (i > clause.First && lexicon.LaunchesNotAfter.Contains(tokens[i - 1].Text)))
            {
                continue;
            }
            var from = Math.Max(clause.First, i - LaunchedNounReachBefore);
            var to = Math.Min(clause.Last, launch.Last + LaunchedNounReachAfter);
            for (var j = from; j <= to; j++)
            {
                if (j >= i && j <= launch.Last)
                {
                    continue;
                }
                var noun = lexicon.OperationNouns.MatchAt(tokens, j) ?? lexicon.CampaignNouns.MatchAt(tokens, j);
                if (noun is not null && !(j > clause.First && lexicon.OperationsCommandPrefix.MatchAt(tokens, j - 1) is { } cmd && cmd.Last >= j))
                {
                    return (i, j);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// "أعلنت القوات تحرير قرية الزهيرات شرقي تكريت من سيطرة داعش": a word of liberation (lexicon
    /// operationLaunches.liberations) with "من سيطرة"/"من قبضة" at most <see cref="LiberatedFromReach"/> words after it
    /// and the town named between them tells a town taken back, a clash there ("حررت مناطق من قبضة التنظيم في مخمور"
    /// names no town liberated); not after "منذ"، "مع"، "عند" (a time, not the event).
    /// </summary>
    private bool LiberatesATown(ReportText report, Sentence clause)
    {
        var tokens = report.Tokens;
        for (var i = clause.First; i <= clause.Last; i++)
        {
            if (lexicon.Liberations.MatchAt(tokens, i) is not { } word || (i > clause.First && lexicon.LaunchesNotAfter.Contains(tokens[i - 1].Text)))
            {
                continue;
            }
            for (var j = word.Last + 1; j <= Math.Min(clause.Last, word.Last + LiberatedFromReach); j++)
            {
                if (lexicon.LiberatedFrom.MatchAt(tokens, j) is not null)
                {
                    // The town liberated stands between ("حررت مناطق من قبضة التنظيم في مخمور" names none).
                    var from = tokens[word.Last].End;
                    var to = tokens[j].Start;
                    return report.PlaceReadings.PlacesIn(clause).Any(p => p.Start >= from && p.End <= to && !report.PlaceDirections.IsDirectionOnly(p));
                }
            }
        }
        return false;
    }

    /// <summary>
    /// "تمكنت قطعات الفرقة الخامسة من تحرير ناحية البغدادي"، "نجحت القطعات ... من السيطرة على جسر القرية (20 كلم
    /// شرق بعقوبة)": a verb of managing (lexicon operationLaunches.accomplishedBy) at most
    /// <see cref="AccomplishedVerbReach"/> words before "من"/"في" and a word of liberation or of taking control tells a
    /// place taken, done, as "من سيطرة داعش" tells it for <see cref="LiberatesATown"/>; a place must be named within
    /// <see cref="TakenPlaceReach"/> words after the word. Not when ISIS is the verb's subject, named within
    /// <see cref="TakerSubjectReach"/> words after it ("تمكن التنظيم من السيطرة على": ISIS took the place; "نجحت القطعات
    /// في هجومها على مواقع عصابات داعش شمالي المدينة من السيطرة على" names it later, as the enemy), nor after
    /// "منذ"، "مع"، "عند", nor when what was controlled is no place ("السيطرة على الوضع في القضاء", lexicon
    /// operationLaunches.notTaken). Returns the last token of the word, or null.
    /// </summary>
    private int? TakesAPlace(ReportText report, Sentence clause)
    {
        var tokens = report.Tokens;
        for (var i = clause.First + 2; i <= clause.Last; i++)
        {
            if ((lexicon.Liberations.MatchAt(tokens, i) ?? lexicon.TakenControl.MatchAt(tokens, i)) is not { } word
                || tokens[i - 1].Text is not (Text.Particles.Min or Text.Particles.Fi)
                || (word.Last < clause.Last && tokens[word.Last + 1].Readings.AnyIn(lexicon.NotTaken)))
            {
                continue;
            }
            var verb = -1;
            for (var j = i - 2; j >= Math.Max(clause.First, i - 1 - AccomplishedVerbReach) && verb < 0; j--)
            {
                if (lexicon.AccomplishedBy.MatchAt(tokens, j) is not null)
                {
                    verb = j;
                }
            }
            if (verb < 0 || (verb > clause.First && lexicon.LaunchesNotAfter.Contains(tokens[verb - 1].Text)))
            {
                continue;
            }
            var isisBetween = lexicon.IsisAgent.AnyIn(tokens, verb + 1, Math.Min(i - 1, verb + 1 + TakerSubjectReach) - 1);
            var from = tokens[word.Last].End;
            var to = tokens[Math.Min(clause.Last, word.Last + TakenPlaceReach)].End;
            if (!isisBetween && NamesAPlaceWithin(report, clause, from, to))
            {
                return word.Last;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the clause names a place, not a bare direction, that lies within the characters
    /// <paramref name="from"/>..<paramref name="to"/>. A method of its own: as a query inside the callers' loops its
    /// closure was made at every token they walk.
    /// </summary>
    private static bool NamesAPlaceWithin(ReportText report, Sentence clause, int from, int to)
    {
        foreach (var p in report.PlaceReadings.PlacesIn(clause))
        {
            if (p.Start >= from && p.End <= to && !report.PlaceDirections.IsDirectionOnly(p))
            {
                return true;
            }
        }
        return false;
    }
}
