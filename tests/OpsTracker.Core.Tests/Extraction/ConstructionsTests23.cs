using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Constructions of news Arabic that earlier sessions named and left open (helper constructions23). Invented sentences.
/// </summary>
public class ConstructionsTests23
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2019, 4, 9);

    // ---- the execution noun: a deed or a penalty (FigureTriggers.IsCourtSentence, lexicon courtSentences) -------------

    [Theory]
    [InlineData("وأفاد مصدر محلي بأن مسلحي داعش قاموا صباح اليوم بإعدام سبعة شباب من أهالي قرية قرب الشرقاط.", 7)]
    [InlineData("وقال مصدر في الحشد العشائري إن عناصر التنظيم اقتادوا الأسرى إلى الصحراء وقاموا بإعدام ثلاثة من مقاتلي الحشد.", 3)]
    [InlineData("وذكر شهود عيان أن التنظيم الإرهابي قام أمس الأحد بإعدام ستة مدنيين رميا بالرصاص في ساحة عامة بناحية الزاب.", 6)]
    public void People_isis_executes_told_by_the_verbal_noun_are_its_victims(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(0, result.Operations.Sum(o => o.Killed ?? 0));
    }

    [Theory]
    [InlineData("وأصدرت المحكمة الجنائية المركزية حكما بإعدام 4 إرهابيين أدينوا بتفجير سوق في بعقوبة.")]
    [InlineData("وقضت محكمة جنايات نينوى بإعدام خمسة متهمين بالانتماء إلى داعش بعد ثبوت تورطهم في قتل مدنيين.")]
    [InlineData("وأعلن مجلس القضاء الأعلى صدور أحكام بإعدام 11 عنصرا من عصابات داعش الإرهابية.")]
    [InlineData("وحكمت المحكمة على ثلاثة مدانين بالإعدام شنقا لتورطهم في تفجير مفخخة ببغداد.")]
    public void A_death_sentence_counts_nobody_killed(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, result.Operations.Sum(o => o.Killed ?? 0));
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }
}
