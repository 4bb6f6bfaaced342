using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// How ISIS's figures and the figures of an event group (helper isis23, session 23; every sentence here is INVENTED).
/// People named after a breakdown cue ("بينهم"، "من ضمنهم") whose group is a quantity that is no count ("العشرات"،
/// "عشرات"، "عدد من") are some of an uncounted whole: no toll of their own.
/// </summary>
public class IsisFiguresTests23
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static ExtractionResult Read(string text) => Extractor.Extract(text, new DateOnly(2020, 1, 5));

    private static List<int> PerOperation(ExtractionResult result, CasualtySide side, CasualtyCategory category) =>
        result.Operations.Select(o => Count(o, side, category)).Where(n => n > 0).Order().ToList();

    [Fact]
    public void Snipers_among_tens_of_dead_are_no_count_of_their_own()
    {
        var result = Read("وقال مصدر أمني إن طيران الجيش قصف تجمعا للتنظيم في وادي حوران وقتل العشرات من الإرهابيين، من ضمنهم خمسة قناصين.");
        Assert.Empty(PerOperation(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void Bombers_among_tens_killed_and_wounded_are_no_count_of_either()
    {
        var result = Read("صدت القوات الأمنية هجوما لداعش على ناحية العلم وقتلت وأصابت عشرات المسلحين بينهم ثلاثة انتحاريين.");
        Assert.Empty(PerOperation(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Empty(PerOperation(result, CasualtySide.Isis, CasualtyCategory.Wounded));
    }

    [Fact]
    public void Leaders_among_a_number_of_fighters_in_guillemets_are_no_count()
    {
        var result = Read("ذكرت قيادة العمليات أن القصف أوقع عددا من عناصر «داعش» قتلى، بينهم أربعة أمراء، قرب بلدة الحضر.");
        Assert.Empty(PerOperation(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_counted_whole_between_keeps_its_count()
    {
        var result = Read("وكانت عشرات العائلات قد نزحت من القرية، فيما أعلنت القوات مقتل 9 إرهابيين بينهم قياديان في اشتباكات قرب الرطبة.");
        Assert.Equal([9], PerOperation(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }
}
