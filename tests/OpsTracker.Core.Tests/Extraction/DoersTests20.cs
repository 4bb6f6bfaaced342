using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Who does the killing (helper doers20): a count after a word of killing whose doer is ISIS (the ISIS name right
/// after the verb, or the subject of its clause before it; IsisAsAttacker.IsisKillsBefore) counts ISIS's victims, never ISIS
/// members. Invented sentences.
/// </summary>
public class DoersTests20
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2016, 11, 20);

    private static int SideCount(ExtractionResult r, CasualtySide side) =>
        r.Operations.Sum(o => o.Casualties.Where(c => c.Side == side && c.Category == CasualtyCategory.Killed).Sum(c => c.Count));

    [Theory]
    [InlineData("أعدم مسلحو داعش أمس خمسة أشخاص من أهالي القرية في ناحية العلم.", 5)]
    [InlineData("قتل تنظيم داعش الإرهابي 14 شخصا من سكان قرية تابعة لقضاء الشرقاط.", 14)]
    [InlineData("وقال المسؤول المحلي إن عناصر التنظيم قتلوا سبعة عناصر في قرية قرب بيجي.", 7)]
    [InlineData("وكشف مصدر في الشرطة المحلية عن قيام داعش بقتل 12 عنصرا قرب ناحية القيارة.", 12)]
    public void The_people_isis_kills_are_its_victims(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, SideCount(result, CasualtySide.Isis));
        Assert.Equal(killed, result.Operations.Sum(o => o.Casualties.Where(c => c.Category == CasualtyCategory.Killed).Sum(c => c.Count)));
    }

    [Theory]
    [InlineData("وقتلت القوات الأمنية عشرة من عناصر داعش في قرية قرب بيجي.", 10)]
    [InlineData("وهاجمت قطعات الجيش داعش في وادي حوران وقتلت ثمانية من عناصره.", 8)]
    [InlineData("أعلنت قيادة العمليات محاصرة خلية إرهابية وقتل اثنين من عناصرها في وادي الشاي.", 2)]
    public void The_people_the_forces_kill_stay_isiss(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, SideCount(result, CasualtySide.Isis));
    }
}
