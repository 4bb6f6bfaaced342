using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where an operation told without figures happened (helper where25, session 25; every sentence here is INVENTED).
/// An operation launched ("انطلاق عملية") or carried out ("بتنفيذ عملية") is one event, not a trend: when its clause
/// names no town, the one province it names places it. Only one operation, asserted: a plural ("نفذت عمليات") sums
/// up many, and a launch verb in a relative clause ("العملية التي انطلقت") describes an operation, it tells none.
/// Events told as a habit or a lasting state ("هجمات متكررة"، "معارك متواصلة"، "لا تزال") are a trend, not an operation
/// told without figures; nor are those of a sentence opened by the pluperfect ("وكانت القوات خاضت ... قبل شهرين"),
/// the news's background, unless it names the day of publication or the day before. A clash with ISIS ("اشتباكات مع
/// عناصر داعش") is one event too, placed by its province as a launch is, unless a count of it follows just after.
/// </summary>
public class WhereTests25
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 3, 12);

    private static IReadOnlyList<ExtractedOperation> Read(string text) => Extractor.Extract(text, Published).Operations;

    [Fact]
    public void An_operation_launched_in_a_province_is_placed_there()
    {
        var op = Assert.Single(Read("قال ضابط في الفرقة، اليوم الثلاثاء، إنه أمر بانطلاق عملية عسكرية جديدة داخل محافظة نينوى لملاحقة بقايا الإرهابيين."));
        Assert.Equal("IQ-NI", op.Province);
        Assert.Null(op.Place);
        Assert.Equal(OperationKind.Search, op.Kind);
        Assert.Equal(Published, op.Date);
    }

    [Fact]
    public void An_operation_carried_out_in_the_province_a_source_names_is_placed_there()
    {
        var op = Assert.Single(Read("أفاد ضابط في صلاح الدين بتنفيذ عملية أمنية في المناطق الزراعية بالمحافظة فجر اليوم."));
        Assert.Equal("IQ-SD", op.Province);
        Assert.Null(op.Place);
    }

    [Fact]
    public void One_operation_carried_out_is_an_event_but_many_are_a_summary()
    {
        var one = Assert.Single(Read("وقال المتحدث إن قوات الحشد نفذت عملية أمنية في قرى عدة من محافظة ديالى."));
        Assert.Equal("IQ-DI", one.Province);
        Assert.Empty(Read("وقال المتحدث إن قوات الحشد نفذت عمليات أمنية في قرى عدة من محافظة ديالى."));
    }

    [Fact]
    public void A_launch_told_in_a_relative_clause_tells_no_operation_of_its_own()
    {
        var told = Assert.Single(Read("ذكر مصدر أن العملية انطلقت صباح اليوم في محافظة كركوك وانتهت دون خسائر."));
        Assert.Equal("IQ-KI", told.Province);
        Assert.Empty(Read("ذكر مصدر أن العملية التي انطلقت صباح اليوم في محافظة كركوك انتهت دون خسائر."));
    }

    [Fact]
    public void A_named_town_still_places_the_launch()
    {
        var op = Assert.Single(Read("أعلنت القيادة انطلاق عملية عسكرية في قضاء الحضر بمحافظة نينوى."));
        Assert.Equal("IQ-NI", op.Province);
        Assert.Equal("الحضر", op.Place);
    }

    [Fact]
    public void Attacks_told_as_a_habit_are_a_trend_and_one_attack_is_an_operation()
    {
        Assert.Empty(Read("وتشهد قرى ناحية الرياض هجمات متكررة يشنها عناصر داعش على الرعاة."));
        var op = Assert.Single(Read("وشن عناصر داعش هجوما على قرى ناحية الرياض الليلة الماضية."));
        Assert.Equal("IQ-KI", op.Province);
        Assert.Equal(OperationKind.IsisAttack, op.Kind);
    }

    [Fact]
    public void Fighting_that_goes_on_for_months_is_no_operation_but_fighting_at_dawn_is()
    {
        Assert.Empty(Read("وتدور معارك متواصلة بين القوات وعناصر داعش في أطراف قضاء تلعفر منذ أشهر."));
        var op = Assert.Single(Read("ودارت معارك بين القوات وعناصر داعش في أطراف قضاء تلعفر فجر اليوم."));
        Assert.Equal("IQ-NI", op.Province);
    }

    [Fact]
    public void A_search_still_going_on_is_the_news_background()
    {
        Assert.Empty(Read("وقال الضابط إن عمليات التفتيش لا تزال جارية في قرى قضاء الشرقاط لملاحقة فلول داعش."));
        var op = Assert.Single(Read("وقال الضابط إن عمليات التفتيش جرت في قرى قضاء الشرقاط لملاحقة فلول داعش."));
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void A_pluperfect_sentence_tells_the_background_unless_it_names_the_news_day()
    {
        Assert.Empty(Read("وكانت القوات خاضت معارك مع عناصر داعش في أطراف قضاء الشرقاط قبل شهرين."));
        var op = Assert.Single(Read("وكانت القوات خاضت، أمس، معارك مع عناصر داعش في أطراف قضاء الشرقاط."));
        Assert.Equal("IQ-SD", op.Province);
        Assert.Equal(Published.AddDays(-1), op.Date);
    }

    [Fact]
    public void Without_a_publication_day_a_relative_day_keeps_the_pluperfect_sentence_the_news()
    {
        var op = Assert.Single(Extractor.Extract("وكانت القوات خاضت، أمس، معارك مع عناصر داعش في أطراف قضاء الشرقاط.", null).Operations);
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void A_clash_with_isis_in_a_province_is_placed_there_but_not_one_with_another_side()
    {
        var op = Assert.Single(Read("وذكر الجهاز أن قوته خاضت اشتباكات مع مسلحي داعش داخل محافظة ديالى."));
        Assert.Equal("IQ-DI", op.Province);
        Assert.Equal(OperationKind.Clash, op.Kind);
        Assert.Null(op.Place);
        Assert.Empty(Read("وأشار المصدر إلى اشتباكات مع قوات البيشمركة في محافظة ديالى."));
    }

    [Fact]
    public void A_clash_placed_by_its_province_and_counted_just_after_is_one_operation()
    {
        var op = Assert.Single(Read("أعلنت مصادر أمنية سقوط قتلى من الجيش في معارك مع عناصر داعش بمحافظة ديالى.\nوقال مصدر إن 12 جنديا قتلوا في المعارك مع داعش في منطقة المقدادية."));
        Assert.Equal("IQ-DI", op.Province);
        Assert.Equal("المقدادية", op.Place);
    }

    [Fact]
    public void The_province_where_the_announcer_sits_does_not_place_the_launch()
    {
        // Named before the launch, "في بغداد" tells where the command that announces it sits; named after it, or
        // referred back to by "المحافظة", the province is the operation's.
        Assert.Empty(Read("أعلنت قيادة العمليات المشتركة في بغداد، اليوم، انطلاق عملية عسكرية واسعة لملاحقة بقايا داعش."));
        var op = Assert.Single(Read("أعلنت قيادة العمليات المشتركة، اليوم، انطلاق عملية أمنية كبرى داخل محافظة بغداد لملاحقة بقايا داعش."));
        Assert.Equal("IQ-BG", op.Province);
    }
}
