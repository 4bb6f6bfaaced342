using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Figures of no event: ISIS members killed in an event a pronoun before their count points back to ("وقتل فيها"),
/// when the sentence told the blast of their own device before it (IsisOwnDeaths.KilledInTheBlastToldBefore); people
/// counted in attacks in the plural over a recent span with no dates (lexicon recentPeriods), a sum over several
/// attacks (SentenceReader.CountsAttacksOfAPeriod). Invented sentences.
/// </summary>
public class NoEventFiguresTests16
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2021, 4, 6);

    private static int Killed(ExtractionResult r) => r.Operations.Sum(o => o.Casualties.Where(c => c.Category == CasualtyCategory.Killed).Sum(c => c.Count));

    [Fact]
    public void Isis_members_killed_in_the_blast_of_their_own_device_told_before_are_no_operation()
    {
        var result = Extractor.Extract("وانفجرت سيارة مفخخة كان يعدها التنظيم داخل بستان في ناحية العظيم، وقتل فيها 5 من عناصر داعش.", Published);
        Assert.Equal(0, Killed(result));
    }

    [Fact]
    public void Isis_members_killed_in_a_clash_told_before_stay_an_operation()
    {
        var result = Extractor.Extract("واندلعت اشتباكات بين قوات الجيش وعناصر داعش في بستان بناحية العظيم، وقتل فيها 5 من عناصر التنظيم.", Published);
        Assert.Equal(5, Killed(result));
    }

    [Theory]
    [InlineData("قتل أربعة مدنيين و9 جنود في الهجمات التي شنها داعش في الأيام الأخيرة في قرى قضاء الطارمية.")]
    [InlineData("قتل أربعة مدنيين و9 جنود في هجمات لداعش خلال الفترة الماضية في قرى قضاء الطارمية.")]
    public void People_killed_in_plural_attacks_over_recent_days_are_no_one_operation(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(0, Killed(result));
    }

    [Fact]
    public void People_killed_in_one_attack_of_the_last_days_stay_an_operation()
    {
        var result = Extractor.Extract("قتل أربعة مدنيين في هجوم شنه داعش على قرية في قضاء الطارمية، وهو الثالث في الأيام الأخيرة.", Published);
        Assert.Equal(4, Killed(result));
    }
}
