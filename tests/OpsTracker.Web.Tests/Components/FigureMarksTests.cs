using Bunit;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Components.Pages.Operations;
using OpsTracker.Web.Components.Shared;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>Each figure of an operation is listed with its whole sentence and marked, numbered, in the report text.</summary>
public sealed class FigureMarksTests(SeededDatabases databases) : IClassFixture<SeededDatabases>
{
    // Invented sentences: an introduction, two figures in one sentence, a closing line.
    private const string Text = "بيان أ.ف.ب عن العملية.\nقتلت القوات 3.5 من الإرهابيين ودمرت مضافتين في الوادي.\nانتهى البيان";

    [Fact]
    public void A_sentence_runs_from_the_previous_end_to_the_next_one_and_skips_abbreviations_and_decimals()
    {
        var at = Text.IndexOf("مضافتين", StringComparison.Ordinal);
        var (s, e) = ReportSentences.Around(Text, at, at + "مضافتين".Length);
        Assert.Equal("قتلت القوات 3.5 من الإرهابيين ودمرت مضافتين في الوادي.", Text[s..e]);

        var first = ReportSentences.Around(Text, 2, 3);
        Assert.Equal("بيان أ.ف.ب عن العملية.", Text[first.Start..first.End]);

        var last = ReportSentences.Around(Text, Text.Length - 2, Text.Length);
        Assert.Equal("انتهى البيان", Text[last.Start..last.End]);
    }

    [Fact]
    public void Runs_cover_the_whole_text_and_carry_the_evidence_and_each_figure()
    {
        var evStart = Text.IndexOf("قتلت", StringComparison.Ordinal);
        var evEnd = Text.IndexOf("\nانتهى", StringComparison.Ordinal);
        var killed = Text.IndexOf("3.5", StringComparison.Ordinal);
        var hideouts = Text.IndexOf("مضافتين", StringComparison.Ordinal);
        var runs = ReportMarks.Cut(Text, evStart, evEnd, [new FigureMark(1, killed, killed + 3), new FigureMark(2, hideouts, hideouts + 7), new FigureMark(3, -4, 0)]);

        Assert.Equal(Text, string.Concat(runs.Select(r => r.Text)));
        Assert.Equal("3.5", Assert.Single(runs, r => r.Figure == 1).Text);
        Assert.Equal("مضافتين", Assert.Single(runs, r => r.Figure == 2).Text);
        Assert.DoesNotContain(runs, r => r.Figure == 3); // an empty span marks nothing
        Assert.All(runs.Where(r => r.Figure is not null), r => Assert.True(r.InEvidence));
        Assert.Equal(Text[evStart..evEnd], string.Concat(runs.Where(r => r.InEvidence).Select(r => r.Text)));
    }

    [Fact]
    public async Task A_figure_span_crossing_the_evidence_boundary_is_marked_on_both_sides_and_the_text_is_unchanged()
    {
        await using var ctx = BunitSetup.Create();
        var evStart = Text.IndexOf("قتلت", StringComparison.Ordinal);
        var cut = ctx.Render<ReportTextView>(p => p
            .Add(c => c.Text, Text).Add(c => c.Start, evStart).Add(c => c.End, evStart + 10)
            .Add(c => c.Figures, [new FigureMark(1, evStart + 5, evStart + 15)]));

        Assert.Equal(Text, cut.Find("[data-testid=report-text]").TextContent);
        Assert.Single(cut.FindAll("mark"));
        var marks = cut.FindAll("[data-testid=figure-mark]");
        Assert.Equal(2, marks.Count);
        Assert.All(marks, m => Assert.Equal("1", m.GetAttribute("data-figure")));
        Assert.Equal(Text[(evStart + 5)..(evStart + 15)], string.Concat(marks.Select(m => m.TextContent)));
    }

    [Fact]
    public async Task The_operation_page_lists_every_figure_with_its_sentence_and_hides_internal_fields_in_details()
    {
        var db = await databases.GetAsync(TestProvider.Sqlite);
        var query = new OperationQuery(db.Factory);
        var withCasualties = (await query.ListAsync(new OperationFilter { PageSize = 500 })).Items.First(o => o.Killed is not null || o.Arrested is not null);
        var detail = (await query.GetAsync(withCasualties.Id))!;
        Assert.NotEmpty(detail.Casualties);

        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        var cut = ctx.RenderWithPopovers<OperationPage>(p => p.Add(c => c.Id, detail.Operation.Id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=figure]")));

        var items = cut.FindAll("[data-testid=figure]");
        Assert.Equal(detail.Casualties.Count + detail.Hideouts.Count + (detail.Operation.Strikes is null ? 0 : 1), items.Count);
        var text = detail.Report.Text;
        for (var i = 0; i < detail.Casualties.Count; i++)
        {
            var c = detail.Casualties[i];
            var sentence = items[i].QuerySelector(".figure-sentence")!.TextContent;
            Assert.Contains(text[c.EvidenceStart..c.EvidenceEnd], sentence, StringComparison.Ordinal);
            Assert.True(sentence.Length >= c.EvidenceEnd - c.EvidenceStart);
            var marks = cut.FindAll($"[data-testid=figure-mark][data-figure='{i + 1}']");
            Assert.Equal(text[c.EvidenceStart..c.EvidenceEnd], string.Concat(marks.Select(m => m.TextContent)));
        }
        // Rule names and spans only inside the details toggle.
        var details = cut.Find("[data-testid=extraction-details]");
        Assert.Contains(detail.Rule, details.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(detail.Rule, cut.Find("[data-testid=operation-fields]").TextContent, StringComparison.Ordinal);
        Assert.Equal(text, cut.Find("[data-testid=report-text]").TextContent);
    }
}
