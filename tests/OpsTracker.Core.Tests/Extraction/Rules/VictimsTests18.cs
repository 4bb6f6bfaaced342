using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Victims of attacks and whose dead, session 18: readings of Arabic constructions that decide whether a count is of
/// ISIS's victims, of ISIS, or of nobody we count. Invented sentences.
/// </summary>
public class VictimsTests18
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2021, 4, 6);

    [Theory]
    [InlineData("للتنظيم", "التنظيم")]
    [InlineData("وللجيش", "الجيش")]
    [InlineData("فللدواعش", "الدواعش")]
    public void The_preposition_lam_before_the_article_is_read_with_the_article(string word, string reading)
    {
        Assert.Contains(reading, Clitics.Readings(word));
        Assert.Contains(reading, Clitics.ReadingsWithoutArticleRemoval(word));
    }

    [Theory]
    [InlineData("لله")]
    [InlineData("قتل")]
    public void A_short_or_plain_word_gains_no_article_reading(string word)
    {
        Assert.Null(Clitics.ArticleAfterLam(word));
    }

    [Theory]
    [InlineData("قال مصدر أمني إن طائرات التحالف قصفت مقرا للتنظيم في قضاء الحضر وقتلت 8 منهم.", 8)]
    [InlineData("وأغار الطيران الحربي على تجمع للدواعش قرب قضاء بيجي فقتل 5 منهم.", 5)]
    public void Of_them_after_a_strike_on_a_place_of_isis_counts_isis(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("وأفادت وكالة محلية بأن ضابطا و3 جنود قتلوا في هجوم لداعش قرب قضاء حديثة.", CasualtyCategory.Killed, 4)]
    [InlineData("أعلنت خلية الإعلام الأمني أن منتسبا و4 جنود أصيبوا بانفجار عبوة ناسفة زرعها داعش استهدفت دوريتهم في قضاء الطارمية.", CasualtyCategory.Wounded, 5)]
    public void One_man_joined_by_wa_to_a_count_of_his_kind_is_one_more(string text, CasualtyCategory category, int victims)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(victims, Victims(result, category));
    }

    [Theory]
    [InlineData("قتل سبعة جنود في هجوم لداعش على موقع للجيش قرب الرطبة فجر اليوم. وكانت قيادة الفرقة نعت الأسبوع الماضي مقتل ضابط برتبة رائد وثلاثة جنود آخرين في هجوم قرب حديثة.", 11)]
    [InlineData("قتل ستة من الشرطة الاتحادية بهجوم لداعش جنوب كركوك. وفي حادث آخر أعلنت الشرطة مقتل ضابط و2 من عناصرها الآخرين بهجوم قرب الحويجة.", 9)]
    public void A_man_told_with_his_companions_is_no_one_of_a_count_told_before(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("وخلف تفجير انتحاري تبناه داعش في سوق شعبي ببغداد 40 قتيلا و200 مصاب.", 40, 200)]
    [InlineData("وأعلنت وزارة الصحة أن عدد ضحايا تفجير داعش في الكرادة ارتفع إلى 150 قتيلا وأكثر من 300 مصاب.", 150, 300)]
    public void The_singular_noun_after_hundreds_names_the_wounded(string text, int killed, int wounded)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(wounded, Victims(result, CasualtyCategory.Wounded));
    }

    [Theory]
    [InlineData("قال مسؤول إن الهجوم خلف خمسة قتلى بينهم مختار القرية وضابط شرطة واحد.", 5)]
    [InlineData("وأسفر هجوم لداعش على قرية قرب مخمور عن مقتل سبعة أشخاص بينهم مزارع ومقاتل بيشمركة واحد وعنصر في الحشد الشعبي.", 7)]
    public void Every_item_of_the_list_among_a_count_is_a_share_of_it(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("وأعلنت مصادر أمنية عن مقتل 11 شخصا بينهم مسلحون من داعش في أعمال عنف قرب قضاء الخالص.")]
    [InlineData("وقال مصدر محلي إن تسعة أشخاص بينهم مسلحون من التنظيم قتلوا في قرية قرب الحويجة أمس.")]
    public void People_among_whom_are_isis_men_are_a_mixed_toll(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(0, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("وأوضح المصدر أن مسلحي داعش تجمعوا في قرية قرب الحويجة لشن هجمات على مواقع البيشمركة، واستهدفهم الطيران وأوقع 11 قتيلا بين صفوف الإرهابيين.", CasualtyCategory.Killed, 11)]
    [InlineData("ونفذ مسلحو داعش هجوما على مواقع الحشد جنوب سامراء، وأسفرت المواجهات عن 6 جرحى بين صفوف الإرهابيين.", CasualtyCategory.Wounded, 6)]
    public void Among_the_ranks_of_isis_names_whose_dead(string text, CasualtyCategory category, int isis)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(isis, Count(result, CasualtySide.Isis, category));
        Assert.Equal(0, Victims(result, category));
    }

    [Theory]
    [InlineData("وقتل 9 أشخاص وأصيب 4 آخرون في قصف استهدف تجمعات لمسلحي تنظيم داعش قرب الحويجة.")]
    [InlineData("وسقط 5 قتلى من أهالي القرية في قصف مدفعي استهدف مواقع للتنظيم الإرهابي جنوب الموصل.")]
    public void Isis_named_as_what_the_attack_targeted_is_not_its_doer(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_lead_that_counts_more_than_the_unattributed_sentence_is_another_event()
    {
        var result = Extractor.Extract("قتل 8 جنود وأصيب اثنان في اشتباكات بين الجيش ومسلحين قرب جرف الصخر. وتشهد المنطقة اشتباكات يومية. وقتل 8 أشخاص وأصيب 5 آخرون في قصف استهدف تجمعات مسلحين من تنظيم داعش.", Published);
        Assert.Equal(8, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(2, Victims(result, CasualtyCategory.Wounded));
    }

    [Theory]
    [InlineData("وقال مصدر إن مسلحين مجهولين قتلوا راعيا قرب الحويجة، ولم يعرف إن كان داعش وراء الحادث.")]
    [InlineData("أفادت الشرطة بأن مجهولين أطلقوا النار على شرطي في قرية جنوب كركوك فقتلوه، ولم يتضح ما إذا كان عناصر التنظيم هم المنفذين.")]
    public void Isis_named_only_in_a_question_of_whether_it_did_it_is_no_doer(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }
}
