using OpsTracker.Core.Extraction.Places;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "the same place": a definite place noun followed by "itself" (lexicon samePlace: "في القضاء ذاته"، "بالمنطقة
/// نفسها"، "في المحافظة ذاتها") names again a place told before it and never a new one. The operation told with it lies
/// where that place lies: its province is the antecedent's, the nearest place named before the noun in its sentence or
/// in the sentences before it in its paragraph (as far as an operation told without a place inherits one). A place the
/// phrase itself locates ("في قرية X في الناحية ذاتها", "X بالمنطقة نفسها") is no antecedent: it lies in the antecedent,
/// whatever namesake of it the gazetteer knows in another province.
/// </summary>
internal sealed partial class OperationPlaces
{
    /// <summary>
    /// How many words may stand between a place and the "same place" phrase that locates it: one word of containment
    /// written apart ("في"، "التابعة"); "بالمنطقة نفسها" carries its preposition.
    /// </summary>
    private const int SamePlaceLocatedGap = 1;

    /// <summary>
    /// The province of the place <paramref name="clause"/> names again with "the same" (its antecedent's), or null when
    /// the clause has no such phrase or nothing before it names a place with a province.
    /// </summary>
    internal string? SamePlaceProvince(ReportText report, Sentence clause, Sentence sentence)
    {
        var noun = SamePlaceNoun(report, clause);
        return noun < 0 ? null : AntecedentProvince(report, sentence, noun);
    }

    /// <summary>The token of the definite place noun that "itself" follows in <paramref name="clause"/>, or -1.</summary>
    private int SamePlaceNoun(ReportText report, Sentence clause)
    {
        var tokens = report.Tokens;
        for (var i = clause.First + 1; i <= clause.Last; i++)
        {
            // "itself" is the rarer word and a whole-word lookup: asked before the noun's readings, which carry the
            // article as the list writes it ("بالمنطقة"، "وبالقضاء"، "للناحية" read as "الناحية").
            if (tokens[i].IsWord && lexicon.SamePlaceIntensifiers.Contains(tokens[i].Text) && tokens[i - 1].IsWord
                && tokens[i - 1].Readings.AnyIn(lexicon.SamePlaceNouns))
            {
                return i - 1;
            }
        }
        return -1;
    }

    /// <summary>
    /// The province of the nearest place named before token <paramref name="noun"/>: in its sentence, then in the
    /// sentences before it in its paragraph or among the <see cref="AssemblerLimits.ProvinceLookBack"/> before it.
    /// </summary>
    private string? AntecedentProvince(ReportText report, Sentence sentence, int noun)
    {
        var nounStart = report.Tokens[noun].Start;
        for (var i = sentence.Index; i >= 0; i--)
        {
            var s = report.Sentences[i];
            if (i < sentence.Index && s.Paragraph != sentence.Paragraph && s.Index < sentence.Index - ProvinceLookBack)
            {
                break;
            }
            string? nearest = null;
            foreach (var p in report.PlaceReadings.PlacesIn(s))
            {
                if (p.Start >= nounStart)
                {
                    break;
                }
                if (!LocatedBySamePlace(report, p, noun) && !report.PlaceDirections.IsDirectionOnly(p) && report.PlaceReadings.ProvinceOf(p) is { } code)
                {
                    nearest = code;
                }
            }
            if (nearest is not null)
            {
                return nearest;
            }
        }
        return null;
    }

    /// <summary>
    /// "في قرية تل الذهب في الناحية ذاتها"، "قرية X التابعة للقضاء نفسه": the place right before the phrase, with at
    /// most <see cref="SamePlaceLocatedGap"/> words of containment between (lexicon containmentWords: في، التابعة، ضمن),
    /// is the place it locates, not its antecedent.
    /// </summary>
    private bool LocatedBySamePlace(ReportText report, PlaceMention p, int noun)
    {
        var last = report.TokenAt(p.End - 1);
        for (var k = last + 1; k < noun; k++)
        {
            if (k - last > SamePlaceLocatedGap || !report.Tokens[k].ReadsAsOneOf(lexicon.ContainmentWords))
            {
                return false;
            }
        }
        return true;
    }
}
