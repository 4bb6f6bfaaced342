using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// A lead that sums up a statement, then the sentence that explains it ("وأوضحت البيانات") with one smaller count of
/// the same measure in the same province: that count is one of the lead's, not a second operation
/// (<c>ElaboratedPartRemoval</c>). A count in another province, of another measure, or after a sentence that adds
/// ("وأضافت") rather than explains stays an operation. Invented sentences.
/// </summary>
public class ElaboratedPartTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2017, 5, 13);

    private const string Lead =
        "الموصل - وكالات:\nقالت بيانات للفرقة المدرعة التاسعة إن قطعاتها قتلت أمس الجمعة تسعة إرهابيين من داعش خلال هجوم لاستعادة ناحية القيروان في نينوى.\n";

    [Fact]
    public void A_smaller_count_in_the_sentence_that_explains_the_lead_is_one_of_the_leads()
    {
        var result = Extractor.Extract(Lead + "وأوضحت البيانات أن «طيران الجيش دمر عجلة مفخخة قرب قرية تل البنات، والقطعات قتلت أربعة إرهابيين داخل القرية».", Published);

        var op = Assert.Single(result.Operations);
        Assert.Equal(9, op.Killed);
        Assert.Equal("IQ-NI", op.Province);
        Assert.Equal(new DateOnly(2017, 5, 12), op.Date);
    }

    [Fact]
    public void A_count_in_another_province_is_another_operation()
    {
        var result = Extractor.Extract(Lead + "وأوضحت البيانات أن «قوة أخرى قتلت أربعة إرهابيين في قضاء الحويجة بمحافظة كركوك».", Published);

        Assert.Equal([9, 4], result.Operations.Select(o => o.Killed ?? 0));
        Assert.Equal(["IQ-NI", "IQ-KI"], result.Operations.Select(o => o.Province));
    }

    [Fact]
    public void A_count_the_statement_adds_is_not_read_as_explaining_the_lead()
    {
        var result = Extractor.Extract(Lead + "وأضافت البيانات أن «القطعات قتلت أربعة إرهابيين داخل قرية تل البنات».", Published);

        Assert.Equal([9, 4], result.Operations.Select(o => o.Killed ?? 0));
    }

    [Fact]
    public void A_count_of_another_measure_stays()
    {
        var result = Extractor.Extract(Lead + "وأوضحت البيانات أن «القطعات اعتقلت أربعة إرهابيين داخل قرية تل البنات».", Published);

        Assert.Equal(9, result.Operations.Sum(o => o.Killed ?? 0));
        Assert.Equal(4, result.Operations.Sum(o => o.Arrested ?? 0));
    }

    [Fact]
    public void Some_of_a_group_counted_in_a_quote_of_the_statements_speaker_are_of_the_leads_dead()
    {
        // "منهم" counts the infiltrators, not "قواتنا", the doer right after the verb (CasualtySides.IsDoerOfTheVerbBefore).
        var result = Extractor.Extract("أعلن ضابط في البيشمركة اليوم الثلاثاء مصرع ستة مسلحين من داعش قرب بلدة سنجار غرب نينوى.\n"
            + "وقال الضابط إن \"ستة مسلحين حاولوا التسلل نحو خطوطنا فجرا فقتلت قواتنا خمسة منهم، بينما فجر السادس حزامه الناسف\".", new DateOnly(2017, 3, 28));

        var op = Assert.Single(result.Operations);
        Assert.Equal(6, op.Killed);
        Assert.Equal("IQ-NI", op.Province);
    }

    [Fact]
    public void Some_of_a_group_counted_after_a_new_topic_opener_stay_an_operation()
    {
        var result = Extractor.Extract("أعلن ضابط في البيشمركة اليوم الثلاثاء مصرع ستة مسلحين من داعش قرب بلدة سنجار غرب نينوى.\n"
            + "ومن جهة أخرى هاجمت قوة من الجيش مجموعة من مسلحي داعش في قضاء البعاج وقتلت خمسة منهم.", new DateOnly(2017, 3, 28));

        Assert.Equal(11, result.Operations.Sum(o => o.Killed ?? 0));
    }
}
