using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Which victim figures are an attack's toll (helper tolls27). Invented sentences.
/// Victims counted over several attacks at once ("في هجمات متفرقة"، "سلسلة هجمات") in a sentence that names the day they
/// fell are that day's toll told as one, one event the text does not split; a count over several attacks that names no
/// day is a running total and counts no event, and so is violence at large or attacks over a whole country, whatever
/// the day (SeveralEvents.NamesTheDayOfItsAttacks, SentenceReader,
/// Passes/SeveralIncidentsVictimRemoval).
/// </summary>
public class TollsTests27
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2022, 10, 18);

    [Fact]
    public void A_days_toll_over_several_attacks_is_one_event()
    {
        var result = Extractor.Extract(
            "وأعلنت مديرية الشرطة اليوم مقتل خمسة مدنيين وجرح 12 شخصا في هجمات متفرقة نفذها تنظيم داعش بالعبوات الناسفة في أحياء العاصمة بغداد.",
            Published);
        Assert.Equal(5, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(12, Victims(result, CasualtyCategory.Wounded));
        Assert.Single(result.Operations, o => o.Casualties.Any(c => c.Count == 5));
    }

    [Fact]
    public void A_series_of_attacks_on_a_named_day_keeps_its_toll()
    {
        var result = Extractor.Extract(
            "شن مسلحو داعش أمس سلسلة هجمات على قرى متفرقة في قضاء خانقين أسفرت عن إصابة ثلاثة من عناصر الشرطة بجروح.",
            Published);
        Assert.Equal(3, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_running_total_over_attacks_with_no_day_counts_no_event()
    {
        var result = Extractor.Extract(
            "وتصاعدت الحملات على خلايا التنظيم في السليمانية إثر مقتل 19 من المقاتلين والمدنيين في هجمات عدة نفذها داعش.",
            Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void Violence_at_large_on_a_named_day_is_no_attacks_toll()
    {
        var result = Extractor.Extract(
            "وقالت الشرطة إن ثمانية أشخاص قتلوا وجرح 11 آخرون أمس في أعمال عنف متفرقة شهدتها أحياء مدينة الموصل.",
            Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void Isis_dead_over_several_attacks_of_a_day_stay_a_running_total()
    {
        var result = Extractor.Extract(
            "وقالت خلية الإعلام الأمني اليوم إن 14 إرهابيا قتلوا في هجمات متفرقة على أوكار التنظيم.",
            Published);
        Assert.DoesNotContain(result.Operations, o => o.Killed == 14);
    }
}
