using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// A preliminary toll yields only to a toll of the same people (lead, session 29; every sentence here is INVENTED).
/// Passes.PreliminaryTollRemoval (session 28) dropped a preliminary toll when another toll of the same measure, province
/// and day stood in the report; a roadside bomb's wounded policemen then took away the civilians of a car bomb told
/// after them. Security men and civilians are two groups (DraftRelations.MayBeTheSamePeople), so the two tolls stand. The same people's toll told otherwise still replaces the preliminary one
/// (TollsTests28.A_preliminary_toll_yields_to_the_attacks_other_toll).
/// </summary>
public class TollsTests29
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 3, 14);

    [Fact]
    public void A_preliminary_toll_of_civilians_is_not_a_toll_of_the_policemen_told_before()
    {
        var result = Extractor.Extract(
            "أصيب ثلاثة من عناصر الشرطة، مساء اليوم الخميس، إثر اعتداء إرهابي بعبوة ناسفة استهدف دوريتهم في قضاء الحويجة غربي كركوك.\n\n"
            + "وأضافت المصادر أن القوات الأمنية تجري عملية تفتيش في المنطقة.\n\n"
            + "وفي وقت سابق من مساء اليوم، انفجرت دراجة نارية مفخخة قرب سوق شعبي وسط مدينة كركوك، ما أدى إلى مقتل مدني "
            + "وجرح 11 من المتبضعين كحصيلة أولية.\n", Published);
        Assert.Equal(3, Count(result, CasualtySide.Security, CasualtyCategory.Wounded));
        Assert.Equal(1, Count(result, CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.Equal(11, Count(result, CasualtySide.Civilian, CasualtyCategory.Wounded));
    }
}
