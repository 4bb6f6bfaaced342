using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Victims of attacks and whose dead, session 17: an adjective that agrees with the counted noun is no further person;
/// the attack named with its doer right after its victims is ISIS's, whatever strike the sentence tells besides; our
/// forces hit during their own raid are their losses; drones named as the doer are no ISIS attack. Invented sentences.
/// </summary>
public class VictimsTests17
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2022, 3, 10);

    [Theory]
    [InlineData("وذكر مصدر أن 23 شرطيا عراقيا لقوا حتفهم بهجوم لداعش قرب الرطبة.", 23)]
    [InlineData("أعلنت مصادر أن 17 جنديا عراقيا سقطوا قتلى في هجوم لتنظيم داعش على مقر في حوض العظيم.", 17)]
    [InlineData("وقتل عناصر داعش شرطيا محليا عند حاجز قرب قضاء الدبس.", 1)]
    public void An_adjective_agreeing_with_the_counted_noun_is_no_further_person(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("وقال إن الضربة الجوية جاءت ردا على مقتل 8 جنود بهجوم شنه داعش في ديالى.", 8)]
    [InlineData("واعتبر البيان القصف الجوي ثأرا لمقتل 5 مزارعين في هجوم لعناصر التنظيم قرب طوزخورماتو.", 5)]
    public void The_victims_own_attack_named_with_its_doer_outweighs_a_strike_in_the_sentence(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_strike_whose_victims_are_named_with_no_doer_still_counts_for_nobody()
    {
        var result = Extractor.Extract("وأسفرت غارة جوية على قرية قرب الحويجة عن مقتل 4 مدنيين.", Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("قتلت القوات الأمنية 12 إرهابيا في منطقة الثرثار. وأصيب خمسة جنود خلال الغارة التي استهدفت أوكار التنظيم.", 5)]
    [InlineData("نفذت قوة من الجيش إنزالا جويا في وادي حوران وقتلت 6 إرهابيين، فيما أصيب ثلاثة جنود أثناء الغارة المشتركة.", 3)]
    public void Our_forces_hit_during_their_own_raid_are_its_losses(string text, int wounded)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(wounded, Count(result, CasualtySide.Security, CasualtyCategory.Wounded));
    }

    [Theory]
    [InlineData("وقال مسؤول أمني إن الهجوم نفذته طائرات مسيرة واستهدف مقرا للحشد الشعبي، ما أسفر عن مقتل 4 عناصر من الحشد.")]
    [InlineData("وأسفر هجوم نفذته طائرة بدون طيار على نقطة للجيش قرب بيجي عن مقتل جنديين.")]
    public void Forces_hit_by_drones_named_as_the_doer_are_no_victims_of_isis(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }
    [Theory]
    [InlineData("وأسفرت المداهمة عن مقتل 5 إرهابيين وجرح أحد أفراد جهاز مكافحة الإرهاب في وادي الشاي.", 1)]
    [InlineData("واشتبكت القوات مع مسلحي التنظيم قرب مخمور ما أدى إلى إصابة 3 من عناصر البشمركة.", 3)]
    [InlineData("وأدى الاشتباك إلى جرح اثنين من منتسبي مديرية الاستخبارات في قضاء الطارمية.", 2)]
    public void People_of_a_security_body_named_by_its_head_noun_are_the_forces(string text, int wounded)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(0, Count(result, CasualtySide.Isis, CasualtyCategory.Wounded));
        Assert.Equal(wounded, Count(result, CasualtySide.Security, CasualtyCategory.Wounded));
    }
    [Theory]
    [InlineData("وذكرت مصادر أن خمسة مدنيين أصيبوا بتفجير لداعش في سوق بلدة الخالص وقال أحد رجال الشرطة إن المهاجم فر.", 5)]
    [InlineData("وأفاد مصدر بأن 7 أشخاص جرحوا بهجوم للتنظيم على قرية في خانقين وأكد اثنان من الجنود أن المهاجمين انسحبوا.", 7)]
    public void People_counted_right_after_a_verb_of_saying_are_its_speakers(string text, int wounded)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(wounded, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void The_casualty_word_a_verb_of_announcing_governs_still_counts()
    {
        var result = Extractor.Extract("وأعلنت الخلية مقتل جندي بنيران قناص من داعش قرب قضاء الطارمية.", Published);
        Assert.Equal(1, Victims(result, CasualtyCategory.Killed));
    }
    [Theory]
    [InlineData("فجرت انتحارية حزامها الناسف وسط سوق شعبي في قضاء طوزخورماتو صباح اليوم. وأدى التفجير إلى مقتل وإصابة 20 شخصا.", "IQ-SD")]
    [InlineData("انتحاري يفجر نفسه قرب حسينية في ناحية العظيم، وقالت مصادر إن الحصيلة 9 قتلى وجرحى.", "IQ-DI")]
    public void A_suicide_bomber_blowing_himself_up_keeps_the_attack_without_its_figures(string text, string province)
    {
        var result = Extractor.Extract(text, Published);
        var attack = Assert.Single(result.Operations);
        Assert.Equal(OperationKind.IsisAttack, attack.Kind);
        Assert.Equal(province, attack.Province);
        Assert.Empty(attack.Casualties);
    }

    [Fact]
    public void A_bomber_arrested_or_told_again_is_no_new_attack()
    {
        var arrested = Extractor.Extract("اعتقلت القوات انتحاريا كان يرتدي حزاما ناسفا في قضاء طوزخورماتو.", Published);
        Assert.DoesNotContain(arrested.Operations, o => o.Kind == OperationKind.IsisAttack);
        var retold = Extractor.Extract("قتل 3 مدنيين بتفجير انتحاري لداعش في سوق ناحية العظيم. وأضاف أن الانتحاري فجر نفسه قرب محل في سوق ناحية العظيم.", Published);
        Assert.Single(retold.Operations);
    }
}
