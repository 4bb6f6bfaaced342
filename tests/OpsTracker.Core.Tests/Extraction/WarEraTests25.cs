using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// War-era reports (helper warera25, issue #8 kind 5): the men of ISIS's pseudo-state named by their office, counted
/// one each. Invented sentences.
/// </summary>
public class WarEraTests25
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2016, 11, 20);

    // ---- a man named by his office: an elative in construct with a singular noun, a minister of the organisation ----
    // (FigureFinder.SkipElativeOfOne, lexicon elativesOfOne; "وزير" among ISIS's singular nouns)

    [Theory]
    [InlineData("وأفادت مصادر عسكرية بمصرع أخطر مسؤول في تنظيم داعش خلال اشتباكات مع القوات شمال تكريت.")]
    [InlineData("وأعلن قائد الفرقة مقتل أبرز قيادي في التنظيم الإرهابي بقصف مدفعي على مقر له قرب بيجي.")]
    [InlineData("وقالت خلية الإعلام الحربي إن ضربة جوية أسفرت عن مقتل وزير مالية التنظيم في ولاية الجزيرة قرب القائم.")]
    [InlineData("وأكد مصدر أمني مقتل ما يسمى وزير الزراعة في تنظيم داعش بغارة على بناية غرب الموصل.")]
    public void A_man_named_by_his_office_is_one_isis_member(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(1, Isis(result, CasualtyCategory.Killed));
    }

    [Theory]
    // An elative before a plural names a group nobody counted.
    [InlineData("وأفادت مصادر عسكرية بمقتل أبرز قادة تنظيم داعش في المدينة خلال الأسابيع الأخيرة من المعارك.", 0)]
    // A minister of the state who speaks is no casualty; the count he gives stands.
    [InlineData("وقال وزير الدفاع في مؤتمر صحافي إن القوات قتلت 12 إرهابيا في قرى جنوب الموصل.", 12)]
    public void An_elative_of_many_or_a_minister_who_speaks_adds_nobody(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Isis(result, CasualtyCategory.Killed));
    }
}
