using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Which victims count and whose they are (helper victims21): victims counted over several incidents at once are a
/// round-up's sum, no attack's toll (Passes/SeveralIncidentsVictimRemoval, lexicon severalIncidents); victims ISIS
/// itself tells of, in what its statement or agency says, are no toll (Passes/IsisSpeechVictimRemoval, lexicon
/// isisSpeech). Invented sentences.
/// </summary>
public class VictimsTests21
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2022, 4, 11);

    [Theory]
    [InlineData("وذكرت مصادر في الشرطة أن 14 مدنيا قتلوا وأصيب 20 آخرون بنيران داعش في أعمال عنف متفرقة شهدتها مدينة بعقوبة أمس.")]
    [InlineData("وقتل عناصر التنظيم الإرهابي ستة رعاة وأصابوا أربعة آخرين في حادثين منفصلين شرقي صلاح الدين.")]
    [InlineData("استشهد 9 من منتسبي الحشد الشعبي وجرح 12 آخرون في موجة تفجيرات نفذها داعش في مناطق حزام بغداد.")]
    [InlineData("قالت الشرطة إن عناصر داعش قتلوا سبعة أشخاص وأصابوا تسعة آخرين في هجومين منفصلين جنوبي كركوك.")]
    [InlineData("لقي 26 شخصا على الأقل مصرعهم وأصيب 30 في هجمات إرهابية متفرقة في أنحاء العراق يوم الجمعة.")]
    public void Victims_of_several_incidents_told_at_once_are_no_event(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Wounded));
    }

    [Theory]
    [InlineData("وقال مصدر أمني إن 12 مدنيا قتلوا وأصيب 19 آخرون في أربعة تفجيرات تبناها تنظيم داعش في مدينة الحلة.", 12)]
    [InlineData("وفي حادث منفصل، قتل عناصر داعش ثلاثة رعاة في صحراء النخيب غربي الأنبار.", 3)]
    [InlineData("قتل تنظيم داعش خمسة جنود بتفجيرين انتحاريين استهدفا ثكنة للجيش في قضاء بيجي.", 5)]
    public void One_attack_or_a_number_of_attacks_told_together_keeps_its_victims(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void Isis_dead_summed_over_scattered_operations_stay()
    {
        var result = Extractor.Extract("أعلنت قيادة العمليات المشتركة مقتل 9 إرهابيين من داعش في عمليات متفرقة بمحافظة نينوى.", Published);
        Assert.Equal(9, result.Operations.Sum(o => o.Killed ?? 0));
    }

    [Theory]
    [InlineData("وأعلن التنظيم مسؤوليته عن الهجوم في تسجيل مصور، قائلا إن مقاتليه قتلوا 30 جنديا عراقيا قرب قضاء بيجي.")]
    [InlineData("وجاء في بيان لداعش أن الانفجار أوقع 40 قتيلا من أفراد الشرطة في سوق الخالص.")]
    [InlineData("وأفادت وكالة أعماق التابعة للتنظيم بأن الكمين أوقع 9 قتلى من مقاتلي البيشمركة جنوب غربي كركوك.")]
    public void Victims_isis_itself_tells_of_are_no_toll(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_source_telling_the_attack_after_isis_claim_keeps_its_toll()
    {
        var result = Extractor.Extract(
            "هجوم لداعش على قرية في ديالى\nوذكر تنظيم داعش في بيان على معرفاته أن عناصره قتلوا 15 من أبناء الحشد العشائري في الهجوم على القرية.\nوقال مصدر أمني إن أربعة من مقاتلي الحشد قتلوا في الهجوم.",
            Published);
        Assert.Equal(4, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("وأعلن داعش مسؤوليته عن التفجير عبر معرفاته، فيما قال مصدر في الشرطة إن ثلاثة جنود قتلوا وأصيب اثنان آخران في الهجوم على ربيئة قرب طوزخورماتو.", 3)]
    [InlineData("قالت وكالة أعماق إن التنظيم فجر سيارة مفخخة قرب تكريت، في حين قتل خمسة من منتسبي الشرطة في هجوم لداعش على حاجز في سامراء.", 5)]
    public void The_narrator_or_a_source_after_isis_speech_keeps_the_toll(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
    }
}
