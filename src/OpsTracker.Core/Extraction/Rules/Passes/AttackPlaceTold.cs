using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "فجر انتحاري نفسه في سوق غربي مدينة الحلة فقتل 15 شخصا" then "وتبنى داعش الهجوم الذي جرى في ناحية جرف
/// الصخر"; "اقتحم مسلحون قرية شمال بغداد وقتلوا 6 مزارعين" then "وأوضح الضابط أن الهجوم على الضلوعية دام ساعة": a
/// sentence right after an operation that names "the attack" by its article (lexicon eventReferences) and then where
/// it was, by "على" or by a verb of occurring with "في" (a relative clause, "الذي وقع في", or the verb itself, "وقع
/// في"), tells the place of the attack just counted. An operation counting victims (people not ISIS's) that its own
/// clause placed only by a direction from a city (a compass bearing off a capital), by nothing, or by the sentences
/// before, takes that place and its province. Not when another counted operation stands between them or in that sentence: then "the attack" may be
/// that one.
/// </summary>
internal sealed class AttackPlaceTold(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        foreach (var d in drafts.Where(d => !d.Dropped && HasVictims(d) && (d.ProvinceByBearing || (!d.ProvinceOwn && d.Place is null))))
        {
            for (var index = d.LastSentence + 1; index <= Math.Min(report.Sentences.Count - 1, d.LastSentence + AssemblerLimits.AttackPlaceSentences); index++)
            {
                if (drafts.Any(o => o != d && !o.Dropped && o.Figures.Count > 0 && o.Clause.Index > d.LastSentence && o.Clause.Index <= index))
                {
                    break;
                }
                if (AttackPlaceIn(report, report.Sentences[index]) is not { } place || report.PlaceReadings.ProvinceOf(place) is not { } province)
                {
                    continue;
                }
                d.Province = province;
                d.Place = OperationPlaces.PlaceText(report, place);
                d.ProvinceByBearing = false;
                break;
            }
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// The draft counts an attack's victims (people of a side not ISIS's): "the attack" a later sentence places is
    /// theirs; a count of ISIS's dead or of hideouts may be an operation of the forces' that "the attack" does not name.
    /// </summary>
    private static bool HasVictims(OperationDraft d) =>
        d.Live.Any(f => f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis);

    /// <summary>The place "the attack" is told at in the sentence, if any.</summary>
    private PlaceMention? AttackPlaceIn(ReportText report, Sentence s)
    {
        var tokens = report.Tokens;
        for (var k = s.First; k < s.Last; k++)
        {
            if (!tokens[k].IsWord || lexicon.EventReferences.MatchAt(tokens, k) is not { } attack)
            {
                continue;
            }
            var j = attack.Last + 1;
            if (j <= s.Last && tokens[j].ReadsAsOneOf(lexicon.RelativePronouns))
            {
                j++;
            }
            if (j <= s.Last && lexicon.OccurrenceVerbs.MatchAt(tokens, j) is { } verb && verb.Last + 1 <= s.Last && tokens[verb.Last + 1].ReadsAsOneOf(lexicon.AttackPlacePrepositions))
            {
                j = verb.Last + 1;
            }
            else if (j > s.Last || j != attack.Last + 1 || !tokens[j].ReadsAsOneOf(lexicon.AttackPlacePrepositions))
            {
                continue;
            }
            var place = report.PlaceReadings.PlacesIn(s).FirstOrDefault(p => report.TokenAt(p.Start) > j && report.TokenAt(p.Start) <= j + 1 + AssemblerLimits.AttackPlaceReach);
            if (place is not null && !report.PlaceDirections.IsDirectionOnly(place))
            {
                return place;
            }
        }
        return null;
    }
}

