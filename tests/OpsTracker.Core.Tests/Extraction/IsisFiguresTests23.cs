using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// How ISIS's figures and the figures of an event group (helper isis23, session 23; every sentence here is INVENTED).
/// People named after a breakdown cue ("بينهم"، "من ضمنهم") whose group is a quantity that is no count ("العشرات"،
/// "عشرات"، "عدد من") are some of an uncounted whole: no toll of their own. A nisba noun of people in -يين
/// (انتحاريين، قياديين) is unvowelled both the dual and the plural: with no numeral two after it and no dual agreement
/// it names people (or a dual thing's adjective) and counts nobody.
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

    [Fact]
    public void A_suicide_adjective_of_two_bombings_counts_nobody()
    {
        var result = Read("سقط قتلى وجرحى بتفجيرين انتحاريين استهدفا سوقا شعبيا في قضاء الخالص.");
        Assert.Empty(PerOperation(result, CasualtySide.Isis, CasualtyCategory.Wounded));
        Assert.Empty(PerOperation(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void Bombers_as_a_predicate_are_the_plural()
    {
        var result = Read("وأشار المصدر إلى أن معظم الذين قتلوا في المواجهات كانوا انتحاريين من جنسيات أجنبية.");
        Assert.Empty(PerOperation(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void Bombers_the_attackers_used_are_no_wounded()
    {
        var result = Read("وأسفر الهجوم عن مقتل ثلاثة جنود وإصابة خمسة آخرين، إذ استخدم فيه المهاجمون انتحاريين بأحزمة ناسفة.");
        Assert.Equal([3], PerOperation(result, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Empty(PerOperation(result, CasualtySide.Isis, CasualtyCategory.Wounded));
    }

    [Fact]
    public void The_numeral_two_after_the_noun_keeps_the_dual_even_misspelt()
    {
        Assert.Equal([2], PerOperation(Read("وتمكنت قوة من الشرطة من قتل انتحاريين إثنيين قرب ناحية البغدادي."), CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal([2], PerOperation(Read("وأفاد شهود بأن القوات قتلت انتحاريين اثنين حاولا اقتحام مقر الفوج في قضاء حديثة."), CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void Two_civilians_with_the_numeral_stay_two()
    {
        var result = Read("وقالت مصادر محلية إن عبوة زرعها داعش قرب قرية في قضاء الخالص قتلت مدنيين اثنين كانا في طريقهما إلى السوق.");
        Assert.Equal([2], PerOperation(result, CasualtySide.Civilian, CasualtyCategory.Killed));
    }
}
