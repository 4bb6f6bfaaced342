using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The tally reader (helper tallies26, session 26; every sentence here is INVENTED). The enemy's losses announced as
/// one whole to be listed ("مجمل خسائر التنظيم"، "حصيلة الخسائر"، "خسائر ... كما يلي") make the sentences after them the
/// items of that whole, however long the list, unless an item names a day of its own or a place of another province
/// (TallyLossesList). The dead announced with the liberation of a whole province or of many areas are the campaign's
/// results, a tally (BattleTotals.IsALiberationsToll); with a village liberated, or a campaign only named
/// ("قيادة عمليات تحرير الأنبار"), they stay an operation's.
/// </summary>
public class TalliesTests26
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 5, 7);

    private const string LossesStatement =
        "كشف قائد عمليات نينوى، اليوم الثلاثاء، مجمل خسائر التنظيم في معركة تحرير تلعفر التي انطلقت في 20 آذار الماضي، وهي كما يلي:\n"
        + "قتلت القطعات 730 مسلحا من التنظيم خلال المعركة.\n"
        + "وفككت فرق الهندسة نحو 300 عبوة ناسفة زرعها التنظيم على الطرق.\n"
        + "وأحرقت القوات أربعين عجلة كان التنظيم يتنقل بها.\n"
        + "وأسقطت الدفاعات الجوية طائرات مسيرة عدة.\n";

    [Fact]
    public void The_items_of_a_listed_whole_of_losses_are_its_tally_however_far_down()
    {
        var result = Extractor.Extract(LossesStatement + "ودمرت القطعات أيضا 47 نفقا حفرها التنظيم تحت أحياء تلعفر.", Published);
        Assert.Empty(result.Operations);
        Assert.Equal(730, result.Tallies.Single(t => t.Killed is not null).Killed);
        Assert.Equal(47, result.Tallies.Single(t => t.HideoutsDestroyed is not null).HideoutsDestroyed);
    }

    [Fact]
    public void A_document_under_a_headline_of_total_losses_gives_the_day_it_covers_as_a_tally()
    {
        var result = Extractor.Extract(
            "مجمل الخسائر التي كبدتها قطعات الجيش للتنظيم في قضاء القائم\n"
            + "وتظهر الوثيقة حصيلة القتال ليوم كامل (من ظهر الخامس من أيار وحتى ظهر السادس من أيار).\n"
            + "وبحسب ما ورد فيها، قتلت القوات الأمنية 61 عنصرا من التنظيم.",
            Published);
        Assert.Empty(result.Operations);
        Assert.Equal(61, Assert.Single(result.Tallies).Killed);
    }

    [Fact]
    public void An_item_with_a_day_and_a_place_of_its_own_is_an_operation()
    {
        var result = Extractor.Extract(LossesStatement + "وقتلت قوة من الجيش أربعة إرهابيين فجر اليوم في وادي الشاي بمحافظة كركوك.", Published);
        Assert.Equal(730, Assert.Single(result.Tallies).Killed);
        Assert.Equal(4, Assert.Single(result.Operations).Killed);
    }

    [Fact]
    public void Losses_with_no_statement_and_no_authority_open_no_list()
    {
        var result = Extractor.Extract(
            "حققت القوات، بإسناد من طيران التحالف الدولي، نتائج مهمة في حصيلة الخسائر التي تكبدها التنظيم.\n"
            + "وداهمت قوة من الجيش قرية في وادي حوران فجر أمس وقتلت ثلاثة إرهابيين.",
            Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(3, Assert.Single(result.Operations).Killed);
    }

    [Theory]
    [InlineData("أعلن قائد عمليات الجزيرة، اليوم الثلاثاء، تحرير محافظة الأنبار من قبضة التنظيم ومقتل أكثر من ستين مسلحا من عناصره.", 60)]
    [InlineData("من جانبها، أعلنت وزارة الدفاع مقتل 240 مسلحا من داعش في القائم وتحرير نحو 25 قرية في القضاء.", 240)]
    public void The_dead_announced_with_a_whole_province_or_many_areas_liberated_are_a_tally(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Empty(result.Operations);
        Assert.Equal(killed, Assert.Single(result.Tallies).Killed);
    }

    [Theory]
    [InlineData("أعلنت قيادة العمليات تحرير قرية البو حمد من قبضة داعش ومقتل خمسة مسلحين من عناصره.", 5)]
    [InlineData("وذكرت الوزارة أن طائرات الجيش قتلت 35 إرهابيا في وادي حوران بالتنسيق مع قيادة عمليات تحرير الأنبار.", 35)]
    public void The_dead_beside_a_village_liberated_or_a_campaign_named_are_an_operation(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(killed, Assert.Single(result.Operations).Killed);
    }
}
