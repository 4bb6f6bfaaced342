using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "انفجرت عبوة في قرية القادسية شرقي الحلة"، "داهمت القوات حي نينوى في الموصل": the noun of a
/// town, village or neighbourhood (lexicon townNounsBeforeProvinceNames) right before the name of a province that
/// names no city (lexicon provincesNamedByNoCity) makes the name the town's or the neighbourhood's that bears it, as
/// many do, not the province: a province is called "محافظة"، never "بلدة". The gazetteer does not know where such a
/// town lies, so its mention places nothing, and the clause is placed by the other places it names (a bearing from a
/// city, the province named before it). Input: the gazetteer's mentions of the report; output: those that still stand.
/// </summary>
internal static class TownsNamedAsProvinces
{
    public static IReadOnlyList<PlaceMention> Without(ReportText report, ExtractionLexicon lexicon, IReadOnlyList<PlaceMention> places)
    {
        List<PlaceMention>? kept = null;
        for (var k = 0; k < places.Count; k++)
        {
            // Most mentions are no province's: the type is asked before the token before it.
            if (places[k].Entry.Type == PlaceType.Province && IsTownOfTheName(report, lexicon, places[k]))
            {
                kept ??= [.. places.Take(k)];
                continue;
            }
            kept?.Add(places[k]);
        }
        return kept ?? places;
    }

    private static bool IsTownOfTheName(ReportText report, ExtractionLexicon lexicon, PlaceMention p)
    {
        var t = report.TokenAt(p.Start);
        return t >= 1 && report.Tokens[t - 1].IsWord
            && report.Tokens[t - 1].Readings.AnyIn(lexicon.TownNounsBeforeProvinceNames)
            && Clitics.Readings(p.Surface).Any(lexicon.ProvincesNamedByNoCity.Contains);
    }
}
