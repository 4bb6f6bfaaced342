using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "وقال مصدر إن هجوما انتحاريا استهدف مجلس عزاء وقتل أربعة أشخاص" then "وأضاف أن الانتحاري فجر نفسه في قرية
/// الرشاد الواقعة في ناحية أبوغريب": the statement goes on in the next sentence (a statement opener: وأضاف، وأوضح،
/// وتابع ...) with no figures of its own and says where it happened. An operation whose own clause and sentence named
/// no place takes that place, and its province, rather than the one it inherited from the sentences before it (which
/// tell other operations). The next sentence must name places of one province only, and be no background ("وكان").
/// </summary>
internal sealed class ElaborationPlacing(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        foreach (var d in drafts.Where(d => !d.Dropped && !d.ProvinceOwn && d.Place is null))
        {
            var index = d.LastSentence + 1;
            if (index >= report.Sentences.Count || drafts.Any(o => o != d && !o.Dropped && o.Clause.Index == index))
            {
                continue;
            }
            var next = report.Sentences[index];
            if (lexicon.StatementOpeners.MatchAt(report.Tokens, next.First) is null || report.Layout.OpensAsBackground(next))
            {
                continue;
            }
            var places = report.PlaceReadings.PlacesIn(next).Where(p => !report.PlaceDirections.IsDirectionOnly(p)).ToList();
            var provinces = places.Select(report.PlaceReadings.ProvinceOf).Distinct().ToList();
            if (places.Count == 0 || provinces is not [{ } province])
            {
                continue;
            }
            d.Province = province;
            d.Place = OperationPlaces.PlaceText(report, places.FirstOrDefault(p => p.Entry.Type != Places.PlaceType.Province) ?? places[0]);
        }
        return DraftPass.Standing(drafts);
    }
}
