using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Iraq's communities named as the people counted ("مقتل 14 ايزيديا", "ثلاثة مسيحيين", "التركمان") are civilians, as
/// "عراقيين" and "قرويين" are (lexicon persons.civilian); unread, such a count also took the ISIS count joined to it
/// with it ("مقتل 14 ايزيديا و12 عنصرا من داعش" gave nothing). Kurdish and Shabak forms are left out: "أكراد" are as
/// often Peshmerga fighters, and "شبك" is a common noun. Invented sentences.
/// </summary>
public class CommunityNounsTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2015, 6, 16);

    [Fact]
    public void Yazidis_killed_with_isis_members_joined_to_them_are_two_counts()
    {
        var result = Extractor.Extract("قال ضابط في حرس الإقليم إن الهجوم على مجمع سكني جنوبي قضاء سنجار ليل الأحد أسفر عن مقتل 14 ايزيديا و12 عنصرا من التنظيم.", Published);
        Assert.Equal(14, Count(result, CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.Equal(12, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.All(result.Operations, o => Assert.Equal("IQ-NI", o.Province));
    }

    [Theory]
    [InlineData("خطف مسلحو داعش، الاثنين، ثلاثة مسيحيين وقتلوا اثنين منهم قرب بلدة برطلة في سهل نينوى.", 2)]
    [InlineData("قتل مسلحو داعش، الاثنين، خمسة من التركمان بهجوم على قرية قرب قضاء طوزخورماتو.", 5)]
    [InlineData("أسفر هجوم لداعش على قرية قرب قضاء سنجار، الاثنين، عن مقتل إيزيديين اثنين.", 2)]
    public void Community_nouns_are_civilians(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, Count(result, CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.Equal(0, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("قال ضابط في حرس الإقليم إن هجوما للتنظيم على قرية قرب قضاء سنجار أوقع 14 قتيلا مدنيا.", 14)]
    [InlineData("قال ضابط في حرس الإقليم إن هجوما للتنظيم على قرية قرب قضاء سنجار أوقع 9 قتلى ايزيديين.", 9)]
    [InlineData("قال ضابط في حرس الإقليم إن هجوما للتنظيم على قرية قرب قضاء سنجار أوقع 6 قتلى مسيحيين.", 6)]
    public void A_people_noun_right_after_the_category_noun_says_whose_dead_they_are(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, Count(result, CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.Equal(0, Count(result, CasualtySide.Security, CasualtyCategory.Killed));
    }
}
