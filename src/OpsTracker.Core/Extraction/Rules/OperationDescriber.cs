using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Gives an operation draft what the text tells of it besides its figures: date, province, place, kind and actors,
/// from its clause, then its sentence, then the context before it: when (<see cref="OperationDates"/>), where
/// (<see cref="OperationPlaces"/>), what kind (<see cref="OperationKinds"/>) and by whom (<see cref="OperationActors"/>).
/// The operations told without figures are read by <see cref="FigurelessOperations"/>, which shares the readers of
/// what kind, by whom and where with this class (built once, by <see cref="SentenceReader"/>). Holds only the lexicon
/// and those stateless readers: safe to share.
/// </summary>
internal sealed class OperationDescriber(ExtractionLexicon lexicon, OperationKinds kinds, OperationActors actors, OperationPlaces places)
{
    private readonly OperationKinds _kinds = kinds;
    private readonly OperationActors _actors = actors;
    private readonly OperationPlaces _places = places;

    /// <summary>Date, province, place, kind and actors of an operation, from its clause, its sentence, then context.</summary>
    /// <remarks>
    /// Most drafts are the whole of their sentence (212 of the 260 the development set describes): their clause and
    /// their sentence are the same span (<see cref="Sentence"/> compares by value), and every answer asked of the
    /// sentence after the clause (its date, its place, its kind cues, its actors) is a pure function of the report and
    /// that span, the clause's answer again. For such a draft the sentence is not asked: the clause's answer stands
    /// for it, the same answer computed once.
    /// </remarks>
    public void Describe(ReportText report, OperationDraft draft, Sentence sentence, DateMention? contextDate)
    {
        var clause = draft.Clause;
        var wholeSentence = clause == sentence;
        var firstFigure = draft.Figures.Min(f => f.First);
        draft.EvidenceStart = report.Tokens[clause.First].Start;
        draft.EvidenceEnd = report.Tokens[clause.Last].End;
        draft.LastSentence = clause.Index;

        // Date: the mention nearest the figures in the clause, then the sentence, then the last day named before.
        var date = OperationDates.NearestDate(report, report.DateReadings.MentionsIn(clause), firstFigure) ?? (wholeSentence ? null : OperationDates.NearestDate(report, report.DateReadings.MentionsIn(sentence), firstFigure));
        draft.DateOwn = date is not null;
        draft.Date = date ?? contextDate;

        // Province and place.
        var lastFigure = draft.Figures.Max(f => f.Last);
        var (province, place) = _places.Locate(report, clause, firstFigure, lastFigure);
        var provinceFrom = clause;
        // "وذكرت قيادة عمليات بغداد أن ... قتلت 9 إرهابيين في مناطق: ... بالأنبار": a clause that names only the
        // command telling the news is placed by its sentence, where the command yields to the places it tells of.
        if (province is not null && place is null && clause != sentence && TellingCommands.NamesOnlyTheTeller(report, clause))
        {
            province = null;
        }
        // "واستهدف مسلحون قرية X التابعة للناحية نفسها": the same place as one named before lies where that one lies.
        if (_places.SamePlaceProvince(report, clause, sentence) is { } same)
        {
            province = same;
        }
        // "قتلت الطائرات ثلاثة إرهابيين جنوبي الفلوجة، فيما قتل خمسة مدنيين بتفجير غربي بغداد": a clause coordinated
        // with another event that names no place but a bearing from a capital is placed by its bearing, not by the
        // places the other clause names (a whole sentence so placed still takes the province told before it).
        if (province is null && clause != sentence && OperationPlaces.BearingProvinces(report, clause).Distinct().ToList() is [var own])
        {
            province = own;
        }
        // A whole sentence's own place was the clause's (nothing above sets a province to null for it: both tests that
        // do ask for a clause apart from its sentence), so it is not looked for again.
        if (province is null && !wholeSentence)
        {
            (province, var sentencePlace) = _places.Locate(report, sentence, firstFigure, lastFigure);
            place ??= sentencePlace;
            provinceFrom = sentence;
        }
        draft.ProvinceOwn = province is not null;
        var bearingBefore = false;
        draft.ProvinceByBearing = province is not null && place is null && OperationPlaces.OnlyByBearing(report, provinceFrom, province);
        draft.Place = place;
        draft.Province = province ?? _places.InheritedProvince(report, sentence, out bearingBefore);
        draft.ProvinceByBearing |= province is null && bearingBefore;
        // "كما اعتقلت مفرزة من اللواء الخامس مطلوبا قرب ... جنوبي بغداد": another force's operation (NewForceClauses) does
        // not take the province of the one told before it; a bearing from a capital is all it says of its own.
        if (province is null && NewForceClauses.OpensWithNewForce(report, lexicon, clause) && OperationPlaces.BearingProvinces(report, clause).Distinct().ToList() is [var bearing])
        {
            draft.Province = bearing;
        }
        // "وكانت مفرزة اعتقلت في وقت سابق مطلوبا شرقي العاصمة": a deed told as earlier is another
        // event (Passes.EarlierDeeds), so it does not take the province of the one told before it either.
        else if (province is null && Passes.EarlierDeeds.ToldAsEarlier(report, lexicon, clause) && OperationPlaces.BearingProvinces(report, clause).Distinct().ToList() is [var earlierBearing])
        {
            draft.Province = earlierBearing;
        }

        draft.Kind = _kinds.KindOf(report, draft, sentence, wholeSentence);
        _actors.AddActors(report, clause, draft.Actors);
        if (!wholeSentence)
        {
            // The actors of a whole sentence are its clause's, all added already.
            _actors.AddActors(report, sentence, draft.Actors);
        }
        // One figure (most drafts): its rule is the join of the one distinct rule, without the query.
        draft.Rule = draft.Figures is [{ Rule: { } only }] ? only : string.Join('+', draft.Figures.Select(f => f.Rule).Distinct());
    }
}
