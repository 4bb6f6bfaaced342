using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Review;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Review;

/// <summary>
/// What the tally editor sends and what it is told back: the merge patch of the fields changed, every refused field
/// with its template (the UI's resource key), the review state on the rows the report page reads, and the fields the
/// extractor reads in a selected span to pre-fill a missed operation.
/// </summary>
public sealed class TallyCorrectionsTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly TallyFields Shown = TallyFields.Of(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), "IQ", "Joint Operations Command", 10, 120, null, null, null);

    [Fact]
    public void The_patch_holds_only_the_changed_fields_with_text_trimmed_and_empty_text_as_null()
    {
        Assert.Empty(TallyCorrections.Patch(Shown, Shown with { Scope = "iq", ReportedBy = " Joint Operations Command " }));

        var patch = TallyCorrections.Patch(Shown, Shown with { PeriodEnd = " 2023-06-30 ", Scope = "iq-ki", ReportedBy = " ", Killed = 125, Arrested = 4, Operations = null });

        Assert.Equal(
            """{"periodEnd":"2023-06-30","scope":"IQ-KI","reportedBy":null,"operations":null,"killed":125,"arrested":4}""",
            patch.ToJsonString());
    }

    [Fact]
    public void Every_refused_field_is_named_with_its_template_and_arguments()
    {
        var current = new ReportedTally { PeriodStart = new DateOnly(2023, 1, 1), PeriodEnd = new DateOnly(2023, 12, 31), Scope = "IQ" };
        var fields = new JsonObject
        {
            ["periodStart"] = "2023-13-01",
            ["scope"] = "IQ-XX",
            ["killed"] = -1,
            ["isisAttacks"] = TallyCorrections.MaxFigure + 1,
            ["reportedBy"] = new string('x', TallyCorrections.MaxReportedByLength + 1),
            ["evidence"] = "x",
        };

        var refusals = TallyCorrections.Validate(fields, current);

        Assert.Equal(["periodStart", "scope", "killed", "isisAttacks", "reportedBy", "evidence"], refusals.Select(r => r.Field));
        var killed = refusals.Single(r => r.Field == "killed");
        Assert.Equal((TallyCorrections.Messages.Figure, $"A whole number from 0 to {TallyCorrections.MaxFigure}, or null."), (killed.Template, killed.Message));
        Assert.Equal(TallyCorrections.Messages.Date, refusals[0].Template);
        Assert.Equal(TallyCorrections.Messages.NotEditable, refusals[^1].Template);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused_on_the_end_given()
    {
        var current = new ReportedTally { PeriodStart = new DateOnly(2023, 1, 1), PeriodEnd = new DateOnly(2023, 12, 31), Scope = "IQ" };
        var refusal = Assert.Single(TallyCorrections.Validate(new JsonObject { ["periodEnd"] = "2022-12-31" }, current));
        Assert.Equal(("periodEnd", TallyCorrections.Messages.PeriodOrder), (refusal.Field, refusal.Template));
        refusal = Assert.Single(TallyCorrections.Validate(new JsonObject { ["periodStart"] = "2024-01-01" }, current));
        Assert.Equal("periodStart", refusal.Field);
        Assert.Empty(TallyCorrections.Validate(new JsonObject { ["periodStart"] = "2023-07-01", ["scope"] = "iq-ki", ["killed"] = null }, current));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_report_reads_each_tally_with_its_review_state_and_the_service_gives_the_reviews_by_tally(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        var text = FakeExtractor.Tally("IQ", 2022, 400, 300, "حصيلة العراق") + "\n" + FakeExtractor.Tally("IQ-KI", 2022, 40, 30, "حصيلة كركوك") + "\n"
            + FakeExtractor.Tally("IQ-NI", 2022, 50, 20, "حصيلة نينوى");
        var outcome = await importer.ImportBytesAsync("tally-states.txt", Encoding.UTF8.GetBytes(text), ReportSidecar.None);
        var reports = new ReportQuery(db.Factory);
        var ids = (await reports.GetAsync(outcome.ReportId))!.Tallies.Select(t => t.Id).ToList();
        var reviews = new TallyReviewService(db.Factory, TimeProvider.System);

        var refused = await reviews.CorrectAsync(ids[0], new JsonObject { ["killed"] = 310 }, "  ", "analyst@example.org");
        Assert.Equal(("reason", ReviewService.ReasonMissing), (Assert.Single(refused.Refusals).Field, refused.Refusals[0].Template));
        Assert.Equal(["Every change needs a reason."], refused.Errors["reason"]);
        Assert.Empty((await reviews.CorrectAsync(ids[0], new JsonObject { ["killed"] = 310, ["periodEnd"] = "2022-06-30" }, "The statement says 310 by June", "analyst@example.org")).Errors);
        Assert.Empty((await reviews.ReviewAsync(ids[1], "rejected", "A forecast, not a tally", "analyst@example.org")).Errors);

        var detail = await reports.GetAsync(outcome.ReportId);
        Assert.Equal([ReviewState.Corrected, ReviewState.Rejected, ReviewState.Unreviewed], detail!.Tallies.Select(t => t.State));
        Assert.Equal((310, new DateOnly(2022, 6, 30)), (detail.Tallies[0].Killed, detail.Tallies[0].PeriodEnd));
        // The tallies page's list leaves the rejected one out and reads the state of the others.
        var listed = await reports.ListTalliesAsync();
        Assert.Equal([ids[0], ids[2]], listed.Select(t => t.Id).Order());
        Assert.Equal(ReviewState.Corrected, listed.Single(t => t.Id == ids[0]).State);

        var byTally = await reviews.ForReportAsync(outcome.ReportId);
        Assert.Equal([ids[0], ids[1]], byTally.Keys.Order());
        Assert.Equal(["killed", "periodEnd"], byTally[ids[0]].Corrections!.Select(c => c.Key).Order());
        Assert.Equal(("A forecast, not a tally", "analyst@example.org"), (byTally[ids[1]].Reason, byTally[ids[1]].UpdatedBy));
    }

    [Fact]
    public void The_extractor_reads_a_selected_sentence_to_pre_fill_a_missed_operation()
    {
        // Invented sentences: an arrest of four in Hawija, with the day named; then text no rule reads.
        const string Text = "مقدمة لا تخص العمليات. ألقت القوات الأمنية، الأحد، القبض على أربعة إرهابيين في قضاء الحويجة بمحافظة كركوك. نص ختامي.";
        var start = Text.IndexOf("ألقت", StringComparison.Ordinal);
        var end = Text.IndexOf(". نص", StringComparison.Ordinal);
        var extractor = new ArabicReportExtractor();

        var draft = EvidenceReading.Read(extractor, Text, start, end, new DateOnly(2024, 3, 4));

        Assert.NotNull(draft);
        Assert.Equal(("arrest", "IQ-KI", 4, (int?)null), (draft.Kind, draft.Province, draft.Arrested, draft.Killed));
        Assert.Equal((new DateOnly(2024, 3, 3), "day"), (draft.Date, draft.DatePrecision));
        Assert.Equal(1, draft.Found);
        Assert.Null(EvidenceReading.Read(extractor, Text, 0, start, new DateOnly(2024, 3, 4)));
        Assert.Null(EvidenceReading.Read(extractor, Text, end, start, null));
    }
}
