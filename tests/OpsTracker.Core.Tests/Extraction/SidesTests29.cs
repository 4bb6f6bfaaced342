using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Whose casualties and their tolls (helper sides29, session 29; every sentence here is INVENTED). A toll noun ("حصيلة") in construct
/// with a noun of an attack names the attack's victims: the counts of its sentence told by a bare noun of the outcome
/// ("قتيلا"، "جريحا") are theirs, though ISIS stands in the sentence as the attack's doer (CasualtySides.TollOfAnAttack).
/// People counted before their own verb are its subject past a comma that sets the verb off, or past an aside of who
/// was among them that counts some of them or holds a parenthesis (FigureTriggers.TriggerAfter, AfterBreakdownAside).
/// </summary>
public class SidesTests29
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 3, 12);

    private static ExtractionResult Read(string text) => Extractor.Extract(text, Published);

    [Fact]
    public void The_toll_of_a_bombing_counts_its_victims_though_isis_is_named_as_the_killer()
    {
        var result = Read("بلغت حصيلة تفجير وقع مساء أمس بين مشيعي جنازة مقاتلين قتلهم تنظيم داعش في قضاء الخالص "
            + "14 قتيلا و22 جريحا.");
        Assert.Equal(0, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(14, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(22, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void The_final_toll_of_an_infiltration_by_suicide_bombers_counts_its_victims()
    {
        var result = Read("وقال مصدر في الشرطة إن الحصيلة النهائية لتسلل الانتحاريين إلى مقر بلدية قضاء بيجي بلغت 5 قتلى و7 مصابين.");
        Assert.Equal(0, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(5, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(7, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void The_toll_of_strikes_on_isis_hideouts_stays_isis_s_dead()
    {
        // A strike is no attack noun: the dead of strikes on ISIS's hideouts are its men.
        var result = Read("بلغت حصيلة الضربات الجوية على أوكار داعش في وادي الشاي جنوبي كركوك 8 قتلى.");
        Assert.Equal(8, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void People_whose_agreeing_verb_a_comma_sets_off_are_counted_by_it()
    {
        // The plural verb after the comma agrees with the people before it: its subject was told first.
        var result = Read("وقال المصدر إن ثلاثة من منتسبي الشرطة، قتلوا، وأصيب 5 آخرون بانفجار عبوة ناسفة زرعها داعش في قضاء بيجي.");
        Assert.Equal(3, Count(result, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Equal(5, Count(result, CasualtySide.Security, CasualtyCategory.Wounded));
    }

    [Fact]
    public void An_aside_that_counts_some_of_the_people_and_holds_a_parenthesis_still_leads_to_their_verb()
    {
        var result = Read("وأكد ضابط أن 9 أشخاص، بينهم 4 من أفراد الشرطة المحلية (الأسايش) قتلوا الاثنين بهجوم لداعش على قرية في قضاء مخمور.");
        Assert.Equal(9, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_verb_after_the_comma_with_a_count_of_its_own_does_not_count_the_people_before_it()
    {
        // "قتلوا 3 إرهابيين": the police killed; they are its doers, not its dead.
        var result = Read("وذكر المصدر أن 20 من عناصر الشرطة، قتلوا 3 إرهابيين في اشتباك قرب قضاء بيجي.");
        Assert.Equal(3, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }
}
