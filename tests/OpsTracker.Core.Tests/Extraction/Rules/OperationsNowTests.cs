using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Constructions of 2022-2025 reports of ISIS-side losses (air strikes on dens, CTS raids, National Security Service
/// and Falcons cell arrests, Kurdistan CTD and Asayish statements, Security Media Cell bulletins over several
/// provinces, ministry lists of arrests per province, wire copy with its dateline and related-news lines), found by
/// invented probe reports written with their expected reading before the first run, and read as an analyst reads
/// them. Every sentence here is invented.
/// </summary>
public class OperationsNowTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 9, 18);

    private static List<(string? Province, CasualtySide Side, CasualtyCategory Category, int Count)> Casualties(string text) =>
        Extractor.Extract(text, Published).Operations
            .SelectMany(o => o.Casualties.Select(c => (o.Province, c.Side, c.Category, c.Count)))
            .OrderBy(c => c.Province).ThenBy(c => c.Category).ToList();

    // ---- "الاثنين": the numeral "the two" after its noun, or Monday

    [Theory]
    [InlineData("قالت القيادة إن الضربة أسفرت عن تدمير الوكرين ومقتل الإرهابيين الاثنين اللذين كانا بداخلهما في جزيرة سامراء.")]
    [InlineData("اعتقلت مفارز الاستخبارات، اليوم الأربعاء، المتهمين الاثنين في قضاء الحويجة.")]
    public void The_numeral_two_after_a_definite_noun_is_no_Monday(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.NotEqual(new DateOnly(2024, 9, 16), op.Date);
    }

    [Theory]
    [InlineData("قتلت القوات الأمنية إرهابيين اثنين في جزيرة سامراء يوم الاثنين.")]
    [InlineData("قتلت القوات الأمنية، الاثنين الماضي، إرهابيين اثنين في جزيرة سامراء.")]
    [InlineData("قتلت القوات الأمنية إرهابيين اثنين في جزيرة سامراء فجر الاثنين.")]
    public void Monday_led_by_a_day_noun_a_time_of_day_or_followed_by_a_qualifier_stays_Monday(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal(new DateOnly(2024, 9, 16), op.Date);
    }

    // ---- people named among the dead the text counted

    [Fact]
    public void Leaders_named_among_the_dead_of_an_earlier_sentence_are_no_second_figure()
    {
        var casualties = Casualties(
            "قتل سبعة مسلحين من داعش بضربات جوية نفذتها طائرات عراقية في وادي الشاي بمحافظة كركوك.\n"
            + "وأوضح مصدر أمني أن بين القتلى قياديين اثنين هما أبو خالد وأبو هاجر.");
        Assert.Equal([("IQ-KI", CasualtySide.Isis, CasualtyCategory.Killed, 7)], casualties);
    }

    [Fact]
    public void People_named_among_the_arrested_are_part_of_the_arrest_count()
    {
        var casualties = Casualties(
            "اعتقلت قوة من الاستخبارات تسعة متهمين بالإرهاب في قضاء تلعفر بمحافظة نينوى.\n"
            + "وقال مصدر إن من بين المعتقلين ثلاثة قياديين في ما يسمى ولاية الجزيرة.");
        Assert.Equal([("IQ-NI", CasualtySide.Isis, CasualtyCategory.Arrested, 9)], casualties);
    }

    // ---- AFP's word for ISIS members

    [Fact]
    public void Jihadists_are_ISIS_members()
    {
        var casualties = Casualties("قتل ستة جهاديين من تنظيم الدولة الإسلامية في ضربة جوية على جبال مكحول، وفق مسؤولين عراقيين.");
        Assert.Equal([("IQ-SD", CasualtySide.Isis, CasualtyCategory.Killed, 6)], casualties);
    }

    // ---- related-news lines

    [Fact]
    public void A_related_news_line_is_another_articles_headline()
    {
        var casualties = Casualties(
            "اعتقلت قوة من الجيش إرهابيين اثنين في قضاء الشرقاط، اليوم الأربعاء.\n"
            + "اقرأ أيضا: مقتل خمسة إرهابيين بضربة جوية في وادي حوران");
        Assert.Equal([("IQ-SD", CasualtySide.Isis, CasualtyCategory.Arrested, 2)], casualties);
    }

    [Fact]
    public void A_related_news_cue_alone_on_its_line_introduces_the_line_after_it()
    {
        var casualties = Casualties(
            "اعتقلت قوة من الجيش إرهابيين اثنين في قضاء الشرقاط، اليوم الأربعاء.\n"
            + "أخبار ذات صلة:\n"
            + "مقتل خمسة إرهابيين بضربة جوية في وادي حوران");
        Assert.Equal([("IQ-SD", CasualtySide.Isis, CasualtyCategory.Arrested, 2)], casualties);
    }

    // ---- a unit's number between the verb and its object

    [Theory]
    [InlineData("وفي سياق متصل، اعتقلت قوة من استخبارات الفرقة 16 إرهابيين اثنين في قضاء البعاج.", 2)]
    [InlineData("اعتقلت مفرزة من اللواء 44 ثلاثة إرهابيين في قضاء البعاج.", 3)]
    public void A_units_number_in_the_subject_does_not_cut_the_object_from_its_verb(string sentence, int count)
    {
        var casualties = Casualties(sentence);
        Assert.Equal([("IQ-NI", CasualtySide.Isis, CasualtyCategory.Arrested, count)], casualties);
    }

    // ---- a wire dateline with its day

    [Fact]
    public void A_wire_dateline_with_the_day_it_was_filed_is_no_place_of_the_lead()
    {
        var casualties = Casualties(
            "بغداد 18 سبتمبر 2024 (شينخوا) قتل أربعة مسلحين من داعش واعتقل اثنان آخران في عمليتين منفصلتين شمالي العراق.\n"
            + "وقال بيان أمني إن قوة من الجيش قتلت أربعة مسلحين في منطقة مطيبيجة التابعة لمحافظة صلاح الدين.\n"
            + "وأضاف البيان أن مفارز الأمن الوطني اعتقلت إرهابيين اثنين في قضاء الشرقاط بالمحافظة ذاتها.");
        Assert.Equal(
            [("IQ-SD", CasualtySide.Isis, CasualtyCategory.Killed, 4), ("IQ-SD", CasualtySide.Isis, CasualtyCategory.Arrested, 2)],
            casualties);
    }
}
