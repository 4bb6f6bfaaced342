using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Session 18's readings of the tally reader: how statements list what they destroyed, which authorities announce
/// tallies under other names. Every sentence here is invented.
/// </summary>
public class TallyTests18
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2022, 5, 9);

    [Theory]
    [InlineData("أعلنت قيادة العمليات المشتركة أن قطعاتها دمرت خلال عام 2021 نحو 17 مضافة و9 أنفاق وقتلت 40 إرهابيا.", 26, 40)]
    [InlineData("كشفت وزارة الدفاع في إحصائية لعام 2021 عن تدمير 31 وكرا و5 كهوف، فضلا عن قتل 12 إرهابيا.", 36, 12)]
    [InlineData("أعلنت وزارة الدفاع حصيلة عملياتها لعام 2021، وأوضحت أنها شملت تدمير 8 أنفاق، و14 مضافة، وقتل 6 إرهابيين.", 22, 6)]
    public void Hideouts_of_several_kinds_in_one_statement_add_up(string text, int hideouts, int killed)
    {
        var tally = Assert.Single(Extractor.Extract(text, Published).Tallies);
        Assert.Equal((hideouts, killed), (tally.HideoutsDestroyed, tally.Killed));
    }

    [Fact]
    public void Hideouts_of_another_kind_told_in_the_next_sentence_of_the_statement_add_up()
    {
        var tally = Assert.Single(Extractor.Extract(
            "أعلن جهاز مكافحة الإرهاب حصيلة عملياته خلال عام 2021، مبينا أنه قتل 55 إرهابيا ودمر 20 مضافة. وأضاف الجهاز أنه دمر أيضا 11 نفقا.",
            Published).Tallies);
        Assert.Equal((31, 55), (tally.HideoutsDestroyed, tally.Killed));
    }

    [Theory]
    [InlineData("أعلنت سينتكوم أنها نفذت 41 عملية في العراق خلال عام 2021، وقتلت فيها 19 عنصرا من داعش.", 41, 19)]
    [InlineData("قالت القيادة الأمريكية الوسطى إن قواتها نفذت مع الشركاء العراقيين 23 عملية خلال عام 2021 أدت إلى مقتل 8 من مسلحي داعش.", 23, 8)]
    [InlineData("ذكرت القيادة المركزية للقوات المسلحة الأمريكية في بيان أن 30 عملية في العراق خلال عام 2021 انتهت بقتل 7 من مسلحي التنظيم.", 30, 7)]
    public void Central_command_under_other_names_announces_a_tally(string text, int operations, int killed)
    {
        var tally = Assert.Single(Extractor.Extract(text, Published).Tallies);
        Assert.Equal("US Central Command", tally.ReportedBy);
        Assert.Equal((operations, killed), (tally.Operations, tally.Killed));
    }
}
