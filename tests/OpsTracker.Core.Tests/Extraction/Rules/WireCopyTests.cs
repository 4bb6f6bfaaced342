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
}
