using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Constructions of official tallies in 2014-2021 statements: how an authority gives its counts (under other nouns,
/// as "the number of ... reached N", as standing counts of one place), which counts are not ours (ISIS's own
/// operations, the strength it is thought to have, our forces' losses) and how counts are written ("ألف و80").
/// Every sentence here is invented.
/// </summary>
public class TallyConstructionTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2021, 3, 14);

    [Theory]
    [InlineData("أعلنت وزارة الدفاع أن قطعاتها قتلت 3 آلاف و145 إرهابيا خلال عام 2016.", 3145)]
    [InlineData("أعلنت وزارة الدفاع أن قطعاتها قتلت ألف و80 إرهابيا خلال عام 2016.", 1080)]
    [InlineData("أعلنت وزارة الدفاع أن قطعاتها قتلت ألفا و 80 إرهابيا خلال عام 2016.", 1080)]
    public void Thousands_and_digits_joined_by_and_are_one_count(string text, int killed)
    {
        var tally = Assert.Single(Extractor.Extract(text, Published).Tallies);
        Assert.Equal(killed, tally.Killed);
    }

    [Theory]
    [InlineData("أعلن جهاز مكافحة الإرهاب أنه نفذ 64 فعالية خلال شهر تشرين الأول الماضي، أسفرت عن اعتقال 38 إرهابيا.", 64, 38)]
    [InlineData("ذكرت قيادة العمليات المشتركة أن قطعاتها أنجزت 212 فعالية أمنية خلال عام 2020 أسفرت عن القبض على 91 مطلوبا.", 212, 91)]
    public void Operations_counted_as_activities_are_the_tallys_operations(string text, int operations, int arrested)
    {
        var result = Extractor.Extract(text, Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((operations, arrested), (tally.Operations, tally.Arrested));
        Assert.Empty(result.Operations);
    }
}
