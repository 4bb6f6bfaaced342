using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Hideouts and arrests (helper arrests19, session 19; every sentence here is INVENTED). A hideout that a verb of aiming
/// governs ("استهدفت"، "قصفت"، "دك"، "تطهير") was the target of a strike or a raid: it is destroyed only when the
/// sentence or its paragraph tells its ruin ("أسفرت عن تدمير"، "تحول إلى ركام"), otherwise the strike stays an
/// operation with no hideouts destroyed.
/// </summary>
public class HideoutsTests19
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2021, 5, 9);

    private static int? Destroyed(ExtractionResult r) =>
        r.Operations.Sum(o => o.HideoutsDestroyed ?? 0) is var n && n > 0 ? n : null;

    [Theory]
    [InlineData("قصفت طائرات التحالف الدولي اليوم وكرا لعصابات داعش قرب قرية البو حمد في قضاء الشرقاط.")]
    [InlineData("وأعلنت خلية الإعلام الأمني أن المقاتلات العراقية استهدفت خمسة مخابئ لبقايا داعش في صحراء الأنبار.")]
    [InlineData("نفذت قوة من الجيش عملية تطهير مضافة للتنظيم في وادي حوران، وعثرت داخلها على أعتدة.")]
    public void A_hideout_only_aimed_at_is_not_destroyed(string text)
    {
        var r = Extractor.Extract(text, Published);
        Assert.Null(Destroyed(r));
        Assert.NotEmpty(r.Operations);
    }

    [Theory]
    [InlineData("استهدفت طائرات القوة الجوية كهفا يختبئ فيه عناصر داعش في جبال حمرين، وأضاف البيان أن الكهف تحول إلى ركام.", 1)]
    [InlineData("قصفت الطائرات ثلاثة أوكار للإرهابيين في وادي الثرثار، وأسفرت الضربات عن تدمير الأوكار بالكامل.", 3)]
    [InlineData("وتمكنت القوات من استهداف وتدمير مخبأ لعصابات داعش في قضاء طوزخورماتو.", 1)]
    [InlineData("دكت المدفعية مضافة للدواعش في ناحية الرياض، وقال ضابط إن المضافة أحرقت بشكل كامل.", 1)]
    public void A_hideout_aimed_at_and_then_ruined_is_destroyed(string text, int count)
    {
        Assert.Equal(count, Destroyed(Extractor.Extract(text, Published)));
    }

    [Fact]
    public void The_ruin_told_in_the_next_sentence_of_the_statement_counts()
    {
        const string text = "وقالت الخلية في بيان إن طيران التحالف نفذ ضربة استهدفت نفقين لداعش في منطقة بادوش.\nوأضافت أن الضربة أسفرت عن تدمير النفقين بالكامل.";
        Assert.Equal(2, Destroyed(Extractor.Extract(text, Published)));
    }

    [Fact]
    public void A_ruin_told_paragraphs_later_of_another_strike_does_not_count()
    {
        const string text = "وقالت الخلية إن المقاتلات استهدفت مضافتين لداعش في وادي الشاي.\n\nوذكرت أن المقاتلات أغارت على موقع آخر.\n\nوفي الأسبوع الماضي تحولت مضافة في قرية العيث إلى ركام بعد ضربة أخرى.";
        var r = Extractor.Extract(text, Published);
        Assert.DoesNotContain(r.Operations, o => o.HideoutsDestroyed == 2);
    }

    [Theory]
    [InlineData("وخلال التفتيش تم العثور على 5 أوكار و3 عبوات ناسفة، وتدمير عجلة مفخخة تركها الإرهابيون في وادي الثرثار.")]
    [InlineData("عثرت قوة من الحشد على نفقين للتنظيم في جزيرة سامراء وتفجير 4 عبوات كانت مزروعة قربهما.")]
    public void Hideouts_found_stay_found_when_the_destroying_verb_has_a_thing_of_its_own(string text)
    {
        Assert.Null(Destroyed(Extractor.Extract(text, Published)));
    }

    [Theory]
    [InlineData("وخلال التفتيش تم العثور على 5 أوكار للتنظيم في وادي الثرثار، وتم تدميرها بالكامل.", 5)]
    [InlineData("عثرت القوات على 3 أنفاق للتنظيم في جزيرة سامراء وتم تفجيرها.", 3)]
    public void Hideouts_found_and_destroyed_by_a_pronoun_are_destroyed(string text, int count)
    {
        Assert.Equal(count, Destroyed(Extractor.Extract(text, Published)));
    }
}
