using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// "بعد N من" and "بعد N على" name an event N days before the one told first. With counts on both sides in one clause
/// they are two operations (<c>ClauseSplitter.SplitAtEarlierEvent</c>); a sentence whose counts follow them tells the
/// earlier event, which the attack told before does not absorb (<c>ContinuationMerge</c>), dated from that attack's day,
/// its own or the day it was announced on (<c>DaysBeforeDating</c>). Invented sentences.
/// </summary>
public class EarlierEventTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2021, 2, 23);

    [Theory]
    [InlineData("على")]
    [InlineData("من")]
    public void Counts_after_days_between_events_in_the_same_clause_are_an_earlier_operation(string preposition)
    {
        var result = Extractor.Extract("أصيب جنديان بانفجار عبوة ناسفة زرعها داعش قرب قضاء الدبس في كركوك ليل الجمعة، بعد ثلاثة أيام "
            + preposition + " كمين لمسلحي التنظيم قتل فيه سبعة جنود في المنطقة ذاتها.", Published);

        Assert.Equal(2, result.Operations.Count);
        var wounded = Assert.Single(result.Operations, o => o.Casualties.Any(c => c.Category == CasualtyCategory.Wounded));
        var killed = Assert.Single(result.Operations, o => o.Casualties.Any(c => c.Category == CasualtyCategory.Killed));
        Assert.Equal(2, wounded.Casualties.Single().Count);
        Assert.Equal(7, killed.Casualties.Single().Count);
        Assert.Equal(new DateOnly(2021, 2, 19), wounded.Date);
        Assert.Equal(new DateOnly(2021, 2, 16), killed.Date);
        Assert.All(result.Operations, o => Assert.Equal("IQ-KI", o.Province));
    }

    [Fact]
    public void A_sentence_telling_what_came_days_before_the_attack_is_dated_from_the_day_the_attack_was_announced()
    {
        var result = Extractor.Extract("ذكر ضابط في الجيش، الثلاثاء، أن عناصر من داعش هاجموا ثكنة عسكرية في قضاء الطارمية بمحافظة بغداد وأصابوا جنديين.\n\n"
            + "وجاء الاعتداء بعد يومين على قتل القوات خمسة من عناصر داعش بعملية للجيش في القضاء نفسه.", Published);

        var attack = Assert.Single(result.Operations, o => o.Kind == OperationKind.IsisAttack);
        Assert.Equal(new DateOnly(2021, 2, 23), attack.Date);
        var earlier = Assert.Single(result.Operations, o => o.Killed == 5);
        Assert.Equal(new DateOnly(2021, 2, 21), earlier.Date);
        Assert.Equal("IQ-BG", earlier.Province);
    }

    [Fact]
    public void Counts_before_days_between_events_keep_the_day_they_were_told_on()
    {
        var result = Extractor.Extract("قتلت القوات الأمنية، الاثنين، خمسة إرهابيين في وادي حوران بالأنبار، بعد يومين من انطلاق عملية لملاحقة فلول داعش.", Published);

        var op = Assert.Single(result.Operations);
        Assert.Equal(5, op.Killed);
        Assert.Equal(new DateOnly(2021, 2, 22), op.Date);
    }
}
