using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Outlets that run a report into one sentence write "، و" where others write ". و" (session 13: the tuning reports
/// rewritten so read 59 of 242 reports differently, 47 after these rules). A place named in the next coordinated clause
/// is not the place of the figure before the comma; "، وكان"/"، وكانت" opens the background told in the pluperfect,
/// a statement of its own, as a full stop would. And "رجال الشرطة"، "رجال الأمن" are men of the forces.
/// Every sentence here is invented.
/// </summary>
public class RunOnReportsTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2019, 5, 12);

    [Fact]
    public void A_city_and_a_dash_opening_a_sentence_of_a_one_line_page_is_its_dateline()
    {
        var result = Extractor.Extract("هجوم دام على نقطة للجيش في ديالى يقتل أربعة جنود. الأحد 2019/05/12 بغداد - قتل أربعة جنود عراقيين، "
            + "الأحد، بهجوم شنه مسلحو داعش على نقطة عسكرية في ناحية المنصورية بمحافظة ديالى، وفق مصدر أمني.", Published);
        var op = Assert.Single(result.Operations);
        Assert.Equal("IQ-DI", op.Province);
        Assert.Equal(4, op.Casualties.Where(c => c.Side == CasualtySide.Security && c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
    }

    [Fact]
    public void A_city_before_a_dash_inside_a_clause_is_no_dateline()
    {
        var result = Extractor.Extract("أعلنت قيادة العمليات، اليوم الأحد، قتل ثلاثة إرهابيين حاولوا قطع طريق بغداد - كركوك قرب قضاء الطارمية.", Published);
        var op = Assert.Single(result.Operations);
        Assert.Equal(3, op.Killed);
        Assert.Equal("IQ-BG", op.Province);
    }

    [Fact]
    public void A_place_in_the_next_coordinated_clause_does_not_place_the_figure_before_the_comma()
    {
        var result = Extractor.Extract("ضربت طائرة مسيرة عراقية مخبأ لخلية من داعش في أطراف قضاء الحويجة، فدمرته وقتلت خمسة من عناصرها، "
            + "وتعاني قرى محافظتي نينوى والأنبار من هجمات متكررة للتنظيم.", Published);

        var op = Assert.Single(result.Operations);
        Assert.Equal(("IQ-KI", 5, 1), (op.Province, op.Killed, op.HideoutsDestroyed));
    }

    [Fact]
    public void Two_figures_placed_each_by_the_place_right_after_it_are_still_two_operations()
    {
        var result = Extractor.Extract("قتلت القوات إرهابيين اثنين في ناحية العلم، وألقت قوة أخرى القبض على أربعة إرهابيين في قضاء الحضر.", Published);

        // The place after the comma is the second figure's, named right after it: the rule leaves such lists alone.
        Assert.Equal([("IQ-SD", "killed", 2), ("IQ-NI", "arrested", 4)],
            result.Operations.Select(o => (o.Province!, o.Killed is null ? "arrested" : "killed", (o.Killed ?? o.Arrested)!.Value)).ToList());
    }

    [Fact]
    public void A_comma_then_the_pluperfect_opens_the_background_as_a_full_stop_would()
    {
        var result = Extractor.Extract("قتل خمسة جنود في هجوم لداعش على ثكنة قرب بلدة حديثة، "
            + "وكانت قوة من الجيش قد قتلت ثلاثة إرهابيين في منطقة الطارمية شمال بغداد.", Published);

        var attack = Assert.Single(result.Operations, o => o.Casualties.Any(c => c.Side == CasualtySide.Security));
        Assert.Equal(("IQ-AN", 5), (attack.Province, attack.Casualties.Single().Count));
        var background = Assert.Single(result.Operations, o => o.Killed == 3);
        Assert.Equal("IQ-BG", background.Province);
        // Told as what had happened before the news: not the day of the attack, and no announcement's day.
        Assert.Null(background.Date);
    }

    [Theory]
    [InlineData("قتل أربعة من رجال الشرطة وثلاثة مدنيين في هجوم شنه داعش على قرية جنوب كركوك.", CasualtyCategory.Killed, 4)]
    [InlineData("أصيب خمسة من رجال الأمن بانفجار عبوة ناسفة زرعها داعش في قضاء الطارمية.", CasualtyCategory.Wounded, 5)]
    public void Men_of_the_police_and_of_security_are_the_forces(string sentence, CasualtyCategory category, int count)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);

        Assert.Contains(op.Casualties, c => c.Side == CasualtySide.Security && c.Category == category && c.Count == count);
    }

    [Fact]
    public void A_place_named_before_the_next_coordinated_clause_is_not_given_that_clauses_province()
    {
        // Wadi al-Shay lies on the Kirkuk-Salah al-Din line: nothing here says which, and Nineveh is the next clause's.
        var op = Assert.Single(Extractor.Extract("دمرت طائرة مسيرة عراقية مخبأ لخلية من داعش في وادي الشاي، "
            + "وتعاني قرى محافظتي نينوى والأنبار من هجمات متكررة للتنظيم.", Published).Operations);

        Assert.Equal(("وادي الشاي", null), (op.Place, op.Province));
    }

    [Theory]
    // Words that go on with the clause before the comma (lexicon sameClauseAfterComma).
    [InlineData("قتلت القوات الأمنية ثلاثة إرهابيين من داعش، وذلك في قضاء الحويجة.")]
    // No place before the comma: the coordinated clause that tells where is the operation's.
    [InlineData("قتلت القوات الأمنية ثلاثة إرهابيين من داعش، وجرت العملية في قضاء الحويجة.")]
    public void A_place_after_the_comma_still_places_an_operation_named_nowhere_before_it(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);

        Assert.Equal(("IQ-KI", 3), (op.Province, op.Killed));
    }

    [Theory]
    // "على الأقل" written after the noun: the force named after it still says whose the people are.
    [InlineData("قتل 250 مقاتلا على الأقل من قوات البيشمركة في القتال ضد مسلحي داعش شمال البلاد.", CasualtySide.Security)]
    [InlineData("أصيب 12 شخصا تقريبا من منتسبي الشرطة بانفجار عبوة زرعها داعش قرب بلدة الضلوعية.", CasualtySide.Security)]
    // A noun of either side after "من", then the organisation whose people they are.
    [InlineData("قتل 13 شخصا من عناصر داعش بغارة للتحالف الدولي قرب قضاء القائم.", CasualtySide.Isis)]
    [InlineData("قتل 13 شخصا على الأقل من عناصر تنظيم داعش بغارة للتحالف الدولي قرب قضاء القائم.", CasualtySide.Isis)]
    public void Whose_people_are_read_past_a_qualifier_and_an_ambiguous_noun_after_min(string sentence, CasualtySide side)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);

        Assert.Equal(side, Assert.Single(op.Casualties).Side);
    }

    [Fact]
    public void An_attack_told_in_the_next_coordinated_clause_still_says_whose_people_were_hit_when_nothing_before_it_does()
    {
        var op = Assert.Single(Extractor.Extract("قتل خمسة أشخاص في قرية قرب قضاء الحويجة، وتبنى داعش الهجوم.", Published).Operations);

        Assert.Equal(CasualtySide.Civilian, Assert.Single(op.Casualties).Side);
    }

    [Fact]
    public void A_dateline_a_page_runs_into_its_headline_is_still_the_dateline()
    {
        // Headline, dateline and lead on one line: Mosul is where the wire filed, not where the six were killed.
        var result = Extractor.Extract("مصرع ستة إرهابيين بكمين للجيش في الشمال الموصل 3 آذار 2021 (رويترز) لقي ستة من مسلحي داعش حتفهم "
            + "فجر الأربعاء بكمين نصبته قوة من الجيش شمال البلاد، وفق مصدر عسكري. وأوضح المصدر أن الكمين وقع قرب قرية في "
            + "ناحية الرياض غربي الحويجة وأسفر عن مقتل ستة مسلحين.", new DateOnly(2021, 3, 3));

        var op = Assert.Single(result.Operations);
        Assert.Equal(("IQ-KI", 6), (op.Province, op.Killed));
    }

    [Fact]
    public void A_statistic_of_isis_dead_run_into_the_figures_that_give_it_is_a_tally_not_victims()
    {
        // Told in two sentences the statistic's words and its counts never meet; run into one, the forces named
        // before the counts ("تمكنت القوات من قتل") must not make ISIS's dead the forces' victims.
        var result = Extractor.Extract("نشرت قيادة العمليات المشتركة يوم الأحد حصيلة القتلى من مسلحي داعش في السنة الماضية، "
            + "مؤكدة في بيانها أن قطعات الجيش والشرطة نجحت في قتل 96 إرهابيا خلال عام 2018 بعمليات في محافظات عدة.", Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(96, tally.Killed);
        Assert.Empty(result.Operations.SelectMany(o => o.Casualties));
    }
}
