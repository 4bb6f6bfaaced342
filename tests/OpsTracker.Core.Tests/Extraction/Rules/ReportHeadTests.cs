using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// The head of a wire story (headline, subtitle, dateline, lead) and the words of its bulletins. Every sentence here
/// is invented.
/// </summary>
public class ReportHeadTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2021, 11, 24);

    private const string Bulletin =
        "القوات الأمنية تعتقل 5 من عناصر داعش في ثلاث محافظات\nعبر كمين محكم\n\nوكالة الأنباء - أربيل\n\n"
        + "أعلن الناطق العسكري، اليوم الأربعاء، أن قوات الجهاز ألقت القبض على 5 من عناصر داعش في هيت شمال مدينة الرمادي.\n\n"
        + "وقال إن القوة ألقت القبض على ثلاثة إرهابيين في قضاء هيت.\n\n"
        + "وأضاف أن العملية الثانية في قضاء التاجي ببغداد أسفرت عن القبض على إرهابي.\n\n"
        + "أما العملية الثالثة فجرت في كركوك وقد أطيح بها بعنصر إرهابي.";

    [Theory]
    [InlineData("")]
    [InlineData("الأنبار.. ")]
    public void A_lead_below_a_subtitle_and_a_dateline_that_adds_up_the_operations_is_their_total(string topic)
    {
        var ops = Extractor.Extract(topic + Bulletin, Published).Operations;
        Assert.Equal([("IQ-AN", 3), ("IQ-BG", 1), ("IQ-KI", 1)], ops.Select(o => (o.Province, o.Arrested ?? 0)).OrderBy(x => x.Province));
    }

    [Fact]
    public void A_place_north_of_a_titled_city_is_where_it_happened()
    {
        var op = Assert.Single(Extractor.Extract("اعتقلت قوة أمنية ثلاثة إرهابيين في هيت شمال مدينة الرمادي.", Published).Operations);
        Assert.Equal("هيت", op.Place);
    }

    [Theory]
    [InlineData("وفي كركوك أطيح بعنصر إرهابي خلال عملية دهم.")]
    [InlineData("وقال إن جهاز الأمن الوطني أطاح بعنصر إرهابي في كركوك خلال عملية دهم.")]
    public void The_overthrow_verbs_arrest_in_the_passive_and_the_masculine(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal(1, op.Arrested);
    }

    [Fact]
    public void An_ellipsis_in_a_headline_does_not_end_it()
    {
        // "ديالى.. " names the headline's topic: the line is still the headline, and the body's telling wins.
        var ops = Extractor.Extract(
            "ديالى.. مقتل 3 إرهابيين بضربة جوية\nأعلنت خلية الإعلام الأمني مقتل 3 إرهابيين بضربة جوية في حوض الوقف بقضاء بعقوبة.",
            Published).Operations;
        var op = Assert.Single(ops);
        Assert.Equal((3, "IQ-DI"), (op.Killed, op.Province));
    }
}
