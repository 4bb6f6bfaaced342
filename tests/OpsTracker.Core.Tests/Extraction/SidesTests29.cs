using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Whose casualties (helper sides29, session 29; every sentence here is INVENTED). A toll noun ("حصيلة") in construct
/// with a noun of an attack names the attack's victims: the counts of its sentence told by a bare noun of the outcome
/// ("قتيلا"، "جريحا") are theirs, though ISIS stands in the sentence as the attack's doer (FigureFinder.TollOfAnAttack).
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
}
