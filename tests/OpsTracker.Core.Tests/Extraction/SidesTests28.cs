using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Whose casualties, and where the victims fell (helper sides28, session 28; every sentence here is INVENTED).
/// A sentence after an operation that names "the attack" by its article and then where it was ("الهجوم الذي وقع في
/// ...", "الهجوم على ...") places the attack just counted, when its own clause placed it only by a bearing off a
/// city or not at all (Passes.AttackPlaceTold).
/// </summary>
public class SidesTests28
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 3, 12);

    private static IReadOnlyList<ExtractedOperation> Read(string text) => Extractor.Extract(text, Published).Operations;

    private const string MarketBombing =
        "فجر انتحاري حزاما ناسفا في سوق شعبي جنوبي مدينة كركوك، ما أسفر عن مقتل 12 شخصا وإصابة 20 آخرين.";

    [Fact]
    public void The_attack_told_at_a_town_in_the_next_sentence_places_victims_counted_by_a_bearing_off_a_city()
    {
        var op = Assert.Single(Read(MarketBombing + " وتبنى تنظيم داعش في بيان الهجوم الذي وقع في قضاء طوزخورماتو."));
        Assert.Equal(12, Count(op, CasualtySide.Civilian, CasualtyCategory.Killed));
        // South of Kirkuk is a direction from the city; Tuz Khurmatu lies in Salah al-Din.
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void The_bearing_keeps_its_province_when_no_place_of_the_attack_is_told()
    {
        var op = Assert.Single(Read(MarketBombing + " وتبنى تنظيم داعش في بيان الهجوم."));
        Assert.Equal("IQ-KI", op.Province);
    }

    private const string RaidNorthOfBaghdad =
        "هاجم مسلحو داعش فجر الأحد بلدة زراعية شمالي العاصمة بغداد بالقذائف، ما أدى إلى مقتل 9 أشخاص وجرح 14 آخرين.\n";

    [Fact]
    public void The_attack_on_a_town_places_an_attack_told_only_as_north_of_baghdad_whatever_distance_follows()
    {
        var op = Assert.Single(Read(RaidNorthOfBaghdad + "وأوضح الضابط أن الهجوم على الضلوعية، وهي على بعد 85 كلم من مدينة بغداد، دام ساعة."));
        Assert.Equal(9, Count(op, CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void The_attack_told_after_another_counted_operation_does_not_place_the_first()
    {
        var ops = Read(RaidNorthOfBaghdad + "وفي حادث منفصل قتل جنديان بانفجار عبوة ناسفة في ناحية جلولاء.\n"
            + "وتبنى التنظيم الهجوم الذي وقع في الضلوعية.");
        var raid = Assert.Single(ops, o => Count(o, CasualtySide.Civilian, CasualtyCategory.Killed) == 9);
        Assert.NotEqual("IQ-SD", raid.Province);
    }

    [Fact]
    public void A_place_named_in_the_operation_s_own_clause_is_not_overruled()
    {
        var op = Assert.Single(Read("قتل 9 أشخاص بهجوم لداعش على قرية في قضاء الخالص بمحافظة ديالى. وتبنى التنظيم الهجوم الذي وقع في الضلوعية."));
        Assert.Equal("IQ-DI", op.Province);
    }

    [Fact]
    public void The_attack_told_after_a_strike_on_isis_does_not_place_the_strike()
    {
        // "The attack" names ISIS's deed, not the forces' strike whose dead are ISIS's.
        var op = Assert.Single(Read("قتلت القوات الأمنية 5 إرهابيين بضربة جوية جنوبي مدينة كركوك. "
            + "وتبنى التنظيم في وقت سابق الهجوم الذي وقع في قضاء طوزخورماتو."));
        Assert.Equal(5, op.Killed);
        Assert.Equal("IQ-KI", op.Province);
    }
}
