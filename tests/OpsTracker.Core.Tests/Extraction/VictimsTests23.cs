using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Victims of attacks and whose dead (helper victims23): a definite noun of shelling points back to the shelling the
/// sentence before it lays at ISIS's door (Passes/UnnamedShellingVictimRemoval, lexicon shellingReferences); a toll
/// most of whom were ISIS's is mixed, and so are the others told after a mixed toll (FigureFinder.MixedOthers).
/// Invented sentences.
/// </summary>
public class VictimsTests23
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 3, 14);

    [Theory]
    [InlineData("يقول مختار القرية إن مسلحي داعش رموا بساتين الناحية بقذائف هاون عند الغروب. ويتابع المختار أن القصف خلف مقتل ثلاثة مزارعين وإصابة خمسة آخرين.", 3, 5)]
    [InlineData("روى سكان لمراسلنا أن التنظيم الإرهابي رشق الضاحية الجنوبية للبلدة بصواريخ كاتيوشا مساء الخميس. ثم حكوا أن الصواريخ تسببت بمقتل امرأتين وجرح ستة من سكان الضاحية.", 2, 6)]
    public void Victims_of_the_shelling_the_sentence_before_lays_at_isiss_door_stay(string text, int killed, int wounded)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(wounded, Victims(result, CasualtyCategory.Wounded));
    }

    [Theory]
    [InlineData("يقول مختار القرية إن مسلحي داعش رموا بساتين الناحية بقذائف هاون عند الغروب. وفي بلدة مجاورة لقي أربعة مدنيين حتفهم بقصف مدفعي طال سوق الخضار.")]
    [InlineData("روى سكان لمراسلنا أن التنظيم الإرهابي رشق الضاحية الجنوبية للبلدة بصواريخ كاتيوشا.\nوفي خبر منفصل يقول طبيب في مستشفى القضاء إن القصف أودى بأربعة مدنيين.")]
    public void Shelling_told_anew_or_in_another_paragraph_keeps_its_doer_unnamed(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("لقي 23 شخصا معظمهم من مسلحي داعش حتفهم في مواجهات عنيفة شرقي قضاء الشرقاط.")]
    [InlineData("أسفرت المعارك في محيط ناحية الصينية عن مقتل 19 شخصا معظمهم من عناصر داعش.")]
    public void A_toll_most_of_whom_were_isiss_is_no_figure_of_either_side(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(0, Isis(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("قتل 31 شخصا غالبيتهم من تنظيم داعش، وأصيب 12 آخرون في مواجهات متواصلة على أطراف ناحية العلم.")]
    [InlineData("قتل 17 شخصا بينهم عناصر من داعش، وأصيب 25 آخرون خلال معارك في قرى جنوب تكريت.")]
    public void The_others_told_after_a_mixed_toll_are_of_the_same_mixed_crowd(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Wounded));
        Assert.Equal(0, Isis(result, CasualtyCategory.Wounded));
        Assert.Equal(0, Isis(result, CasualtyCategory.Killed));
    }
}
