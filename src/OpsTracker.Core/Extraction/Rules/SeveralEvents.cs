using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// A sentence that says what it counts is spread over several events: incidents or operations in the plural or dual
/// with a word of dispersal after them ("في هجومين منفصلين"، "بعمليتين عسكريتين منفصلتين"، "أعمال عنف متفرقة"), a series
/// of them ("سلسلة هجمات"), a country's whole expanse ("في أرجاء البلاد"), or areas spread about ("في مناطق متفرقة"،
/// "محافظات عدة"). Read on the words' readings, whole words (lexicon severalIncidents, countryAreas).
/// </summary>
internal static class SeveralEvents
{
    /// <summary>"أعمال عنف متفرقة"، "هجمات إرهابية متفرقة": the word of dispersal follows its noun within two words.</summary>
    private const int AdjectiveReach = 2;

    /// <summary>The sentence tells incidents dispersed, a series of them, or a country's whole expanse.</summary>
    public static bool TellsSeveralIncidents(ExtractionLexicon lexicon, ReportText report, Sentence s)
    {
        if (!report.MayHoldList(lexicon.SeveralIncidentsList, s))
        {
            // No word of the sentence may read as an expanse or a noun of incidents (its bit is clear): nothing to find.
            return false;
        }
        var tokens = report.Tokens;
        for (var j = s.First; j <= s.Last; j++)
        {
            var t = tokens[j];
            if (!t.IsWord)
            {
                continue;
            }
            var readings = t.Readings;
            if (readings.AnyIn(lexicon.SeveralIncidentExpanses))
            {
                return true;
            }
            if (!readings.AnyIn(lexicon.SeveralIncidentNouns))
            {
                continue;
            }
            if (j > s.First && tokens[j - 1].ReadsAsOneOf(lexicon.SeveralIncidentSeries))
            {
                return true;
            }
            for (var k = j + 1; k <= Math.Min(s.Last, j + AdjectiveReach); k++)
            {
                if (!tokens[k].IsWord)
                {
                    break;
                }
                if (tokens[k].Readings.AnyIn(lexicon.SeveralIncidentAdjectives))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// "أعلنت الشرطة أمس مقتل أربعة وإصابة 18 في هجمات متفرقة"، "شن التنظيم اليوم سلسلة هجمات أسفرت عن": the sentence that
    /// counts victims over several attacks (a plural noun of attacks, lexicon pluralAttackNouns) names the day they fell
    /// (a mention of a day, written or relative), so its count is that day's attacks told as one toll, one event the text
    /// does not split, and not a running total, which names no day ("بعد مقتل 23 في هجمات متعددة شنها التنظيم"). Not
    /// violence at large ("أعمال عنف متفرقة"), which tells no attack, nor attacks over a country's whole expanse ("في
    /// أنحاء العراق"), a round-up's line whatever its day. The parts told one by one below take the count apart
    /// (Passes/SeveralEventsTotalRemoval).
    /// </summary>
    public static bool NamesTheDayOfItsAttacks(ExtractionLexicon lexicon, ReportText report, Sentence s)
    {
        if (!report.Has(lexicon.PluralAttackNouns, s))
        {
            return false;
        }
        for (var j = s.First; j <= s.Last; j++)
        {
            if (report.Tokens[j].IsWord && report.Tokens[j].Readings.AnyIn(lexicon.SeveralIncidentExpanses))
            {
                return false;
            }
        }
        foreach (var m in report.DateReadings.MentionsIn(s))
        {
            if (m.Precision == DatePrecision.Day)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "في مناطق متفرقة"، "في عدة محافظات"، "بمناطق مختلفة من البلاد": a plural noun of areas (lexicon countryAreas.areaNouns)
    /// with a word of dispersal right before or after it: what the sentence counts happened in many places.
    /// </summary>
    public static bool NamesDispersedAreas(ExtractionLexicon lexicon, ReportText report, Sentence s)
    {
        if (!report.MayHoldList(lexicon.CountryAreaNounsList, s))
        {
            // No word of the sentence may read as a noun of areas (its bit is clear): nothing to find.
            return false;
        }
        var tokens = report.Tokens;
        for (var i = s.First; i <= s.Last; i++)
        {
            if (!tokens[i].ReadsAsOneOfBareOrDefinite(lexicon.CountryAreaNouns))
            {
                continue;
            }
            if ((i > s.First && tokens[i - 1].Readings.AnyIn(lexicon.CountryDispersalWords))
                || (i < s.Last && tokens[i + 1].Readings.AnyIn(lexicon.CountryDispersalWords)))
            {
                return true;
            }
        }
        return false;
    }
}
