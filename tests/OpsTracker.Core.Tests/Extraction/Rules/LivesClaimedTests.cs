using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// "أزهق أرواح"، "حصد أرواح" (claimed the lives of) kill as "أودى بحياة" does (lexicon triggers.killed); unread, the
/// dead were lost and the wounded joined to them ("وأصاب خمسين آخرين") fell back to ISIS. Invented sentences.
/// </summary>
public class LivesClaimedTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2021, 1, 24);

    [Theory]
    [InlineData("أفادت مصادر طبية بأن تفجيرا انتحاريا في سوق شعبي ببغداد، اليوم الأحد، أزهق أرواح 20 شخصا وأصاب خمسين آخرين.")]
    [InlineData("أفادت مصادر طبية بأن تفجيرا انتحاريا في سوق شعبي ببغداد، اليوم الأحد، حصد أرواح 20 شخصا وأصاب خمسين آخرين.")]
    public void Lives_claimed_are_the_dead_and_the_others_hit_are_their_wounded(string text)
    {
        var op = Assert.Single(Extractor.Extract(text, Published).Operations);
        Assert.Equal(20, op.Casualties.Where(c => c is { Side: CasualtySide.Civilian, Category: CasualtyCategory.Killed }).Sum(c => c.Count));
        Assert.Equal(50, op.Casualties.Where(c => c is { Side: CasualtySide.Civilian, Category: CasualtyCategory.Wounded }).Sum(c => c.Count));
        Assert.DoesNotContain(op.Casualties, c => c.Side == CasualtySide.Isis);
        Assert.Equal("IQ-BG", op.Province);
    }
}
