using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Whose casualties (helper sides27). Invented sentences.
/// </summary>
public class SidesTests27
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2022, 9, 14);

    // "ميليشيا" names an armed group that is not ISIS's organisation (the press calls the Popular Mobilisation, tribal
    // and Kurdish forces so, never ISIS), with or without the force it is in construct with; "N آخرين من" + a group
    // takes that group's side (FigureFinder.OthersNamedAfterSide, lexicon securityOrgs).
    [Theory]
    [InlineData("اندلعت اشتباكات عنيفة قرب القرية أدت إلى جرح ستة آخرين من عناصر الميليشيا.", 0, 6)]
    [InlineData("أدت المعارك مع التنظيم إلى مقتل تسعة عناصر من ميليشيات الصحوة قرب البلدة.", 9, 0)]
    [InlineData("أدت المعارك مع التنظيم إلى مقتل تسعة عناصر من مليشيات العشائر قرب البلدة.", 9, 0)]
    public void A_militias_men_are_not_isis(string sentence, int killed, int wounded)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(wounded, Victims(result, CasualtyCategory.Wounded));
        Assert.Equal(0, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(0, Isis(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void Others_named_as_isis_men_stay_isis()
    {
        var result = Extractor.Extract("قالت قيادة العمليات إن الضربة الجوية قتلت 8 إرهابيين وجرحت خمسة آخرين من عناصر التنظيم قرب الوادي.", Published);
        Assert.Equal(8, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(5, Isis(result, CasualtyCategory.Wounded));
        Assert.Equal(0, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void Others_of_the_forces_after_isis_dead_are_the_forces()
    {
        var result = Extractor.Extract("أسفرت المواجهات قرب السد عن مقتل 7 من عناصر داعش وإصابة ثلاثة آخرين من عناصر الشرطة.", Published);
        Assert.Equal(7, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(3, Victims(result, CasualtyCategory.Wounded));
        Assert.Equal(0, Isis(result, CasualtyCategory.Wounded));
    }

    // A noun of the outcome alone ("قتيلين"، "6 قتلى") names the dead, not whose they are: a strike or a shelling makes
    // them ISIS's only where the sentence names ISIS, its men or its hideouts (CasualtySides.ContextSide, outcomeNoun).
    [Theory]
    [InlineData("أفاد سكان بسقوط قتيلين في غارة جوية استهدفت حيا سكنيا وسط المدينة.")]
    [InlineData("وقال مسؤول محلي إن القصف المدفعي على الحي أوقع 5 قتلى أغلبهم من النساء.")]
    public void The_dead_of_a_strike_told_by_the_outcome_alone_are_not_isis(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, Isis(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("أسفرت الضربة الجوية على مضافة في وادي الثرثار عن سقوط 6 قتلى.", 6)]
    [InlineData("أسفر قصف مدفعي على تجمع لعناصر داعش قرب الجزيرة عن 8 قتلى.", 8)]
    [InlineData("أعلنت قيادة العمليات سقوط قتيلين من التنظيم بضربة جوية قرب الحدود.", 2)]
    public void The_dead_of_a_strike_on_isis_stay_isis(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Isis(result, CasualtyCategory.Killed));
    }
}
