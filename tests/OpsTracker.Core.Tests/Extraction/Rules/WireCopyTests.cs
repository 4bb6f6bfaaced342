using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Constructions of 2022-2025 wire copy (news agencies' headline, dateline, lead, quoted statement and background
/// paragraph), Security Media Cell posts, Kurdistan Region statements and court news, found by invented probe reports
/// and read as an analyst reads them. Every sentence here is invented.
/// </summary>
public class WireCopyTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 8, 12);

    [Fact]
    public void The_people_of_an_arrest_of_N_of_them_are_those_counted_before_not_the_force_that_arrests()
    {
        var ops = Extractor.Extract(
            "أعلنت وزارة الداخلية، اليوم الاثنين، اعتقال تسعة مطلوبين بتهم إرهابية في كركوك وديالى.\n"
            + "وقالت الوزارة في بيان إن مفارز مديرية الاستخبارات ألقت القبض على ستة منهم في كركوك، وثلاثة في ديالى.",
            Published).Operations;
        var arrests = ops.SelectMany(o => o.Casualties.Select(c => (o.Province, c.Side, c.Category, c.Count))).OrderBy(c => c.Province).ToList();
        Assert.Equal(
            [("IQ-DI", CasualtySide.Isis, CasualtyCategory.Arrested, 3), ("IQ-KI", CasualtySide.Isis, CasualtyCategory.Arrested, 6)],
            arrests);
    }

    [Fact]
    public void A_toll_first_reported_told_after_the_risen_toll_is_the_same_count_before_it_rose()
    {
        var op = Assert.Single(Extractor.Extract(
            "ارتفعت حصيلة ضحايا التفجير الذي استهدف سوقا شعبية في ناحية العظيم مساء أمس، إلى 8 قتلى و14 جريحا.\n"
            + "وكان مصدر في الشرطة قد أفاد في وقت سابق بمقتل خمسة أشخاص وإصابة عشرة آخرين بالتفجير.",
            Published).Operations);
        var tolls = op.Casualties.Select(c => (c.Category, c.Count)).OrderBy(c => c.Category).ToList();
        Assert.Equal([(CasualtyCategory.Killed, 8), (CasualtyCategory.Wounded, 14)], tolls);
        Assert.Equal(Published.AddDays(-1), op.Date);
    }

    [Fact]
    public void The_earlier_telling_gives_the_update_what_it_does_not_count_again_and_its_day()
    {
        var op = Assert.Single(Extractor.Extract(
            "ارتفعت حصيلة الهجوم على نقطة للشرطة في قضاء الدبس إلى ثلاثة شهداء، بعد وفاة شرطي متأثرا بجراحه.\n"
            + "وكان الهجوم الذي وقع مساء أمس قد أسفر عن استشهاد شرطيين اثنين وإصابة أربعة آخرين.",
            Published).Operations);
        var tolls = op.Casualties.Select(c => (c.Side, c.Category, c.Count)).OrderBy(c => c.Category).ToList();
        Assert.Equal([(CasualtySide.Security, CasualtyCategory.Killed, 3), (CasualtySide.Security, CasualtyCategory.Wounded, 4)], tolls);
        Assert.Equal(Published.AddDays(-1), op.Date);
    }

    [Fact]
    public void An_older_attack_told_in_the_pluperfect_is_not_the_toll_first_reported()
    {
        var ops = Extractor.Extract(
            "ارتفعت حصيلة ضحايا التفجير الذي استهدف سوقا شعبية في ناحية العظيم مساء أمس، إلى 8 قتلى.\n"
            + "وكان تفجير مماثل في السوق ذاتها قد أسفر في الثالث من أيار 2024 عن مقتل خمسة أشخاص.",
            Published).Operations;
        Assert.Equal(2, ops.Count);
    }
}
