using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Whose casualties (helper sides26). Invented sentences.
/// A kind's noun phrase put in the dual, its noun and adjective agreeing ("عبوتين ناسفتين"، "تفجيرين انتحاريين"),
/// names the same attack as the singular does, so the people it hits are its victims, not ISIS members
/// (Text.NounForms.PhraseDuals, read into the lexicon's kinds).
/// </summary>
public class SidesTests26
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 4, 18);

    [Theory]
    [InlineData("أعلنت خلية الإعلام الأمني مقتل 4 مقاتلين وإصابة 6 آخرين بانفجار عبوتين ناسفتين على طريق قرب البحيرة.", 4, 6)]
    [InlineData("شهدت المدينة أمس تفجيرين انتحاريين في ساحة عامة أسفرا عن 21 قتيلا و40 جريحا.", 21, 40)]
    [InlineData("قال مصدر في الشرطة إن سيارتين مفخختين انفجرتا قرب محطة للوقود ما أدى إلى مقتل 7 أشخاص وإصابة 15 آخرين.", 7, 15)]
    public void An_attack_told_in_the_dual_makes_its_dead_victims(string sentence, int killed, int wounded)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(wounded, Victims(result, CasualtyCategory.Wounded));
        Assert.Equal(0, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(0, Isis(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void Suicide_bombers_counted_in_the_plural_stay_isis()
    {
        // "انتحاريين" alone is the bombers' plural, not a bombing in the dual: a word alone is never put in the dual.
        var result = Extractor.Extract("أعلنت قيادة العمليات مقتل 5 انتحاريين وإصابة اثنين آخرين في اشتباكات قرب الحدود.", Published);
        Assert.Equal(5, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    // A count joined by و to a count of another side, whose own noun names its force in construct or after "من", past
    // the agreeing "آخرين" too, is of that force, never added to the count before it (SingularFigures.JoinedCountOfOtherSide,
    // ForceNamedPastAnother, ResolveSide past "آخرين").
    [Theory]
    [InlineData("قالت قيادة العمليات إنه قتل 20 من عناصر داعش و9 من عناصر الجيش في اشتباكات بقضاء الطارمية.", 20, 9)]
    [InlineData("ذكرت مصادر محلية مقتل 11 مسلحا من عصابات داعش وعنصرين آخرين من الشرطة في مواجهات قرب السد.", 11, 2)]
    [InlineData("قالت قيادة العمليات إنه قتل 20 من عناصر داعش و9 من منتسبي الجيش في اشتباكات بقضاء الطارمية.", 20, 9)]
    public void A_joined_count_whose_noun_names_a_force_is_that_forces(string sentence, int isis, int victims)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(isis, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(victims, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void Others_with_no_force_named_stay_with_the_count_before()
    {
        var result = Extractor.Extract("ذكرت مصادر محلية مقتل 11 مسلحا من عصابات داعش وعنصرين آخرين في مواجهات قرب السد.", Published);
        Assert.Equal(13, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    // A member noun with an attached pronoun counted in construct ("أحد عناصرها") after a verb of loss that a pronoun of
    // the event makes passive ("قتل فيه") is of the body the pronoun refers to, the nearest named before it; the others
    // wounded with him are of his side (OwnersMen.OwnersMenSide, LossVerbWithItsPlace, lexicon ownersMen.resumptivePlaces).
    [Fact]
    public void A_members_pronoun_gives_the_side_of_the_force_it_refers_to()
    {
        var result = Extractor.Extract("قال مصدر إن البيشمركة صدت هجوما قتل فيه أحد عناصرها وأصيب خمسة آخرون في قرية قرب البحيرة.", Published);
        Assert.Equal(1, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(5, Victims(result, CasualtyCategory.Wounded));
        Assert.Equal(0, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(0, Isis(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_finite_verbs_doer_is_not_whom_the_pronoun_refers_to()
    {
        // "قتلت القوات ... من عناصره": the active verb's doer killed the men of another, ISIS named before.
        var result = Extractor.Extract("هاجم تنظيم داعش قرية قرب النهر فتصدت له القوات الأمنية وقتلت 5 من عناصره.", Published);
        Assert.Equal(5, Isis(result, CasualtyCategory.Killed));
    }

    // A verb of inflicting losses in the words a speaker reports ("أعلنت الشرطة أن الهجوم أوقع ...") has the reported
    // clause's subject for its doer, not the speaker who opens the sentence (CasualtySides.InflicterSide, ReportedClauseBetween).
    [Theory]
    [InlineData("وكان ضابط في الشرطة أعلن أن الهجوم الذي استهدف الحي السكني أوقع 14 قتيلا و30 جريحا.", 14, 30)]
    [InlineData("وأعلنت قيادة الشرطة أن التفجير أوقع 6 قتلى و11 جريحا.", 6, 11)]
    public void The_speakers_name_is_not_the_doer_of_the_verb_he_reports(string sentence, int killed, int wounded)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(wounded, Victims(result, CasualtyCategory.Wounded));
        Assert.Equal(0, Isis(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_force_that_opens_a_headline_inflicts_the_losses()
    {
        var result = Extractor.Extract("الشرطة توقع 20 قتيلا في صفوف المهاجمين قرب الحدود.", Published);
        Assert.Equal(20, Isis(result, CasualtyCategory.Killed));
    }
}
