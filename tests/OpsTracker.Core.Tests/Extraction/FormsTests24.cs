using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Words and forms (helper forms24, issue #8 kinds 5 and 6): kin nouns with the pronoun that points back to a man, and
/// the cardinals joined to them. Invented sentences.
/// </summary>
public class FormsTests24
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2021, 3, 14);

    // ---- kin joined to a man by و: more people, never the man told again (SingularFigures.ExtendWithCompanions) ---------

    [Theory]
    [InlineData("وذكر ضابط في الشرطة أن مسلحين من داعش قتلوا منتسبا في الشرطة المحلية وزوجته داخل منزلهما في قرية قرب المقدادية.", 2)]
    [InlineData("وأفاد مصدر أمني بأن عناصر التنظيم الإرهابي اغتالوا مختار القرية وابنه على الطريق الزراعي شمال بعقوبة.", 2)]
    [InlineData("وقال مسؤول محلي إن عناصر داعش اقتحموا منزل شيخ عشيرة في قرية نائية وقتلوه وابنه واثنين كانا في ضيافته.", 4)]
    [InlineData("وقال مسؤول محلي إن عناصر داعش هاجموا منزل مزارع في أطراف القرية وقتلوه ونجله وثلاثة في منزله.", 5)]
    public void Kin_and_a_bare_count_joined_to_a_man_are_more_people(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    // The count after the man alone is the next outcome's, not his companions.
    [InlineData("وقال مصدر في الشرطة إن مسلحي داعش قتلوا شرطيا وأصابوا ثلاثة آخرين بجروح في هجوم على نقطة تفتيش.", 1)]
    // The dead named after "وهم" are the dead counted before, whose predicate stands between.
    [InlineData("قتل أربعة من أسرة واحدة بهجوم لداعش على منزلهم شرق بعقوبة. والقتلى ينحدرون من قرية مجاورة وهم الأب وزوجته وولداه.", 4)]
    public void A_count_that_is_no_kin_of_the_man_adds_nobody(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
    }
}
