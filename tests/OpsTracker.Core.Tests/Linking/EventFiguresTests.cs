using OpsTracker.Core.Domain;
using OpsTracker.Core.Linking;

namespace OpsTracker.Core.Tests.Linking;

/// <summary>Which source gives an event its figures, and official tallies quoted by several outlets.</summary>
public sealed class EventFiguresTests
{
    private static EventMember Member(int id, string published, int killed, bool chosen = false, bool rejected = false) =>
        new(id, id, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), new EventFigureSet(killed, null, null, null, null, null), chosen, rejected);

    [Fact]
    public void The_analysts_choice_wins()
    {
        Assert.Equal(1, EventFigures.ChoosePrimary([Member(1, "2024-01-01", 3, chosen: true), Member(2, "2024-01-02", 4), Member(3, "2024-01-03", 4)]).OperationId);
    }

    [Fact]
    public void Else_the_most_frequent_figures_from_their_latest_report()
    {
        Assert.Equal(3, EventFigures.ChoosePrimary([Member(1, "2024-01-05", 3), Member(2, "2024-01-02", 4), Member(3, "2024-01-03", 4)]).OperationId);
    }

    [Fact]
    public void Else_the_latest_report()
    {
        Assert.Equal(2, EventFigures.ChoosePrimary([Member(1, "2024-01-01", 3), Member(2, "2024-01-09", 4)]).OperationId);
    }

    [Fact]
    public void A_rejected_source_is_not_counted_while_another_is_not_rejected()
    {
        Assert.Equal(1, EventFigures.ChoosePrimary([Member(1, "2024-01-01", 3), Member(2, "2024-01-09", 4, rejected: true)]).OperationId);
    }

    [Fact]
    public void Disagreement_is_seen_only_between_sources_that_give_figures()
    {
        Assert.True(EventFigures.Disagree([Member(1, "2024-01-01", 3), Member(2, "2024-01-09", 4)]));
        Assert.False(EventFigures.Disagree([Member(1, "2024-01-01", 3), Member(2, "2024-01-09", 3)]));
    }

    private static ReportedTally Tally(int report, int? killed, int? arrested, string? by = "Counter-Terrorism Service", string? announced = null) => new()
    {
        ReportId = report,
        Scope = "IQ",
        PeriodStart = new DateOnly(2024, 1, 1),
        PeriodEnd = new DateOnly(2024, 12, 31),
        ReportedBy = by,
        Killed = killed,
        Arrested = arrested,
        AnnouncedOn = announced is null ? null : DateOnly.Parse(announced, System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public void One_announcement_quoted_twice_is_one_tally()
    {
        Assert.True(TallyMatcher.SameAnnouncement(Tally(1, 70, 144), Tally(2, 70, null, by: null)));
    }

    [Fact]
    public void Different_announcements_for_the_same_period_stay_apart()
    {
        Assert.False(TallyMatcher.SameAnnouncement(Tally(1, 70, 144), Tally(2, 75, 144)));
        Assert.False(TallyMatcher.SameAnnouncement(Tally(1, 70, 144), Tally(2, 70, 144, by: "Security Media Cell")));
        Assert.False(TallyMatcher.SameAnnouncement(Tally(1, 70, 144, announced: "2025-01-10"), Tally(2, 70, 144, announced: "2025-03-10")));
        Assert.False(TallyMatcher.SameAnnouncement(Tally(1, 70, 144), Tally(1, 70, 144)));
    }
}

public sealed class PairwiseScoreTests
{
    [Fact]
    public void Precision_and_recall_count_unordered_pairs()
    {
        var (score, wrong, missed) = PairwiseScore.Of(
            [["a", "b", "c"], ["d"]],
            [("b", "a"), ("c", "a"), ("d", "e")]);
        Assert.Equal((3, 3, 2), (score.Predicted, score.True, score.Correct));
        Assert.Equal(2.0 / 3, score.Precision, 6);
        Assert.Equal(2.0 / 3, score.Recall, 6);
        Assert.Equal([("b", "c")], wrong);
        Assert.Equal([("d", "e")], missed);
    }

    [Fact]
    public void Nothing_predicted_and_nothing_true_is_perfect()
    {
        var (score, _, _) = PairwiseScore.Of([], []);
        Assert.Equal((1.0, 1.0), (score.Precision, score.Recall));
    }
}
