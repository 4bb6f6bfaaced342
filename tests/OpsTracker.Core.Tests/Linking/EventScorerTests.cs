using OpsTracker.Core.Domain;
using OpsTracker.Core.Linking;

namespace OpsTracker.Core.Tests.Linking;

/// <summary>The pure scoring of event linking: hard rules, evidence, and where the threshold falls.</summary>
public sealed class EventScorerTests
{
    private static readonly EventScorer Scorer = EventScorer.Default;

    private static OperationFacts Op(
        int report, string date, string? place = "وادي الشاي", OperationKind kind = OperationKind.Airstrike, int? killed = 3,
        string? province = "IQ-KI", DatePrecision precision = DatePrecision.Day, int? arrested = null, bool approximate = false, string[]? actors = null) =>
        new(report * 100, report, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), precision, province, place, kind,
            actors ?? [], new EventFigureSet(killed, arrested, null, null, null, null), approximate);

    [Fact]
    public void A_re_telling_links_same_day_place_kind_and_figures()
    {
        var score = Scorer.Score(Op(1, "2024-03-12"), Op(2, "2024-03-12"));
        Assert.True(score.Links, $"score {score.Score}");
        Assert.Null(score.Veto);
    }

    [Fact]
    public void Two_operations_of_one_report_are_never_linked()
    {
        var score = Scorer.Score(Op(1, "2024-03-12"), Op(1, "2024-03-12"));
        Assert.False(score.Links);
        Assert.Equal("same report", score.Veto);
    }

    [Theory]
    [InlineData("IQ-KI", "IQ-SD")]
    [InlineData("IQ-KI", null)]
    public void Different_or_half_known_provinces_are_never_linked(string? a, string? b)
    {
        Assert.Equal("province", Scorer.Score(Op(1, "2024-03-12", province: a), Op(2, "2024-03-12", province: b)).Veto);
    }

    [Fact]
    public void Day_dates_link_within_the_window_and_lose_weight_per_day()
    {
        var same = Scorer.Score(Op(1, "2024-03-12"), Op(2, "2024-03-12")).Score;
        var twoDays = Scorer.Score(Op(1, "2024-03-12"), Op(2, "2024-03-14"));
        Assert.True(twoDays.Links);
        Assert.True(twoDays.Score < same);
        var beyond = Scorer.Score(Op(1, "2024-03-12"), Op(2, "2024-03-12").With(date: new DateOnly(2024, 3, 12).AddDays(LinkingThresholds.DayWindowDays + 1)));
        Assert.Equal("date", beyond.Veto);
    }

    [Fact]
    public void A_month_matches_its_days_only()
    {
        var month = Op(1, "2024-03-01", precision: DatePrecision.Month);
        Assert.True(Scorer.Score(month, Op(2, "2024-03-28")).Links);
        Assert.Equal("date", Scorer.Score(month, Op(2, "2024-04-01")).Veto);
    }

    [Fact]
    public void A_year_or_a_missing_date_is_too_vague_to_link()
    {
        Assert.Equal("date", Scorer.Score(Op(1, "2024-01-01", precision: DatePrecision.Year), Op(2, "2024-03-12")).Veto);
        Assert.Null(EventScorer.CandidateWindow(null, DatePrecision.Day));
        Assert.Null(EventScorer.CandidateWindow(new DateOnly(2024, 1, 1), DatePrecision.Year));
    }

    [Fact]
    public void Places_far_apart_are_never_one_event_and_nearby_ones_add_less_than_the_same()
    {
        // Hawija and Wadi al-Shay lie in Kirkuk province; Rutba and al-Qaim are far apart in Anbar.
        Assert.Equal("place", Scorer.Score(
            Op(1, "2024-03-12", place: "الرطبة", province: "IQ-AN"), Op(2, "2024-03-12", place: "القائم", province: "IQ-AN")).Veto);
        var same = Scorer.Score(Op(1, "2024-03-12"), Op(2, "2024-03-12")).Score;
        var none = Scorer.Score(Op(1, "2024-03-12"), Op(2, "2024-03-12", place: null)).Score;
        Assert.True(same > none);
    }

    [Fact]
    public void An_isis_attack_is_not_the_security_forces_strike()
    {
        Assert.Equal("kind", Scorer.Score(Op(1, "2024-03-12"), Op(2, "2024-03-12", kind: OperationKind.IsisAttack)).Veto);
        Assert.Null(Scorer.Score(Op(1, "2024-03-12", kind: OperationKind.Clash), Op(2, "2024-03-12", kind: OperationKind.IsisAttack)).Veto);
    }

    [Fact]
    public void Figures_that_disagree_still_link_at_the_same_place_but_not_without_one()
    {
        Assert.True(Scorer.Score(Op(1, "2024-03-12", killed: 3), Op(2, "2024-03-12", killed: 4)).Links);
        Assert.False(Scorer.Score(Op(1, "2024-03-12", place: null, killed: 3), Op(2, "2024-03-12", place: null, killed: 4)).Links);
    }

    [Fact]
    public void A_subset_of_the_figures_agrees()
    {
        var full = Op(1, "2024-03-12", killed: 3, arrested: 5, place: null);
        var subset = Op(2, "2024-03-12", killed: 3, arrested: null, place: null);
        Assert.True(Scorer.Score(full, subset).Links);
    }

    [Fact]
    public void Two_figureless_operations_of_one_province_and_day_without_places_stay_apart()
    {
        Assert.False(Scorer.Score(Op(1, "2024-03-12", place: null, killed: null), Op(2, "2024-03-12", place: null, killed: null)).Links);
    }

    [Fact]
    public void A_hedged_count_agrees_within_the_tolerance()
    {
        Assert.True(EventScorer.FigureScore(Op(1, "2024-03-12", killed: 150, approximate: true), Op(2, "2024-03-12", killed: 140)) > 0);
        Assert.True(EventScorer.FigureScore(Op(1, "2024-03-12", killed: 150), Op(2, "2024-03-12", killed: 140)) < 0);
    }

    // Invented sentences: a statement and an agency's copy of it with a word changed, and a bulletin formula told of
    // another town.
    private const string Statement = "أعلنت خلية الإعلام الأمني أن مفارز الاستخبارات العسكرية اعتقلت ثلاثة إرهابيين مطلوبين قضائيا خلال عملية نوعية";
    private const string CopiedStatement = "قالت خلية الإعلام الأمني إن مفارز الاستخبارات العسكرية اعتقلت ثلاثة إرهابيين مطلوبين قضائيا خلال عملية نوعية";
    private const string OtherWords = "نفذت طائرات القوة الجوية ضربة استهدفت وكرا للعصابات في منطقة جبلية وعرة قرب الحدود";

    private static OperationFacts Told(int report, string? date, string evidence, string? province = "IQ-KI", string? place = null,
        OperationKind kind = OperationKind.Arrest, int? arrested = 3, int? killed = null) =>
        new(report * 100, report, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            date is null ? DatePrecision.Unknown : DatePrecision.Day, province, place, kind, [],
            new EventFigureSet(killed, arrested, null, null, null, null), false, evidence);

    [Fact]
    public void A_copied_sentence_vouches_for_a_province_lost_with_the_lead_paragraph()
    {
        var copied = Scorer.Score(Told(1, "2024-03-12", Statement), Told(2, "2024-03-12", CopiedStatement, province: null));
        Assert.True(copied.Links, $"score {copied.Score} {copied.Veto}");
        Assert.Equal("province", Scorer.Score(Told(1, "2024-03-12", Statement), Told(2, "2024-03-12", OtherWords, province: null)).Veto);
    }

    [Fact]
    public void A_copied_sentence_vouches_for_a_date_one_side_could_not_resolve()
    {
        var copied = Scorer.Score(Told(1, "2024-03-12", Statement), Told(2, null, CopiedStatement));
        Assert.True(copied.Links, $"score {copied.Score} {copied.Veto}");
        var bothUndated = Scorer.Score(Told(1, null, Statement), Told(2, null, CopiedStatement));
        Assert.True(bothUndated.Links, $"score {bothUndated.Score} {bothUndated.Veto}");
        Assert.Equal("date", Scorer.Score(Told(1, "2024-03-12", Statement), Told(2, null, OtherWords)).Veto);
    }

    [Fact]
    public void A_copied_formula_does_not_count_when_the_places_or_the_counts_differ()
    {
        // One formula, two towns 45 km apart (Ramadi and Fallujah) or two counts: two events, however alike the words.
        Assert.False(Scorer.Score(
            Told(1, null, Statement, province: "IQ-AN", place: "الرمادي"), Told(2, null, CopiedStatement, province: "IQ-AN", place: "الفلوجة")).Links);
        Assert.Equal("date", Scorer.Score(Told(1, null, Statement, arrested: 3), Told(2, null, CopiedStatement, arrested: 5)).Veto);
    }

    [Fact]
    public void A_sentence_copied_out_of_a_longer_paragraph_counts_as_copied_but_a_few_shared_words_do_not()
    {
        var paragraph = OtherWords + ". " + Statement + ". " + OtherWords.Replace("الحدود", "النهر", StringComparison.Ordinal);
        Assert.True(EventScorer.Overlap(paragraph, CopiedStatement).Copied >= LinkingThresholds.NearCopyShare);
        Assert.True(EventScorer.Overlap(paragraph, CopiedStatement).Jaccard < LinkingThresholds.NearCopyShare);
        // Three words, all of them in the paragraph: too few to tell a copy from chance.
        Assert.True(EventScorer.Overlap(paragraph, "خلية الإعلام الأمني").Copied < LinkingThresholds.NearCopyShare);
    }

    [Fact]
    public void Two_undated_operations_link_by_place_only_with_the_same_kind_and_all_the_same_figures()
    {
        var hawija = Told(1, null, Statement, place: "الحويجة", kind: OperationKind.Raid, arrested: null, killed: 2);
        Assert.True(Scorer.Score(hawija, Told(2, null, OtherWords, place: "الحويجة", kind: OperationKind.Raid, arrested: null, killed: 2)).Links);
        // A subset ("two killed" of "two killed, one arrested") or another kind is told of many days at one town.
        Assert.Equal("date", Scorer.Score(hawija, Told(2, null, OtherWords, place: "الحويجة", kind: OperationKind.Raid, arrested: 1, killed: 2)).Veto);
        Assert.Equal("date", Scorer.Score(hawija, Told(2, null, OtherWords, place: "الحويجة", kind: OperationKind.Search, arrested: null, killed: 2)).Veto);
    }

    [Fact]
    public void A_dated_operation_is_not_linked_to_an_undated_one_by_place_and_figures_alone()
    {
        var dated = Told(1, "2014-12-15", Statement, province: "IQ-NI", place: "الموصل", kind: OperationKind.Airstrike, arrested: null, killed: 10);
        var undated = Told(2, null, OtherWords, province: "IQ-NI", place: "الموصل", kind: OperationKind.Airstrike, arrested: null, killed: 10);
        Assert.Equal("date", Scorer.Score(dated, undated).Veto);
    }

    [Fact]
    public void Two_towns_30_to_80_km_apart_are_two_events_even_on_one_day_with_one_count()
    {
        // Ramadi and Fallujah (about 45 km): the same day, kind, count and actor.
        var ramadi = Op(1, "2023-05-16", place: "الرمادي", province: "IQ-AN", kind: OperationKind.Arrest, killed: null, arrested: 2, actors: ["Intelligence"]);
        var fallujah = Op(2, "2023-05-16", place: "الفلوجة", province: "IQ-AN", kind: OperationKind.Arrest, killed: null, arrested: 2, actors: ["Intelligence"]);
        var score = Scorer.Score(ramadi, fallujah);
        Assert.Null(score.Veto);
        Assert.False(score.Links, $"score {score.Score}");
    }

    [Theory]
    [InlineData("9999-12-30", DatePrecision.Day)]
    [InlineData("9999-12-01", DatePrecision.Month)]
    [InlineData("9999-12-27", DatePrecision.Week)]
    [InlineData("0001-01-01", DatePrecision.Day)]
    public void Dates_at_the_ends_of_the_calendar_are_scored_without_overflow(string date, DatePrecision precision)
    {
        var op = Op(1, date, precision: precision);
        Assert.NotNull(EventScorer.CandidateWindow(op.Date, precision));
        Assert.True(Scorer.Score(op, Op(2, date, precision: precision)).Links);
    }

    [Fact]
    public void The_candidate_window_covers_every_date_the_scorer_accepts()
    {
        var day = new DateOnly(2024, 3, 12);
        var window = EventScorer.CandidateWindow(day, DatePrecision.Day)!;
        foreach (var offset in Enumerable.Range(-40, 81))
        {
            var other = day.AddDays(offset);
            foreach (var precision in new[] { DatePrecision.Day, DatePrecision.Week, DatePrecision.Month })
            {
                var stored = precision == DatePrecision.Month ? new DateOnly(other.Year, other.Month, 1) : other;
                if (EventScorer.DateScore(Op(1, "2024-03-12"), Op(2, "2024-01-01").With(date: stored, precision: precision)) is not null)
                {
                    Assert.True((stored >= window.From && stored <= window.To) || window.MonthStarts.Contains(stored), $"{stored} {precision}");
                }
            }
        }
    }
}

internal static class OperationFactsExtensions
{
    public static OperationFacts With(this OperationFacts facts, DateOnly? date = null, DatePrecision? precision = null) =>
        facts with { Date = date ?? facts.Date, Precision = precision ?? facts.Precision };
}
