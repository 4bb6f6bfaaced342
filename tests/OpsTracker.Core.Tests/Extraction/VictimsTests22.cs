using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Victims counted without a numeral, and which victims count (helper victims22): an indefinite victim noun as the
/// object of a verb of result counts one or two (SingularFigures.GovernedVictimNouns, lexicon victimNounGovernors);
/// people at large hit by shelling that their own sentence lays at nobody's door are no victims of ISIS
/// (Passes/UnnamedShellingVictimRemoval, lexicon shellingWords). Invented sentences.
/// </summary>
public class VictimsTests22
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 3, 14);

    [Theory]
    [InlineData("وقال مصدر عسكري إن هجوما شنه مسلحو داعش على ثكنة للجيش قرب قضاء بيجي خلّف قتيلا في صفوف الجنود.", 1, 0)]
    [InlineData("أفاد مصدر في الحشد الشعبي بأن عبوة زرعها تنظيم داعش على طريق ترابي في قضاء الطارمية أسفرت عن قتيلين من المقاتلين.", 2, 0)]
    [InlineData("وذكرت الشرطة أن حصيلة الهجوم الذي نفذه عناصر داعش على قرية في ناحية العظيم ارتفعت إلى شهيدين و6 جرحى.", 2, 6)]
    [InlineData("وقالت مصادر محلية إن قذائف أطلقها داعش على قرية جنوب كركوك أوقعت جريحين من الفلاحين.", 0, 2)]
    public void A_victim_noun_as_the_object_of_a_verb_of_result_counts_one_or_two(string sentence, int killed, int wounded)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(wounded, Victims(result, CasualtyCategory.Wounded));
    }

    [Theory]
    [InlineData("وتمكنت قوة من الجيش من محاصرة المضافة في جبال مكحول وأردت أحد عناصر التنظيم قتيلا.")]
    [InlineData("وأسفرت العملية عن اعتقال إرهابي جريحا كان مختبئا في بستان قرب بعقوبة.")]
    public void A_victim_noun_that_describes_a_man_named_before_counts_nobody_more(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Wounded));
    }

    [Theory]
    [InlineData("هجمات جديدة لداعش في محافظة ديالى\nقتل ثلاثة مزارعين بهجوم نفذه عناصر داعش على قرية قرب المقدادية.\nوفي ناحية العظيم، قتل خمسة مدنيين وأصيب تسعة آخرون بسقوط قذائف هاون على حي سكني.", 3, 0)]
    [InlineData("هجمات متتالية لتنظيم داعش غربي الأنبار\nوقتل عناصر من التنظيم راعيين في صحراء الرطبة.\nوفي مدينة هيت، قتل أربعة أشخاص وأصيب ستة آخرون بقصف مدفعي طال سوقا شعبية.", 2, 0)]
    public void People_at_large_hit_by_shelling_their_sentence_blames_on_nobody_are_no_victims_of_isis(string text, int killed, int wounded)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(wounded, Victims(result, CasualtyCategory.Wounded));
    }

    [Theory]
    [InlineData("وقال مصدر أمني إن عناصر داعش أطلقوا قذائف هاون على قرية في ناحية العظيم ما أدى إلى مقتل أربعة مدنيين.", 4)]
    [InlineData("قتل ستة مواطنين بقصف صاروخي شنه التنظيم الإرهابي على حي سكني في قضاء طوزخورماتو.", 6)]
    public void Shelling_its_own_sentence_lays_at_isiss_door_keeps_its_victims(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
    }
}
