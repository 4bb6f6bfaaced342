using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Constructions of 2022-2025 reports from the Kurdistan Region and the disputed territories (Rudaw, Kurdistan24,
/// Basnews, Shafaq's Kurdish desk, the Region's Security Council, CTD, Asayish and Peshmerga ministry), found by
/// invented probe reports in those house styles. Every sentence here is invented.
/// </summary>
public class KurdistanTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2025, 1, 5);

    // ---- the Asayish named in the construct state, without the article ------------------------------------------

    [Theory]
    [InlineData("كشفت مديرية أسايش السليمانية، اليوم الأحد، عن اعتقال 86 متهما بالانتماء إلى تنظيم داعش في المحافظة خلال العام الماضي.", "IQ-SU", 86)]
    [InlineData("وأعلنت أسايش دهوك اعتقال 41 عنصرا من داعش في المحافظة خلال عام 2024.", "IQ-DA", 41)]
    public void The_Asayish_of_a_province_named_without_the_article_announce_its_yearly_tally(string text, string scope, int arrested)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Empty(result.Operations);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((scope, (int?)arrested), (tally.Scope, tally.Arrested));
        Assert.Equal("Kurdistan Region Asayish", tally.ReportedBy);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (tally.PeriodStart, tally.PeriodEnd));
    }

    [Fact]
    public void The_Asayish_with_the_article_stay_credited_to_the_Security_Council()
    {
        var tally = Assert.Single(Extractor.Extract(
            "وقالت الأسايش إنها اعتقلت 64 عنصرا من داعش في محافظة أربيل خلال العام الماضي.", Published).Tallies);
        Assert.Equal(("IQ-AR", (int?)64, (string?)"Kurdistan Region Security Council"), (tally.Scope, tally.Arrested, tally.ReportedBy));
    }

    [Fact]
    public void An_arrest_the_Asayish_of_a_province_announce_for_one_day_stays_an_operation()
    {
        var result = Extractor.Extract("أعلنت مديرية أسايش أربيل، اليوم الأحد، اعتقال ستة متهمين بالانتماء إلى تنظيم داعش.", Published);
        Assert.Empty(result.Tallies);
        var op = Assert.Single(result.Operations);
        Assert.Equal(((int?)6, (string?)"IQ-AR", (DateOnly?)Published), (op.Arrested, op.Province, op.Date));
    }

    // ---- names spelled the Kurdish way --------------------------------------------------------------------------

    [Theory]
    [InlineData("کەرکووک", "كركوك")]
    [InlineData("هەولێر", "هولير")]
    [InlineData("حەلەبجە", "حلبجه")]
    [InlineData("دهۆک", "دهوك")]
    [InlineData("ئاسایش", "اسايش")]
    [InlineData("گەرمیان", "كرميان")]
    public void A_name_spelled_the_Kurdish_way_reads_as_its_Arabic_spelling(string kurdish, string arabic) =>
        Assert.Equal(arabic, ArabicNormalizer.NormalizeTerm(kurdish));

    [Theory]
    [InlineData("بئر", "بير")]
    [InlineData("بِئْر", "بير")]
    [InlineData("طاووس", "طاووس")]
    [InlineData("رئيس", "رييس")]
    public void Arabic_words_keep_their_hamza_seat_and_doubled_waw(string word, string normalized) =>
        Assert.Equal(normalized, ArabicNormalizer.NormalizeTerm(word));

    [Fact]
    public void The_evidence_of_a_Kurdish_spelling_points_into_the_text_as_written()
    {
        const string text = "في کەرکووک";
        var n = ArabicNormalizer.Normalize(text);
        Assert.Equal("في كركوك", n.Text);
        var (start, end) = n.ToOriginal(3, n.Text.Length);
        Assert.Equal("کەرکووک", text[start..end]);
    }

    [Fact]
    public void An_arrest_by_the_Asayish_in_Kirkuk_spelled_the_Kurdish_way_is_placed_in_Kirkuk()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت قوات ئاسایش كوردستان في کەرکووک، اليوم الأحد، اعتقال أربعة عناصر من تنظيم داعش في حي الواسطي.", Published).Operations);
        Assert.Equal(((int?)4, (string?)"IQ-KI", (DateOnly?)Published), (op.Arrested, op.Province, op.Date));
    }

    [Fact]
    public void A_Peshmerga_casualty_near_Halabja_spelled_the_Kurdish_way_reads_as_with_the_Arabic_spelling()
    {
        const string kurdish = "أصيب اثنان من عناصر البيشمركة بهجوم لمسلحي داعش على موقع لهم في أطراف حەلەبجە مساء السبت.";
        var op = Assert.Single(Extractor.Extract(kurdish, Published).Operations);
        var arabic = Assert.Single(Extractor.Extract(kurdish.Replace("حەلەبجە", "حلبجة"), Published).Operations);
        Assert.Equal(2, op.Casualties.Where(c => c.Side == OpsTracker.Core.Domain.CasualtySide.Security && c.Category == OpsTracker.Core.Domain.CasualtyCategory.Wounded).Sum(c => c.Count));
        Assert.Equal((arabic.Province, arabic.Date, (DateOnly?)new DateOnly(2025, 1, 4)), (op.Province, op.Date, arabic.Date));
    }
}
