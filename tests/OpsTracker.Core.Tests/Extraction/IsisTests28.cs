using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// ISIS's dead and wounded in operations and battles (helper isis28). Invented sentences.
/// </summary>
public class IsisTests28
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2022, 9, 14);

    // A head count its own sentence spreads over areas of one province ("مناطق متفرقة غرب مدينة كركوك") sums only the
    // events the body tells in that province: the dead the next sentence tells at a town of another province are
    // another front's, no part of it (Passes.SeveralEventsTotalRemoval).
    [Fact]
    public void A_count_spread_over_one_provinces_areas_does_not_sum_another_provinces_dead()
    {
        var result = Extractor.Extract("ذكر مصدر في الشرطة أن الطيران الحربي قتل 40 إرهابيا خلال غارات متتالية طالت مناطق متفرقة غرب مدينة كركوك. "
            + "وفي محافظة ديالى قضت قوة من الجيش على تسعة مسلحين من التنظيم قرب بعقوبة.", Published);
        Assert.Equal(49, Isis(result, CasualtyCategory.Killed));
    }

    // Must not: the body's count told in the same province is one of the spread events, and the summary is their sum.
    [Fact]
    public void A_count_spread_over_a_provinces_areas_still_sums_the_dead_told_there()
    {
        var result = Extractor.Extract("ذكر مصدر في الشرطة أن الطيران الحربي قتل 40 إرهابيا خلال غارات متتالية طالت مناطق متفرقة من محافظة كركوك. "
            + "وفي قضاء الحويجة قضت الطائرات على تسعة مسلحين من التنظيم كانوا داخل نفق قرب قرية الزاب.", Published);
        Assert.Equal(9, Isis(result, CasualtyCategory.Killed));
    }
}
